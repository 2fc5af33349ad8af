// Round 17: a Site-to-Site VPN tunnel's pre-shared key in the configurations AWS lets one download
// for the customer gateway (strongSwan, Cisco, Juniper, generic, FortiGate) stayed in clear.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

const PSK = 'Zq8_Tr2.mN5vXw1LpK3s'

t.test('pre-shared keys in vendor configs are masked', async (tt) => {
  tt.same(found(`62.153.88.14 18.194.77.21 : PSK "${PSK}"`), ['ipv4_public:62.153.88.14', 'ipv4_public:18.194.77.21', `connection_secret:${PSK}`])
  tt.same(found(`  ikev2 remote-authentication pre-shared-key ${PSK}`), [`connection_secret:${PSK}`])
  tt.same(found(`crypto isakmp key ${PSK} address 18.194.77.21`), [`connection_secret:${PSK}`, 'ipv4_public:18.194.77.21'])
  tt.same(found(` pre-shared-key address 10.1.2.3 255.255.255.255 key ${PSK}`), ['ipv4_private:10.1.2.3', `connection_secret:${PSK}`])
  tt.same(found(`set security ike policy ike-pol-vpn pre-shared-key ascii-text "${PSK}"`), [`connection_secret:${PSK}`])
  tt.same(found(`  - Pre-Shared Key           : ${PSK}`), [`connection_secret:${PSK}`])
  tt.same(found(`    set psksecret ${PSK}`), [`connection_secret:${PSK}`])
})

t.test('prose about pre-shared keys stays', async (tt) => {
  tt.same(found('rotate the pre-shared-key monthly; the PSK "is" long; leftauth=psk; a pre-shared-key rotation; Pre-Shared Key : see vault'), [])
})
