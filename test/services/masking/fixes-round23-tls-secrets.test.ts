// Round 23 (network troubleshooting): TLS session secrets stayed in clear. `openssl s_client` prints
// the session's `Master-Key:` (TLS 1.2) or `Resumption PSK:` (TLS 1.3), and an SSLKEYLOGFILE written
// to decrypt a capture holds one secret per line after the label and the client random. The secret
// is masked; the label, the client random and an empty `Master-Key:` stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const RANDOM = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90'
const SECRET48 = '4bc6ec4a51908eb479f09c917b77c7408ee9e0a1423d042639f8cd28293438b207280f2f6c4fceb863435c35e5ff20c8'
const SECRET32 = '9d0e44b27a13e6c5f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708'

t.test('the session block of openssl s_client', async tt => {
  const upper = SECRET48.toUpperCase()
  tt.same(found(`    Session-ID-ctx:\n    Master-Key: ${upper}\n    PSK identity: None`), [`connection_secret:${upper}`])
  tt.same(found(`Master-Key:${SECRET48}`), [`connection_secret:${SECRET48}`])
  tt.same(found(`    Resumption PSK: ${upper}\n    PSK identity: None`), [`connection_secret:${upper}`])
  tt.same(found('    Master-Key: \n    PSK identity: None\n    PSK identity hint: None'), [], 'TLS 1.3 leaves it empty')
})

t.test('the lines of an SSLKEYLOGFILE', async tt => {
  for (const label of ['CLIENT_RANDOM', 'CLIENT_HANDSHAKE_TRAFFIC_SECRET', 'SERVER_HANDSHAKE_TRAFFIC_SECRET', 'CLIENT_TRAFFIC_SECRET_0',
    'SERVER_TRAFFIC_SECRET_0', 'EXPORTER_SECRET', 'EARLY_EXPORTER_SECRET', 'CLIENT_EARLY_TRAFFIC_SECRET']) {
    tt.same(found(`# SSL/TLS secrets log file\n${label} ${RANDOM} ${SECRET48}\n`), [`connection_secret:${SECRET48}`], label)
  }
  tt.same(found(`CLIENT_RANDOM ${RANDOM} ${SECRET32}\r\nCLIENT_RANDOM ${RANDOM.toUpperCase()} ${SECRET48}`),
    [`connection_secret:${SECRET32}`, `connection_secret:${SECRET48}`])
  tt.same(found(`"keys": "SERVER_TRAFFIC_SECRET_0 ${RANDOM} ${SECRET32}\\nCLIENT_TRAFFIC_SECRET_0 ${RANDOM} ${SECRET48}"`),
    [`connection_secret:${SECRET48}`], 'JSON-escaped: the line after an escaped newline')
  const masked = roundTripMasker(tt)
  tt.equal(await masked(`CLIENT_RANDOM ${RANDOM} ${SECRET48}`), `CLIENT_RANDOM ${RANDOM} CONNECTION_SECRET_1`)
})

t.test('look-alikes stay', async tt => {
  for (const text of [
    `grep CLIENT_RANDOM ${RANDOM} keys.log`, // not at a line start
    `CLIENT_RANDOM ${RANDOM}`, // no secret
    `CLIENT_RANDOM ${SECRET32} 1234`,
    `SERVER_NAME ${RANDOM} ${SECRET48}`, // not a key log label
    'Master-Key: see the capture', 'Master-Keys: 4', 'Resumption PSK: None'
  ]) tt.same(found(text), [], text)
})
