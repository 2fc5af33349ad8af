// `kubectl get secret x -o jsonpath='{.data.DB_PASSWORD}' | base64 -d` prints the key's value on
// the next line with nothing beside it: the password went out in clear (blackbox-11's IRSA
// document). The printed line is read as that key's value, decoded or still base64 (which decodes
// to it); keys without a secret's role, and a next line that is a prompt, stay.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a secret key printed by kubectl -o jsonpath', async tt => {
  tt.same(found("# kubectl get secret ledger-db-credentials -n payments -o jsonpath='{.data.DB_PASSWORD}' | base64 -d\nVt8#qL2m!Rz5wKp9\n").filter((m) => !m.startsWith('secret_name')),
    ['connection_secret:Vt8#qL2m!Rz5wKp9'], 'decoded')
  tt.same(found('$ kubectl get secret app -o jsonpath="{.data.api-token}"\nc2VjcmV0LXRva2VuLXZhbHVlLTEyMzQ=\n$ echo done'),
    ['api_key:c2VjcmV0LXRva2VuLXZhbHVlLTEyMzQ='], 'still base64: it decodes to the secret')
  tt.same(found("kubectl get secret app -o jsonpath='{.data[\"client_secret\"]}' | base64 --decode\n  Zq8rT2vLx9PmW4kN7cB1\n"),
    ['api_key:Zq8rT2vLx9PmW4kN7cB1'], 'bracketed key, indented output')
})

t.test('kept: keys without a secret\'s role, nothing printed', async tt => {
  tt.same(found("kubectl get secret app -o jsonpath='{.data.username}' | base64 --decode\nadmin"), [], 'a user name')
  tt.same(found("kubectl get secret app -o jsonpath='{.data.password}' | base64 -d\n$ next command"), [], 'the next prompt')
  tt.same(found("kubectl get pod web -o jsonpath='{.status.podIP}'\n10.0.0.7").filter((m) => !m.startsWith('ipv4')), [], 'not a secret\'s data')
})

t.test('masked and restored', async tt => {
  const masked = await maskedWithRoundTrip("kubectl get secret db -o jsonpath='{.data.DB_PASSWORD}' | base64 -d\nVt8#qL2m!Rz5wKp9\n")
  tt.notMatch(masked, /Vt8#qL2m/)
})
