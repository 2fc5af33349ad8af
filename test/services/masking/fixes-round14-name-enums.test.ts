// Round 14: an API enum under a `Name` key (ACM's `KeyUsages: [{"Name": "DIGITAL_SIGNATURE"}]`,
// `ExtendedKeyUsages: [{"Name": "TLS_WEB_SERVER_AUTHENTICATION", ...}]`) was masked as a resource's
// name. Regression test, failing before.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

const CERT = '{"KeyUsages": [{"Name": "DIGITAL_SIGNATURE"}, {"Name": "KEY_ENCIPHERMENT"}], "ExtendedKeyUsages": [{"Name": "TLS_WEB_SERVER_AUTHENTICATION", "OID": "1.3.6.1.5.5.7.3.1"}]}'

t.test('upper-case constants under Name stay', async (tt) => {
  tt.same(found(CERT), [])
  const { scope, close } = await openScope()
  tt.teardown(close)
  tt.strictSame(await scope.maskJson(JSON.parse(CERT)), JSON.parse(CERT), 'parsed JSON too')
  tt.same(found('{"Name": "orders-api"}, {"Name": "OrdersApi"}'), ['resource_name:orders-api', 'resource_name:OrdersApi'], 'names as before')
})
