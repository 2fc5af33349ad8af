// OAuth client secrets (Cognito app clients) are masked as the secret fields' api_key in JSON,
// env files, curl form bodies and YAML. Two forms went out in clear: a Spring Boot property whose
// dotted key is longer than the key reader's 62 chars
// (spring.security.oauth2.client.registration.cognito.client-secret=..., also as a JVM -D
// option), and a URL-encoded form (client_secret%3D..., password%3D... in a logged redirect):
// the encoded reader took only names.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const SECRET = '1q2w3e4r5t6y7u8i9o0p1q2w3e4r5t6y7u8i9o0pa1b2c3d4e5f'

t.test('the usual forms', async tt => {
  tt.same(found(`{"ClientId": "3n4b5urk1ft4fl3mg5e62d9ado", "ClientSecret": "${SECRET}"}`), [`api_key:${SECRET}`], 'describe-user-pool-client JSON')
  tt.same(found(`"client_secret": "${SECRET}"`), [`api_key:${SECRET}`])
  tt.same(found(`COGNITO_CLIENT_SECRET=${SECRET}\n`), [`api_key:${SECRET}`], 'env')
  tt.same(found(`curl -X POST https://auth.example.com/oauth2/token -d 'grant_type=client_credentials&client_id=abc&client_secret=${SECRET}&scope=x'`), [`api_key:${SECRET}`], 'curl form body')
  tt.same(found(`    clientSecret: ${SECRET}\n`), [`api_key:${SECRET}`], 'YAML')
})

t.test('a long dotted property key', async tt => {
  tt.same(found(`spring.security.oauth2.client.registration.cognito.client-secret=${SECRET}\n`), [`api_key:${SECRET}`], 'application.properties')
  tt.same(found(`spring.security.oauth2.client.registration.cognito.client-secret: ${SECRET}\n`), [`api_key:${SECRET}`], 'colon')
  tt.same(found(`JAVA_OPTS=-Dspring.security.oauth2.client.registration.cognito.client-secret=${SECRET} -Xmx512m`), [`api_key:${SECRET}`], 'a JVM option')
  tt.same(found('spring.security.oauth2.client.registration.cognito.client-id=3n4b5urk1ft4fl3mg5e62d9ado\n'), [], 'the client id is no secret')
  tt.same(found('spring.security.oauth2.client.registration.cognito.scope=openid\n'), [], 'a key saying nothing')
})

t.test('URL-encoded keys', async tt => {
  tt.same(found(`GET /cb?next=%2Ftoken%3Fclient_id%3Dabc%26client_secret%3D${SECRET}%26grant_type%3Dx HTTP/1.1`), [`api_key:3D${SECRET}`], 'the match takes the escape\'s digits (gluedStarts: its token must stand at a boundary)')
  tt.same(found('body=password%3DTr0ub4dor3%21x%26user%3Dadmin'), ['connection_secret:3DTr0ub4dor3%21x'], 'an encoded char inside the value is part of it')
  tt.same(found('q=client_secret%3D%26x'), [], 'no value')
})

t.test('masked and restored byte for byte', async tt => {
  const text = `spring.security.oauth2.client.registration.cognito.client-secret=${SECRET}\nnext=%2Ftoken%3Fclient_secret%3D${SECRET}%26a%3Db\n`
  const masked = await maskedWithRoundTrip(text)
  tt.notOk(masked.includes(SECRET))
})
