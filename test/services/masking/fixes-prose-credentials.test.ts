// Credentials written into prose went out in clear: `the Datadog API key 3f8a…` (no field, no
// `password is`), `license key: eu01xx…`, `bearer token eyJ…`, and a JWT standing alone (its
// claims name users and accounts). Only a noun a credential word qualifies counts, and only a
// generated-looking value: `API key rotation`, `key pair`, an S3 object key stay.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqYW5lQGFjbWUuaW8iLCJhY2N0IjoiNTgxOTIzMDA0NDE3In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'

t.test('a credential after a qualified key / token / secret noun is masked', async (t) => {
  const masked = roundTripMasker(t)
  t.equal(await masked('The Datadog API key 3f8a9c2e1b7d4a6f5c0e9d8b7a6f5e4d was committed.'), 'The Datadog API key API_KEY_1 was committed.')
  t.equal(await masked('New Relic license key: eu01xx3f8a9c2e1b7d4a6f5c0e9d8b7a6fNRAL.'), 'New Relic license key: API_KEY_1.')
  t.equal(await masked('the client secret is `Xq9mZ2pL7vK4nR8tW3yB6cD1` (rotate it)'), 'the client secret is `API_KEY_1` (rotate it)')
  t.equal(await masked('Our webhook secret "whsec_9Zq2LmP4xV7nB1kR3tY6" and the app token=aT5kQ9mW2xL7pR4vN8bZ3cY6'),
    'Our webhook secret "API_KEY_1" and the app token=API_KEY_2')
})

t.test('a JWT is masked wherever it stands', async (t) => {
  const masked = roundTripMasker(t)
  t.equal(await masked(`bearer token ${JWT}`), 'bearer token API_KEY_1')
  t.equal(await masked(`The request carried ${JWT}, which expired.`), 'The request carried API_KEY_1, which expired.')
  t.equal(await masked(`{"text":"curl -H 'x-auth: ${JWT}' -sS"}`), `{"text":"curl -H 'x-auth: API_KEY_1' -sS"}`)
})

t.test('English and other kinds after the same nouns stay as they were', async (t) => {
  const masked = roundTripMasker(t)
  for (const text of ['The API key rotation-policy-v2 applies; the API key is rotated every 90 days.',
    'the webhook secret is stored in Secrets Manager; API key: ${DD_API_KEY}; the id token expired',
    'the S3 key logs/2024/05/01/app-7f3c.gz, the license key file and the api key 12',
    'client key ssl/client-2048.pem',
    'JWT eyJhbGciOiJSUzI1NiJ9.x is not a token; abceyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N']) {
    t.equal(await masked(text), text)
  }
  t.equal(await masked('api key AKIA5QXR2MLT7VJ3KP4N'), 'api key ACCESS_KEY_ID_1')
  t.equal(await masked('s3 event for bucket fjord-media-ingest key uploads/2025/02/05/IMG_2041x'), // a name's tail is no qualifier
    's3 event for bucket S3_BUCKET_1 key uploads/2025/02/05/IMG_2041x')
})

t.test('a bare `password X` and a pre-shared key in prose are masked; words after them stay', async (t) => {
  const masked = roundTripMasker(t)
  t.equal(await masked('SMTP credentials for SES: user AKIAQ7XZ2M4PL9KRT3VN, password BLkq8Zp2Xv7mT4nR9wQ1yC6dF3gH5jK8lM2nP4qR7sT0.'),
    'SMTP credentials for SES: user ACCESS_KEY_ID_1, password CONNECTION_SECRET_1.')
  t.equal(await masked('The VPN pre-shared key is 7hG2kP9xQ4mW1zR8 for tunnel 1.'), 'The VPN pre-shared key is API_KEY_1 for tunnel 1.')
  const prose = 'reset the password MyPassword via the console; password policy requires MinimumLength12; password ResetRequired'
  t.equal(await masked(prose), prose)
})
