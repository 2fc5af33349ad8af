// Secrets the black-box rounds listed as `extra` (todo) that went out in clear: a password in a
// `pulumi config --show-secrets` row (retail:dbPassword  x: a namespaced key, blanks, the value),
// a Direct Connect BGP authKey and an SSM hybrid ActivationCode (no secret field named them).
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('pulumi config rows', async tt => {
  const rows = 'KEY                       VALUE\naws:region                eu-west-1\nretail:dbPassword         Sf!r9vKq2#mX7tLp\nretail:apiToken           Xk29fLqP0zR7tWm4\n'
  tt.same(found(rows), ['connection_secret:Sf!r9vKq2#mX7tLp', 'api_key:Xk29fLqP0zR7tWm4'])
  tt.same(found('retail:dbPassword         [secret]\n'), [], 'hidden by pulumi')
  tt.same(found('the retail:dbPassword  is set'), [], 'not at a line start')
  tt.same(found('retail:dbHost            db.internal\n'), [], 'a key saying nothing')
})

t.test('authKey and ActivationCode', async tt => {
  tt.same(found('"authKey": "0xK9m2Qz7Lp4Xr8T",'), ['api_key:0xK9m2Qz7Lp4Xr8T'], 'describe-virtual-interfaces')
  tt.same(found('aws directconnect create-bgp-peer --auth-key 0xK9m2Qz7Lp4Xr8T'), ['api_key:0xK9m2Qz7Lp4Xr8T'])
  tt.same(found('# ActivationId: 4b8d2f6a-0c1e-4a3b-9d5f-7e1c3a5b9d02  ActivationCode: Xq7LmP2kZ9vRb4TnW1cY'), ['api_key:Xq7LmP2kZ9vRb4TnW1cY'])
  tt.same(found('{"ActivationId": "4b8d2f6a-0c1e-4a3b-9d5f-7e1c3a5b9d02", "ActivationCode": "Xq7LmP2kZ9vRb4TnW1cY"}'), ['api_key:Xq7LmP2kZ9vRb4TnW1cY'])
})

t.test('masked and restored byte for byte', async tt => {
  const masked = await maskedWithRoundTrip('retail:dbPassword         Sf!r9vKq2#mX7tLp\n"authKey": "0xK9m2Qz7Lp4Xr8T", ActivationCode: Xq7LmP2kZ9vRb4TnW1cY\n')
  tt.notMatch(masked, /Sf!r9vKq2|0xK9m2Qz7Lp4Xr8T|Xq7LmP2kZ9vRb4TnW1cY/)
})
