// Round 19: `aws xray get-trace-summaries` lists a fault's exceptions as `{"Name": "ConnectTimeoutError"}`;
// the class name was masked as a resource name. An exception's or error's CamelCase class is kept.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('exception classes under Name stay', async (tt) => {
  tt.same(found('"Exceptions": [ { "Name": "ConnectTimeoutError", "Message": "Connect timeout" } ]'), [])
  tt.same(found('{"Name": "SdkClientException"}'), [])
  tt.same(found('{"Name": "ReadTimeoutError"}'), [])
  tt.same(found('{"Name": "orders-api"}'), ['resource_name:orders-api'], 'a resource name stays masked')
  tt.same(found('{"Name": "OrdersQueue"}'), ['resource_name:OrdersQueue'], 'CamelCase without an error suffix stays masked')
})
