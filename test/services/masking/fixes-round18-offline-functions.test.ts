// Round 18: serverless-offline lists the deployed Lambda functions' names as bullets under
// `Function names exposed for local invocation by aws-sdk:`; they stayed in clear.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

const OUTPUT = `Offline [http for lambda] listening on http://localhost:3002
Function names exposed for local invocation by aws-sdk:
           * api: acme-orders-dev-api
           * ordersStream: acme-orders-dev-ordersStream

   ┌─────────────┐
`

t.test('serverless-offline\'s function names are masked', async (tt) => {
  tt.same(found(OUTPUT), ['lambda_function:acme-orders-dev-api', 'lambda_function:acme-orders-dev-ordersStream'])
  tt.same(found('deps:\n  aws-sdk: 2.1500.0\n'), [], 'a package and its version under aws-sdk: is no listing')
})
