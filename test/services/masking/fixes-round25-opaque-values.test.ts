// Round 25 (application front ends): values no field names as secret. JSON sent base64-encoded
// (AppSync's real-time handshake `?header=eyJob3N0Ijoi…` carries the API's host and its API key,
// AppStream's streaming URL `?parameters=eyJ…` the account and the user) went out whole; so did
// Amazon Location Service API keys (`v1.public.<base64url>`) in a query's `key=` or prose. A run
// is masked only when the JSON it decodes to holds something to mask. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const b64 = (value: unknown, url = false): string => Buffer.from(JSON.stringify(value)).toString(url ? 'base64url' : 'base64')

t.test('base64 JSON holding identifiers or secrets', async tt => {
  const header = b64({ host: 'w4ktz8qmbv5rxn2hcl7jpy3fde.appsync-api.us-west-2.amazonaws.com', 'x-api-key': 'da2-m8rq2xw6ktz4nbh7vpc3lfy5js' })
  tt.same(found(`wss://w4ktz8qmbv5rxn2hcl7jpy3fde.appsync-realtime-api.us-west-2.amazonaws.com/graphql?header=${header}&payload=e30=`),
    ['aws_hostname:w4ktz8qmbv5rxn2hcl7jpy3fde', `api_key:${header}`])
  const params = b64({ type: 'END_USER', awsAccountId: '815326049771', userId: 'j.devries' }, true)
  tt.same(found(`https://appstream2.eu-west-1.aws.amazon.com/authenticate?parameters=${params}&signature=x`), [`resource_name:${params}`])
  const claims = b64({ sub: 'x', 'custom:tenant': 'arn:aws:iam::123456789012:role/tenant-a' })
  tt.same(found(`decoded payload ${claims} from the token`), [`resource_name:${claims}`])
})

t.test('base64 JSON with nothing to mask, and JWTs, stay as they were', async tt => {
  const plain = b64({ alg: 'HS256', typ: 'JWT' })
  tt.same(found(`header ${plain} only`), [])
  tt.same(found(`?payload=${b64({ query: 'subscription { onCreate { id } }' })}`), [])
  const masked = roundTripMasker(tt)
  const header = b64({ host: 'q7mxk2vt4rbzfh3lnw5ypcd6ae.appsync-api.eu-central-1.amazonaws.com', Authorization: 'da2-hx3v9qk7m2tbr5wn8lzc4pyd6f' })
  tt.equal(await masked(`connect ?header=${header}&payload=e30=`), 'connect ?header=API_KEY_1&payload=e30=')
})

t.test('Amazon Location API keys', async tt => {
  const key = 'v1.public.eyJqdGkiOiJlM2E5YzdmMS01YjJkLTRkOGUtOWY2MC0yYzRiOGExZTdkMzUifQMx4Zk8Rq2Vt7Wn1Lp5Hc9Yb3Fs6Jd0Ka2Ge4Tu8Ix1Oq7Ve3Ra9'
  tt.same(found(`GET https://maps.geo.us-east-1.amazonaws.com/v2/styles/Standard/descriptor?key=${key} 403 (Forbidden)`), [`api_key:${key}`])
  tt.same(found(`The maps API key is ${key}, restricted to our referers.`), [`api_key:${key}`])
  tt.same(found(`  apiKey: '${key}',`), [`api_key:${key}`])
  for (const text of ['v1.public.key is the prefix', 'token version v1.public. only', 'see v1.public.short']) tt.same(found(text), [], text)
})
