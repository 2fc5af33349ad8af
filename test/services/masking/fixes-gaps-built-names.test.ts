// More ways CDK code builds a name field's value, whose literal parts went out in clear: string
// concatenation (bucketName: 'acme-' + stage + '-exports'), a default after `??` / `||`
// (functionName: props.functionName ?? `invoice-sync-${stage}`), and CDK Java's builder methods
// (.bucketName("acme-exports-" + stage)). The literal parts are masked as the field's; variables
// and substitutions stay.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('concatenation', async tt => {
  tt.same(found("  bucketName: 'acme-' + stage + '-exports',"), ['s3_bucket:acme-', 's3_bucket:exports'])
  tt.same(found('bucket_name="acme-exports-" + stage,'), ['s3_bucket:acme-exports-'])
  tt.same(found('tableName: "orders-" + props.stage + "-archive" + suffix'), ['dynamodb_table:orders-', 'dynamodb_table:archive'])
  tt.same(found('tableName: "orders-v2" + 1'), ['dynamodb_table:orders-v2'], 'no literal after the +')
})

t.test('a default after ?? or ||', async tt => {
  tt.same(found('  functionName: props.functionName ?? `invoice-sync-${stage}`,'), ['lambda_function:invoice-sync'])
  tt.same(found("  tableName: props.tableName || 'orders-v2',"), ['dynamodb_table:orders-v2'])
  tt.same(found('  tableName: props.tableName,'), [], 'code alone')
})

t.test('CDK Java builder methods', async tt => {
  tt.same(found('Bucket.Builder.create(this, "B").bucketName("acme-exports-" + stage).build();'), ['s3_bucket:acme-exports-'])
  tt.same(found('Function.Builder.create(this, "F")\n    .functionName("invoice-sync")\n    .build();'), ['lambda_function:invoice-sync'])
  tt.same(found('.tableName(props.getTableName())'), [], 'code stays')
  tt.same(found('.description("orders table")'), [], 'a field saying nothing')
})

t.test('masked and restored byte for byte', async tt => {
  const text = "new s3.Bucket(this, 'B', { bucketName: 'acme-' + stage + '-exports' })\nnew lambda.Function(this, 'F', { functionName: props.functionName ?? `invoice-sync-${stage}` })\n.bucketName(\"acme-exports-\" + stage)\n"
  const masked = await maskedWithRoundTrip(text)
  tt.notMatch(masked, /acme|exports'|invoice-sync/)
})
