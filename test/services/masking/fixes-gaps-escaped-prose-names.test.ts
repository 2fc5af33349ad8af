// An escape glued to a name after a prose noun (`S3 bucket \u0041acme-payroll-exports`, `table
// \nacme-orders` in text escaped as JSON) or to a field's bare value (`BucketName: \u0041x`,
// `DB_PASSWORD=\x41...`) stopped the reader: the value went out in clear. The name after the
// escape is masked (escapes.ts: restoration reads a token where an escape ends), the escape stays
// (a secret takes it along), and the text restores byte for byte, whole and streamed.
import t from 'tap'
import { found, openScope, streamed } from './blackbox-helpers.js'

t.test('a name after an escape glued to it', async tt => {
  tt.same(found('S3 bucket \\u0041acme-payroll-exports ok'), ['s3_bucket:acme-payroll-exports'], '\\u + 4 hex')
  tt.same(found('the table \\u00e9orders-v2 x'), ['dynamodb_table:orders-v2'])
  tt.same(found('Lambda function \\x41invoice-sync'), ['lambda_function:invoice-sync'], '\\x + 2 hex')
  tt.same(found('{"msg": "copied to S3 bucket \\nacme-payroll-exports"}'), ['s3_bucket:acme-payroll-exports'], 'a JSON newline')
  tt.same(found('queue \\\\u0041billing-dlq'), ['sqs_queue:billing-dlq'], 'escaped twice')
  tt.same(found('buckets \\u0041app-assets and \\u0041user-uploads'), ['s3_bucket:app-assets', 's3_bucket:user-uploads'], 'a list')
  tt.same(found('role \\u0041\\u0042ci-deployer'), ['iam_role:ci-deployer'], 'two escapes')
})

t.test('a field value glued to an escape', async tt => {
  tt.same(found('BucketName: \\u0041acme-exports'), ['s3_bucket:acme-exports'], 'YAML')
  tt.same(found('{"msg":"BucketName=\\u0041acme-exports"}'), ['s3_bucket:acme-exports'], 'key=value in a JSON string')
  tt.same(found('DB_PASSWORD=\\x41Tr0ub4dor3'), ['connection_secret:\\x41Tr0ub4dor3'], 'a secret keeps its escaped chars')
  tt.same(found('{"m":"BucketName:\\n  Ref: Exports"}'), [], 'a control escape is a blank: no value glued to it')
  tt.same(found('\\"BucketName\\": \\"acme-exports\\"'), ['s3_bucket:acme-exports'], 'an escaped quote is read as before')
})

t.test('ordinary words after an escape stay', async tt => {
  tt.same(found('the bucket \\nThe next line'), [])
  tt.same(found('S3 bucket \\u0041policy'), [])
  tt.same(found('a bucket \\"quoted-name\\"'), ['s3_bucket:quoted-name'], 'an escaped quote is read as before')
})

t.test('masked, restored whole and streamed at every cut', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  for (const text of ['S3 bucket \\u0041acme-payroll-exports ok', 'see table \\u00e9orders-v2.', '{"m":"Lambda function \\ninvoice-sync failed"}',
    'BucketName: \\u0041acme-payroll-exports\n', 'DB_PASSWORD=\\x41Tr0ub4dor3 x']) {
    const masked = await scope.maskText(text)
    tt.notMatch(masked, /acme-payroll-exports|orders-v2|invoice-sync|Tr0ub4dor3/, masked)
    tt.equal(scope.unmaskText(masked), text)
    for (let c = 0; c <= masked.length; c++) {
      if (streamed(scope, [masked.slice(0, c), masked.slice(c)], false) !== text) tt.fail(`cut at ${c}: ${masked}`)
    }
  }
})
