// Round 23 (network troubleshooting): `ip xfrm state` on a VPN instance prints each IPsec SA's keys
// in hex (`auth-trunc hmac(sha256) 0x<key> 128`, `enc cbc(aes) 0x<key>`, `aead rfc4106(gcm(aes)) 0x<key> 128`);
// they stayed in clear. The key is masked with its `0x` (a token glued to it would not read back); the algorithm, SPI and mark stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const AUTH = '5e9b2c7a41d83f06b1e4a9c2d7f5308ae6c1b4d92f7a3e508c6d1b9f2a4e7c03'
const ENC = '91c4e7a2d5b8f3061a4d7e9b2c5f8a03e6b1d4c7f9a2e5b8d1c4f7a9e2b5c8d1'

t.test('the keys of ip xfrm state', async tt => {
  const state = `src 203.0.113.7 dst 192.168.40.5\n\tproto esp spi 0xc7a1e2f9 reqid 1 mode tunnel\n\tmark 0x64/0xffffffff\n\tauth-trunc hmac(sha256) 0x${AUTH} 128\n\tenc cbc(aes) 0x${ENC}\n\tanti-replay context: seq 0x24c4, oseq 0x0, bitmap 0xffffffff\n`
  tt.same(found(state).filter(m => m.startsWith('connection_secret')), [`connection_secret:0x${AUTH}`, `connection_secret:0x${ENC}`])
  tt.same(found(`    aead rfc4106(gcm(aes)) 0x${ENC.slice(0, 40)} 128\r\n    auth hmac(sha1) 0x${AUTH.slice(0, 40)}`),
    [`connection_secret:0x${ENC.slice(0, 40)}`, `connection_secret:0x${AUTH.slice(0, 40)}`])
  tt.same(found(`{"output": "src 10.0.0.1 dst 10.0.0.2\\n\\tproto esp spi 0x1\\n\\tenc cbc(aes) 0x${ENC}\\n"}`).filter(m => m.startsWith('connection_secret')),
    [`connection_secret:0x${ENC}`], 'JSON-escaped')
  const masked = roundTripMasker(tt)
  tt.equal(await masked(`\tenc cbc(aes) 0x${ENC}\n`), '\tenc cbc(aes) CONNECTION_SECRET_1\n')
})

t.test('look-alikes stay', async tt => {
  for (const text of [`the enc cbc(aes) 0x${ENC} key`, '\tenc cbc(aes) 0x12ab', '    auth = psk', '\tauth-trunc hmac(sha256) 128',
    '\tproto esp spi 0xc7a1e2f9 reqid 1', `see \\tenc cbc(aes) 0x${ENC}`, `x\\tenc cbc(aes) 0x${ENC}`]) {
    tt.same(found(text), [], text)
  }
})
