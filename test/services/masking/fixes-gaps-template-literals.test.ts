// A CDK / TypeScript template literal under a name field (bucketName: `acme-${stage}-exports`)
// went out in clear: the backtick was no quote to the key-value reader. Its literal parts are the
// customer's, masked as the field's; the `${...}` expressions stay readable. So did a Python
// f-string's (bucket_name=f"acme-{stage}", where the `f` was masked as the bucket) and a value in
// a markdown code span (DB_PASSWORD: `Tr0ub4dor3`).
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the literal parts of a template literal are masked, the substitutions stay', async tt => {
  tt.same(found('    bucketName: `acme-${stage}-exports`,\n'), ['s3_bucket:acme', 's3_bucket:exports'])
  tt.same(found('  functionName: `${props.prefix}-invoice-sync`,'), ['lambda_function:invoice-sync'])
  tt.same(found('tableName: `orders-${env}`'), ['dynamodb_table:orders'])
  tt.same(found('queueName: `${this.stackName}-billing-dlq-${props.stage ?? "dev"}`'), ['sqs_queue:billing-dlq'], 'a substitution with blanks and quotes')
  tt.same(found('bucketName: `acme-exports`'), ['s3_bucket:acme-exports'], 'no substitution: one name')
})

t.test('a Python f-string and a markdown code span', async tt => {
  tt.same(found('bucket_name=f"acme-{stage}-exports"'), ['s3_bucket:acme', 's3_bucket:exports'])
  tt.same(found("    function_name=f'{prefix}-invoice-sync',"), ['lambda_function:invoice-sync'])
  tt.same(found('- BucketName: `acme-exports`'), ['s3_bucket:acme-exports'])
  tt.same(found('| BucketName | `acme-exports` |'), ['s3_bucket:acme-exports'], 'a markdown table cell')
  tt.same(found('DB_PASSWORD: `Tr0ub4dor3`'), ['connection_secret:Tr0ub4dor3'])
  tt.same(found('Name: `running`'), [], 'a plain word under Name stays')
})

t.test('substitutions alone, code and unclosed backticks stay', async tt => {
  tt.same(found('functionName: `${props.prefix}-${stage}`'), [])
  tt.same(found('bucketName: `${bucket}`'), [])
  tt.same(found('bucketName: `acme\n-exports`'), [], 'no literal over a line end')
  tt.same(found('`namespace: default`'), [], 'a markdown code span')
})

t.test('masked and restored byte for byte', async tt => {
  const text = 'new s3.Bucket(this, "Exports", {\n  bucketName: `acme-${stage}-exports`,\n})\nnew lambda.Function(this, "Sync", { functionName: `${props.prefix}-invoice-sync` })\n'
  const masked = await maskedWithRoundTrip(text)
  tt.notMatch(masked, /acme|exports`|invoice-sync/)
  tt.ok(masked.includes('-${stage}-') && masked.includes('`${props.prefix}-'), 'the substitutions stay')
})
