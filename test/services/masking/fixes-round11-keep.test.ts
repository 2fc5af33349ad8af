// Round 11: values masked that name no customer resource. A whole-value format placeholder
// (`log_stream_name: "{instance_id}"` of the CloudWatch agent, ADOT's `'{NodeName}'`); a JavaScript
// expression under a name field (`domainName: origin || 'fallback'`, `bucket: process.env.BUCKET ??
// "x"`, whose fallback, the bucket, went out in clear); the header row of a SQL
// result table (`| user_name | access_key_id | status |`, psql / Steampipe), read as a key and its
// value; the default service roles AWS consoles create under a fixed name
// (`service-role/AWSBackupDefaultServiceRole`, `workspaces_DefaultRole`, `EMR_DefaultRole`); a
// CloudFront Functions runtime after the noun (`CloudFront Function (cloudfront-js-2.0)`).
// Regression tests, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('kept', async (tt) => {
  tt.same(found('"log_stream_name": "{instance_id}"'), [], 'CloudWatch agent placeholder')
  tt.same(found("    log_stream_name: '{NodeName}'"), [], 'ADOT placeholder')
  tt.same(found("  cf.updateRequestOrigin({ domainName: origin || 'fallback.example.org' });"), ['hostname:fallback.example.org'], 'a JavaScript expression: the variable stays, its fallback is the name')
  tt.same(found('const table = { TableName: tableName ?? defaultTable }'), [], 'a ?? expression')
  tt.same(found('| user_name          | access_key_id        | status | create_date               |'), [], 'a SQL result header row')
  tt.same(found('arn:aws:iam::845012937766:role/service-role/AWSBackupDefaultServiceRole'), ['account_id:845012937766'], 'AWS Backup\'s default role')
  tt.same(found('IamRoleId: arn:aws:iam::279104563318:role/workspaces_DefaultRole'), ['account_id:279104563318'], 'WorkSpaces\' default role')
  tt.same(found('"ServiceRole": "EMR_DefaultRole", "JobFlowRole": "EMR_EC2_DefaultRole"'), [], 'EMR\'s default roles')
  tt.same(found('# CloudFront Function (cloudfront-js-2.0) geo-redirect, associated with'), [], 'a CloudFront Functions runtime after the noun')
})

t.test('still masked', async (tt) => {
  tt.same(found('"log_stream_name": "app-{instance_id}"'), ['kinesis_stream:app-{instance_id}'], 'a name around a placeholder')
  tt.same(found('domainName: search-orders-prod,'), ['hostname:search-orders-prod'], 'a name under domainName')
  tt.same(found('return { ok: true, bucket: process.env.BUCKET ?? "halyard-raw-telemetry-euc1" };'), ['s3_bucket:halyard-raw-telemetry-euc1'],
    'a member expression before ?? stays, its fallback is the name (the expression was masked, the bucket left in clear)')
  tt.same(found('|  UserName   |  kestrel-legacy-ftp  |'), ['iam_user:kestrel-legacy-ftp'], 'an aws --output table row')
  tt.same(found('||  UserName  |  milena.kraus  ||'), ['iam_user:milena.kraus'], 'a nested table row: its `||` border is no `||` operator')
  tt.same(found('| user_name | kestrel_legacy_ftp |'), ['iam_user:kestrel_legacy_ftp'], 'a two-cell row')
  tt.same(found('arn:aws:iam::279104563318:role/workspaces_DefaultRole_copy'), ['account_id:279104563318', 'iam_role:workspaces_DefaultRole_copy'], 'another name')
})
