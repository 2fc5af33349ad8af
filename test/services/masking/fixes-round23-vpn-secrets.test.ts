// Round 23 (network troubleshooting): secrets of VPN and BGP configs that stayed in clear where no
// field names them: strongSwan's EAP and XAUTH secrets in ipsec.secrets (`user : EAP "x"`), the BGP
// session's MD5 key of a downloaded VPN or Direct Connect config (Junos `authentication-key "x"`,
// Cisco `neighbor <ip> password 7 x`, type 7 being reversible), and OpenVPN's static key block
// (`<tls-auth>`, `<tls-crypt>`) and a PGP private key block, masked whole like PEM private keys.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('EAP and XAUTH secrets of ipsec.secrets', async tt => {
  tt.same(found('lkovacs : EAP "Wq4!vTz8#Lm2Rk"\nops : XAUTH "Hb3$nXp9Kq7Vd"'),
    ['connection_secret:Wq4!vTz8#Lm2Rk', 'connection_secret:Hb3$nXp9Kq7Vd'])
  tt.same(found("carol@corp.example : EAP 'r0adW4rrior-22'"), ['email:carol@corp.example', 'connection_secret:r0adW4rrior-22'])
  for (const text of ['EAP methods: EAP-TLS', 'auth = eap-mschapv2', 'XAUTH is deprecated, use EAP 2024 onwards']) tt.same(found(text), [], text)
})

t.test('BGP MD5 keys in vendor syntax', async tt => {
  tt.same(found('set protocols bgp group ebgp neighbor 169.254.103.201 authentication-key "$9$Yx4oGjHmTz6kqfT3nCuOREhrK8X-dsYg"'),
    ['connection_secret:$9$Yx4oGjHmTz6kqfT3nCuOREhrK8X-dsYg'])
  tt.same(found('  authentication-key Dx7kPq2mZr9w;'), ['connection_secret:Dx7kPq2mZr9w;'])
  tt.same(found(' neighbor 169.254.247.13 password 7 13061E010803557878'), ['connection_secret:13061E010803557878'])
  tt.same(found(' neighbor 169.254.247.13 password 0 Qm7xL2kN9rT4'), ['connection_secret:Qm7xL2kN9rT4'])
  for (const text of ['aws directconnect create-bgp-peer --authentication-key', 'password 7 is a weak type', 'the authentication-key statement']) {
    tt.same(found(text), [], text)
  }
})

t.test('OpenVPN static keys and PGP private keys, whole', async tt => {
  const ovpn = '-----BEGIN OpenVPN Static key V1-----\n2925277c4c66b56e239b13edd5bb1e7e\n5385cb63c88bdc829ba6f266a6e0ef64\n-----END OpenVPN Static key V1-----'
  tt.same(found(`key-direction 1\n<tls-auth>\n${ovpn}\n</tls-auth>`), [`private_key:${ovpn}`])
  const escaped = ovpn.replace(/\n/g, '\\n')
  tt.same(found(`{"config": "<tls-crypt>\\n${escaped}\\n</tls-crypt>"}`), [`private_key:${escaped}`])
  const pgp = '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGR4x7kBCAC5q8Xb2Lz7Tn4Vk1Wc9Yr0\n=Xq2L\n-----END PGP PRIVATE KEY BLOCK-----'
  tt.same(found(pgp), [`private_key:${pgp}`])
  const masked = roundTripMasker(tt)
  tt.equal(await masked(`<tls-auth>\n${ovpn}\n</tls-auth>`), '<tls-auth>\nPRIVATE_KEY_1\n</tls-auth>')
  tt.same(found('-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQENBGR4x7kBCAC5\n-----END PGP PUBLIC KEY BLOCK-----'), [], 'a public key stays')
})
