// Round 22: a Secrets Manager `SecretBinary` and a KMS data key's `Plaintext` (44 base64 chars)
// went out in clear. And values that only look like secrets were masked: a field referenced in
// jq or JMESPath (`SecretAccessKey: .Credentials.SecretAccessKey`, `{secret:ClientSecret}`),
// an error code after `Auth:` (`EKS Auth: AccessDeniedException`), docker's warning `Using
// --password via the CLI is insecure`. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('binary secrets and plaintext data keys', async (tt) => {
  tt.same(found('"SecretBinary": "3yn+lnJUiC4ux+OZljFoxnLoxX/9+dcd/S+UfL1ZyYTcWrmYyGq"'), ['connection_secret:3yn+lnJUiC4ux+OZljFoxnLoxX/9+dcd/S+UfL1ZyYTcWrmYyGq'])
  tt.same(found('SecretBinary: c2VjcmV0'), ['connection_secret:c2VjcmV0'])
  tt.same(found('"Plaintext": "Ydz5c0u5WVoeTT0b66W84LEKDSlPYxfshGjmxrBIrKw=",'), ['api_key:Ydz5c0u5WVoeTT0b66W84LEKDSlPYxfshGjmxrBIrKw='])
  tt.same(found('Plaintext: q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c='), ['api_key:q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c='])
})

t.test('references to secret fields stay', async (tt) => {
  tt.same(found("jq '{Version: 1, AccessKeyId: .Credentials.AccessKeyId, SecretAccessKey: .Credentials.SecretAccessKey, SessionToken: .Credentials.SessionToken}'"), [])
  tt.same(found("jq -n --argjson r \"$resp\" '{SecretAccessKey: $r.data.data.secret_key}'"), [])
  tt.same(found("--query 'UserPoolClient.{name:ClientName,secret:ClientSecret}'"), [])
  tt.same(found("--query '{token:Credentials.SessionToken}'"), [])
  tt.same(found('aws kms encrypt --plaintext fileb://secret.bin --output text'), [])
})

t.test('words after a secret key stay', async (tt) => {
  tt.same(found('Error fetching credentials from EKS Auth: AccessDeniedException: not allowed'), [])
  tt.same(found('token: ExpiredTokenException'), [])
  tt.same(found('WARNING! Using --password via the CLI is insecure. Use --password-stdin.'), [])
})

t.test('real secrets near the same words are still masked', async (tt) => {
  tt.same(found('SecretAccessKey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), ['secret_access_key:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'])
  tt.same(found('client_secret: Password1'), ['api_key:Password1'])
  tt.same(found('password: Password'), ['connection_secret:Password'])
  tt.same(found('docker login -u AWS --password Zq8vX2kL9pL4rT7w'), ['connection_secret:Zq8vX2kL9pL4rT7w'])
})
