// Round 19: a Synthetics canary script passes `{ SecretId: SECRET_ID }` after `const SECRET_ID = '...'`;
// the constant's name was masked as a secret name (and with it the declaration). A constant
// declared earlier in the text is code; an undeclared one under a YAML key is still a name.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a declared constant under a name key is code', async (tt) => {
  tt.same(found("const SECRET_ID = 'prod/synthetics/portal-login';\nawait sm.send(new GetSecretValueCommand({ SecretId: SECRET_ID }));"),
    ['secret_name:prod/synthetics/portal-login'])
  tt.same(found("const ORDERS_TABLE = 'orders-v2'\nawait ddb.send(new GetItemCommand({ TableName: ORDERS_TABLE, Key: k }))"), ['dynamodb_table:orders-v2'])
  tt.same(found("ORDERS_FN = os.environ['ORDERS_FN']\nlam.invoke(FunctionName: ORDERS_FN)"), [])
  tt.same(found('SecretId: ORDERS_SECRET\nFunctionName: ORDERS_SYNC\n'), ['secret_name:ORDERS_SECRET', 'lambda_function:ORDERS_SYNC'],
    'YAML names in capitals stay masked')
  tt.same(found("if (ORDERS_SYNC == 'x') {}\nFunctionName: ORDERS_SYNC\n"), ['lambda_function:ORDERS_SYNC'], 'a comparison declares nothing')
})
