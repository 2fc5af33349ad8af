// The default of an environment lookup in code went out in clear: its variable's name says what
// it is, as `TABLE_NAME=orders` would.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

t.test('defaults of os.environ.get, os.getenv, getOrDefault and process.env ?? / ||', async (tt) => {
  tt.same(found('table = os.environ.get("TABLE_NAME", "orders-ledger-v3")'), ['dynamodb_table:orders-ledger-v3'])
  tt.same(found("fn = os.getenv('LAMBDA_NAME', 'invoice-sync')"), ['lambda_function:invoice-sync'])
  tt.same(found('String p = System.getenv().getOrDefault("DB_PASSWORD", "Tr0ub4dor3");'), ['connection_secret:Tr0ub4dor3'])
  tt.same(found('const t = process.env.TABLE_NAME ?? "orders-ledger-v3"'), ['dynamodb_table:orders-ledger-v3'])
  tt.same(found("const q = process.env['QUEUE_NAME'] || 'orders-events'"), ['sqs_queue:orders-events'])
  tt.same(found('os.environ.get("PATH", "/usr/bin"); os.environ.get("TABLE_NAME"); env.TABLE_NAME ?? "x-y"'), [], 'a variable naming nothing, no default, not process.env')
})

t.test('masked and restored byte for byte', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const text = 'import os\nTABLE = os.environ.get("TABLE_NAME", "orders-ledger-v3")\nconst q = process.env.QUEUE_NAME || `orders-events`\n'
  const masked = await scope.maskText(text)
  tt.notMatch(masked, /orders-ledger-v3|orders-events/)
  await tt.resolves(scope.assertClean(masked))
  tt.equal(scope.unmaskText(masked), text)
})
