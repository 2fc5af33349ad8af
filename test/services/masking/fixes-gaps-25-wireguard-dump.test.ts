// Round 23 left over (blackbox-22): `wg show all dump` printed the interface's private key and each
// peer's preshared key in a bare base64 column, and they stayed in clear. Read by the dump's layout
// only (interface line: private, public, port, fwmark; peer line: public, preshared, endpoint,
// allowed IPs, handshake, rx, tx, keepalive); public keys stay. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const PRIV = 'jWeW6sV0V3e+jMs3qcUiKYi45+6LyKJUe0PT6tbjtzg='
const PUB = 'um1/XQDEJjpa+LB/NwvyXYcc1zESsf7kk547cOXOOjg='
const PEER = 'S1eItycXgDTuFMH0Z8WhOvBhHIg8ng4HeunUVK9vpsI='
const PSK = 'v1iyV7M+SWDboQgqmYuQL0u6+1WEqz5jFBILwkrVo4I='

t.test('private and preshared keys of a dump', async tt => {
  const all = `$ sudo wg show all dump\nwg0\t${PRIV}\t${PUB}\t51820\toff\nwg0\t${PEER}\t${PSK}\t203.0.113.7:51820\t10.8.0.2/32\t1741478400\t1234\t5678\t25\n` +
    `wg0\t${PEER}\t(none)\t(none)\t10.8.0.3/32,10.9.0.0/24\t0\t0\t0\toff\n`
  tt.same(found(all), [`connection_secret:${PRIV}`, `connection_secret:${PSK}`, 'ipv4_public:203.0.113.7', 'ipv4_private:10.8.0.2',
    'ipv4_private:10.8.0.3', 'ipv4_private:10.9.0.0'])
  const one = `+gABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4=\t${PUB}\t51821\t0x1a\n${PEER}\t/${PSK.slice(1)}\t198.51.100.9:51820\t0.0.0.0/0\t1741478400\t1234\t5678\toff`
  tt.same(found(one), ['connection_secret:+gABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4=', `connection_secret:/${PSK.slice(1)}`, 'ipv4_public:198.51.100.9'],
    '`wg show wg1 dump` (no interface column), keys starting with + and /')
  const masked = await maskedWithRoundTrip(all)
  tt.notOk(masked.includes(PRIV) || masked.includes(PSK))
  tt.ok(masked.includes(PUB) && masked.includes(PEER), 'public keys stay')
})

t.test('base64 columns of other layouts stay', async tt => {
  tt.same(found(`sha\t${PRIV}\t${PUB}\tx`), [])
  tt.same(found(`${PRIV}\t${PUB}\n`), [])
  tt.same(found(`interface: wg0\n  public key: ${PUB}\n  private key: (hidden)\n  listening port: 51820`), [])
})
