// A Dockerfile's legacy `ENV KEY value` (no `=`) left the value in clear, a password included:
// only `ENV KEY=value` was read as a key and its value.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

const DOCKERFILE = 'FROM node:20-alpine\nENV NODE_ENV production\nENV TABLE_NAME orders-ledger-v3\nENV DB_PASSWORD Tr0ub4dor3 x\nENV ECS_SERVICE orders-api\nCMD ["node", "server.js"]\n'

t.test('ENV KEY value: the key names the value as KEY=value would', async (tt) => {
  tt.same(found(DOCKERFILE), ['dynamodb_table:orders-ledger-v3', 'connection_secret:Tr0ub4dor3 x', 'ecs_service:orders-api'])
  tt.same(found('ENV TABLE_NAME default\nENV PATH /usr/local/bin\nthe ENV TABLE_NAME x-y in prose'), [], 'a default, a key naming nothing, not at a line start')
  tt.same(found(JSON.stringify({ Dockerfile: DOCKERFILE }).slice(1, -1)), ['dynamodb_table:orders-ledger-v3', 'connection_secret:Tr0ub4dor3 x', 'ecs_service:orders-api'], 'inside a JSON string: a line ends at its escaped break')
})

t.test('masked and restored byte for byte, flat and in JSON', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const masked = await scope.maskText(DOCKERFILE)
  tt.notMatch(masked, /orders-ledger-v3|Tr0ub4dor3|orders-api/)
  await tt.resolves(scope.assertClean(masked))
  tt.equal(scope.unmaskText(masked), DOCKERFILE)
  const json = await scope.maskJson({ files: { Dockerfile: DOCKERFILE } })
  tt.notMatch(JSON.stringify(json), /Tr0ub4dor3/)
  tt.same(scope.unmaskJson(json), { files: { Dockerfile: DOCKERFILE } })
})
