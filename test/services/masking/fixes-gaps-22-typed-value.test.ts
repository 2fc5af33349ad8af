// Red team round 20, left over: Verified Permissions writes an entity's attributes as typed values
// (`"bucket": { "string": "mg-ledger-postings-6043…" }`), DynamoDB an item's as `{"S": "x"}`: the field
// naming the value sits one level up, so the bucket stayed in clear. The only key of such a wrapper
// is read as the field holding it. Regression test, failing before.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { found } from './blackbox-helpers.js'

t.test('a typed value under a field that names a resource', async tt => {
  tt.same(found('"attributes": { "bucket": { "string": "acme-postings-exports" }, "department": { "string": "treasury" } }'),
    ['s3_bucket:acme-postings-exports'])
  tt.same(found('{"Item": {"pk": {"S": "order#1"}, "RoleName": {"S": "ci-deployer"}, "TableName" : { "S" : "orders-v2" }}}'),
    ['iam_role:ci-deployer', 'dynamodb_table:orders-v2'], 'DynamoDB JSON')
  tt.same(found(JSON.stringify(JSON.stringify({ attributes: { bucket: { string: 'acme-exports-2' } } }))), ['s3_bucket:acme-exports-2'], 'JSON in a JSON string')
  tt.same(found(JSON.stringify({ body: '{"bucket":{"string":"acme-exports-3"}}' })), ['s3_bucket:acme-exports-3'])
})

t.test('parsed JSON: the value is read under the wrapper\'s field', async tt => {
  const store = createMemoryStore({ maxMappings: 1000 })
  const scope = await createMasker({ store }).openScope()
  const value = { entities: [{ attributes: { bucket: { string: 'acme-exports-4' }, dept: { string: 'ops-team' }, FunctionName: { S: 'invoice-sync' } } }] }
  const masked = JSON.stringify(await scope.maskJson(value))
  tt.notOk(masked.includes('acme-exports-4'))
  tt.notOk(masked.includes('invoice-sync'))
  tt.ok(masked.includes('ops-team'), 'a field naming nothing keeps its value')
  tt.strictSame(scope.unmaskJson(JSON.parse(masked)), value)
  await scope.release()
  await store.close()
})

t.test('no typed value where the wrapper is none', async tt => {
  tt.same(found('{"bucket": {"string": "acme-x-1", "long": 3}}'), [], 'a record of two keys')
  tt.same(found('{"dept": {"string": "acme-ops-1"}, "config": {"S": "x-y-z"}}'), [], 'fields naming nothing')
  tt.same(found('{"bucket": {"string": "users"}}'.replace('users', '${BUCKET}')), [], 'a template')
})
