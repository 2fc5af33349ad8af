// Red team round 6 (test/fixtures/blackbox-6/): misses in commands, code and headers, each fixed
// in services/masking/ and tested over a few variants of its family.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('JDBC Oracle thin: user/password@ before the host', async tt => {
  tt.same(found('url=jdbc:oracle:thin:ledger_ro/Or4cl3-Ledg3r-2025@//db.corp.internal:1521/LEDGER'), ['connection_secret:Or4cl3-Ledg3r-2025'], 'service form')
  tt.same(found('"jdbc:oracle:thin:scott/t!ger#1@db.corp.internal:1521:ORCL"'), ['connection_secret:t!ger#1'], 'SID form, # in the password')
  tt.same(found('jdbc:oracle:thin:@//db.example.com:1521/svc and jdbc:oracle:thin:@(DESCRIPTION=(HOST=x))'), [], 'no credentials')
  const masked = await maskedWithRoundTrip('jdbc:oracle:thin:app/S3cr3t-pw@//halyard-ora.c8v2kq4x7mzt.eu-central-1.rds.amazonaws.com:1521/X')
  tt.ok(!masked.includes('S3cr3t-pw') && masked.includes('jdbc:oracle:thin:app/'), 'masked, the user stays')
})

t.test('SigV4: the Authorization scheme stays, its key id is masked', async tt => {
  tt.same(found('> Authorization: AWS4-HMAC-SHA256 Credential=ASIAZ7K7S3EN4TW3L665/20251203/eu-central-1/execute-api/aws4_request, SignedHeaders=host'),
    ['access_key_id:ASIAZ7K7S3EN4TW3L665'], 'curl -v header')
  tt.same(found("'Authorization': b'AWS4-HMAC-SHA256 Credential=ASIA2IT4XQKIRXQQXWDY/20251203/eu-central-1/s3/aws4_request'"),
    ['access_key_id:ASIA2IT4XQKIRXQQXWDY'], 'botocore debug (bytes)')
  tt.same(found('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig'), ['api_key:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig'], 'other schemes unchanged')
  tt.same(found('X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA7NDDMNN52YLNAE3O%2F20251203'), ['access_key_id:AKIA7NDDMNN52YLNAE3O'], 'presigned query')
})

t.test('AWS Tools for PowerShell: -SecretId, -BucketName, -RoleName read as the API fields', async tt => {
  tt.same(found('PS C:\\x> Get-SECSecretValue -SecretId prod/halyard/dispatch/db-url | Select-Object'), ['secret_name:prod/halyard/dispatch/db-url'], 'SecretId')
  tt.same(found('Write-S3Object -BucketName halyard-ledger-exports-prod -File "D:\\x.csv" -Key "m/l.csv"'), ['s3_bucket:halyard-ledger-exports-prod'], 'BucketName')
  tt.same(found('Get-IAMRole -RoleName halyard-dispatch-node-role'), ['iam_role:halyard-dispatch-node-role'], 'RoleName')
  tt.same(found('Get-S3Object -BucketName $bucket -Region eu-central-1; Get-Item -Path x-y'), [], 'a variable, parameters without a role')
  tt.same(found('a value-BucketName x-y'), [], 'not a parameter: no blank before the dash')
})

t.test('terraform import: the id of types whose id is the name', async tt => {
  tt.same(found('$ terraform import module.dispatch.aws_s3_bucket.ledger halyard-ledger-exports-prod'), ['s3_bucket:halyard-ledger-exports-prod'], 'bucket')
  tt.same(found("terraform import 'module.a.aws_iam_role.consumer' halyard-dispatch-consumer"), ['iam_role:halyard-dispatch-consumer'], 'quoted address')
  tt.same(found('terraform import -var-file=prod.tfvars aws_db_instance.main "halyard-dispatch-pg"'), ['rds_instance:halyard-dispatch-pg'], 'an option, a quoted id')
  tt.same(found('terraform import aws_iam_role_policy_attachment.ssm halyard-consumer/arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'), ['iam_role:halyard-consumer'], 'attachment: the role part')
  tt.same(found('terraform import aws_vpc_endpoint.s3 vpce-0d81ecbbb92f561ce'), ['vpc_endpoint:vpce-0d81ecbbb92f561ce'], 'ids keep their shape')
  tt.same(found('import aws_s3_bucket.x y-z and terraform import aws_route53_zone.z example.com'), [], 'not terraform, or a type whose id is no name')
})

t.test('CDK Python imports by name, and ARNs with a format placeholder account', async tt => {
  tt.same(found('repo = ecr.Repository.from_repository_name(self, "Repo", "halyard/route-planner")'), ['ecr_repository:halyard/route-planner'], 'from_repository_name')
  tt.same(found("b = s3.Bucket.from_bucket_name(self, 'B', 'halyard-raw-telemetry-euc1')"), ['s3_bucket:halyard-raw-telemetry-euc1'], 'from_bucket_name')
  tt.same(found('x = from_json(self, "a", "b-c")'), [], 'another from_ call')
  tt.same(found("r = f\"arn:aws:iam::{ACCOUNTS['shared']}:role/halyard-ledger-reader\""), ['iam_role:halyard-ledger-reader'], 'Python f-string account')
  tt.same(found('arn:aws:sqs:{region}:{account}:orders-dlq'), ['sqs_queue:orders-dlq'], 'format placeholders')
  tt.same(found('"arn:aws:s3:::{bucket}/*"'), [], 'a placeholder resource stays')
})

t.test('CDKTF / Pulumi constructs: name: names what the construct declares', async tt => {
  tt.same(found('new DataAwsIamRole(this, "consumer", { name: "halyard-dispatch-consumer" });'), ['iam_role:halyard-dispatch-consumer'], 'data source')
  tt.same(found('new SqsQueue(this, "q", { name: "halyard-dispatch-events-v2.fifo", fifoQueue: true })'), ['sqs_queue:halyard-dispatch-events-v2'], 'queue (`.fifo` is AWS\'s suffix: fixes-gaps-14)')
  tt.same(found("const q = new aws.sqs.Queue('orders', {\n  name: 'orders-dlq',\n})"), ['sqs_queue:orders-dlq'], 'Pulumi, multi-line')
  tt.same(found('new Person({ name: "john-doe" }); new SqsQueue(this, "q", { name: queueName })'), [], 'another class, a variable')
})

t.test('an AWS-defined role name in a role name field stays', async tt => {
  tt.same(found('"ExecutionRoleName": "AWSControlTowerExecution",'), [], 'Control Tower')
  tt.same(found('RoleName: OrganizationAccountAccessRole'), [], 'Organizations')
  tt.same(found('"ExecutionRoleName": "halyard-stackset-exec",'), ['iam_role:halyard-stackset-exec'], 'a customer role')
})
