// Round 22: a JWE (five base64url parts: header.key.iv.ciphertext.tag) was read as a JWT of three
// parts, so its ciphertext and tag went out in clear: CodeArtifact's authorization token in Maven's
// `<password>`, `.npmrc`'s `_authToken`, pip's index URL; Cognito's refresh token. A `password X`
// value also stopped at 128 chars, leaking the rest of a long token. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HEADER = 'eyJ2ZXIiOjEsImlzdSI6MTc0MTQ1OTQ1MiwiZW5jIjoiQTEyOEdDTSIsImFsZyI6IkExMjhHQ01LVyJ9'
const CIPHER = 'DUbDvJmYmx76VuBWyI6AYZh-DMTMtu-Uxg5cNPfbtxhcC6T7Em0gEIbbrOYAOetfYuiNST4nRo9UgRgrYLSLwjkaoazSpZoO5eHT5fwnRR1xXb2Dyh-DhAeKXzyc-PAIKapCRyY3eIF07faENzOClXWRZopegwXldqm_hzd98'
const CODEARTIFACT = `${HEADER}.Q6pFJZ5n1xQVWwz_eujP6D.DJ8KrHPvrvRZnT4Z.${CIPHER}.s_tbUeO5mdHxCS86d4A4dZ`
const REFRESH = `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.Xk2v9QpLm3Kv7Zt2Wb8Yc4Nd6Fg0Jr5Ts1Uv.h7Rk2Vq9LwX3m8Tn.${CIPHER}.Zq3Kx9Lm2Vb7Nc1Rj6Yf3H`

t.test('a five-part JWE is masked whole', async (tt) => {
  for (const text of [
    `<password>${CODEARTIFACT}</password>`,
    `//acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/npm/acme-npm/:_authToken=${CODEARTIFACT}`,
    `index-url = https://aws:${CODEARTIFACT}@acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/pypi/acme/simple/`,
    `{"authorizationToken": "${CODEARTIFACT}", "expiration": "2025-03-09T19:44:12+00:00"}`,
    `"RefreshToken": "${REFRESH}",`,
    `--auth-parameters REFRESH_TOKEN=${REFRESH},SECRET_HASH=x`,
    `export CODEARTIFACT_AUTH_TOKEN=${CODEARTIFACT}`,
    JSON.stringify({ log: `token ${REFRESH} refreshed` })
  ]) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(CIPHER.slice(0, 24)) || masked.includes('s_tbUeO5mdHxCS86d4A4dZ') || masked.includes('Zq3Kx9Lm2Vb7Nc1Rj6Yf3H'), masked)
  }
})

t.test('a JWE with an empty key part (`dir`) and a plain JWT', async (tt) => {
  const dir = `eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..h7Rk2Vq9LwX3m8Tn.${CIPHER}.Zq3Kx9Lm2Vb7Nc1Rj6Yf3H`
  tt.same(found(`cookie=${dir}; Path=/`), [`api_key:${dir}`])
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Qm9Lx2Vp8Tz4Rw7Kn1Bc5Hj3Yf6Gd0Sa8Ev2Ui7O'
  tt.same(found(`Bearer ${jwt}.`), [`api_key:${jwt}`], 'the sentence dot stays out')
})

t.test('a long password after `password` is masked to its end', async (tt) => {
  const long = 'Xk2v9QpLm3Kv7Zt2Wb8Yc4Nd6Fg0Jr5Ts1Uv'.repeat(5)
  tt.same(found(`SMTP password ${long} rotated`), [`connection_secret:${long}`])
})

t.test('what stays', async (tt) => {
  tt.same(found('eyJ is how base64 JSON starts: eyJhbGci.x.y'), [])
  tt.same(found('version 1.2.3.4.5 of the header eyJ-docs'), [])
})
