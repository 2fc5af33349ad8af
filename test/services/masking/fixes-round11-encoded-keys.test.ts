// Round 11: credentials in base64. A Kubernetes Secret's `data:` holds its values base64-encoded
// (`AWS_ACCESS_KEY_ID: QUtJQVk3...=`, the encoding of `AKIA...`): the key id went out in clear (the
// secret key, under a secret's key, was masked). Docker's `config.json` keeps an ECR login as
// `"auth": "<base64 of AWS:<token>>"`: an `auth` field holds a credential. Regression tests,
// failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['Secret data AKIA', 'apiVersion: v1\nkind: Secret\ndata:\n  AWS_ACCESS_KEY_ID: QUtJQVk3UVgyTTlLVjRUWjNOQlI=\n  AWS_SECRET_ACCESS_KEY: R3EyV3Y4WG4xUmM2TWIzS2Q3RnkwSHM1SnAyR2E5VWU0TmI5VHo0TA==\n', 'QUtJQVk3UVgyTTlLVjRUWjNOQlI='],
  ['Secret data ASIA in JSON', '{"data": {"aws_access_key_id": "QVNJQVk3UVgyTTlLVjRUWjNOQlI=", "region": "ZXUtd2VzdC0x"}}', 'QVNJQVk3UVgyTTlLVjRUWjNOQlI='],
  ['docker config auth', '{"auths": {"123456789012.dkr.ecr.us-east-1.amazonaws.com": {"auth": "QVdTOmV5SndZWGxzYjJGa0lqb2lZVUZ2UkdGdVJHbFFUMk5XZGpGWE1qSnpPSFU="}}}', 'QVdTOmV5SndZWGxzYjJGa0lqb2lZVUZ2UkdGdVJHbFFUMk5XZGpGWE1qSnpPSFU=']
]

t.test('encoded credentials are hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('what stays readable', async (tt) => {
  tt.same(found('"auth": "sigv4", auth: none, auth = "basic"'), [], 'an auth scheme')
  tt.same(found('region: ZXUtd2VzdC0x\nQUtJQVk3UVgyTTlLVjRUWjNOQlI=x'), [], 'other base64, and a longer run')
  tt.same(found('data: dGhpcyBpcyBub3QgYSBrZXkgYXQgYWxs'), [], 'base64 of something else')
})
