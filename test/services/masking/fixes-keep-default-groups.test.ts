// Keep audit: the default parameter and option groups AWS creates (`default.postgres15`,
// `default.aurora-postgresql15`, `default:postgres-15`, `default.redis7`) were masked as customer
// names under their fields and after `parameter group`; a customer's group cannot hold a `.` or
// `:`, so these names are AWS's.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

t.test('default groups are kept', async tt => {
  tt.same(found('{"DBParameterGroupName": "default.postgres15", "OptionGroupName": "default:postgres-15"}'), [], 'JSON')
  tt.same(found('DBClusterParameterGroupName: default.aurora-postgresql15\nparameter_group_name = "default.redis7.cluster.on"'), [], 'YAML, HCL')
  tt.same(found('--db-parameter-group-name default.mysql8.0'), [], 'a CLI flag')
  tt.same(found('the parameter group default.postgres15 and the option group default:mysql-8-0'), [], 'prose')
  const { scope, close } = await openScope()
  tt.teardown(close)
  const doc = { DBParameterGroups: [{ DBParameterGroupName: 'default.postgres15' }], CacheParameterGroupName: 'default.redis7' }
  tt.same(await scope.maskJson(doc), doc, 'parsed JSON')
})

t.test('customer groups are still masked', async tt => {
  tt.same(found('{"DBParameterGroupName": "orders-pg15-tuned"}'), ['resource_name:orders-pg15-tuned'])
  tt.same(found('{"DBParameterGroupName": "default-orders"}'), ['resource_name:default-orders'], 'default- is a customer prefix')
})

t.test('names starting like a default group under other fields are still masked', async tt => {
  tt.same(found('{"Bucket": "default.acme-corp.com"}'), ['s3_bucket:default.acme-corp.com'], 'a bucket may hold dots')
  tt.same(found('{"TableName": "default.orders"}'), ['dynamodb_table:default.orders'], 'a table too')
})
