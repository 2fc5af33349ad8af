// Prose, key/value and code gaps found by the second red team (blackbox-2): names after a verb,
// in table rows and listings, CLI sub-commands and code expressions that are not names.
import t from 'tap'
import { found, maskedWithRoundTrip as mask } from './blackbox-helpers.js'


t.test('a quoted name after "is" or "was" is named by the noun before the verb', async t => {
  t.same(found('ALB is `vela-checkout-alb`, targets are up'), ['load_balancer:vela-checkout-alb'])
  t.same(found('the queue was "billing-dlq-v2" before'), ['sqs_queue:billing-dlq-v2'])
  t.same(found("the Lambda function is 'invoice-sync' now"), ['lambda_function:invoice-sync'])
  t.same(found('KMS key is 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'), ['kms_key:1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'])
  // an unquoted word after the verb is a description, not a name
  t.same(found('the bucket is pre-signed, the table is `orders`, the ALB is half-drained, the queue is v2-ready'), [])
  t.same(found('the KMS key is disabled and the role is 12-hours old'), [])
})

t.test('nouns for alarms, node groups and snapshots', async t => {
  t.same(found('Watch the CloudWatch alarm albatross-core-replica-lag and'), ['resource_name:albatross-core-replica-lag'])
  t.same(found('the managed nodegroup ng-puma-arm64 drains first'), ['resource_name:ng-puma-arm64'])
  t.same(found('node group workers-arm-2 is next'), ['resource_name:workers-arm-2'])
  t.same(found('the manual RDS snapshot puma-ledger-pre-upgrade must exist'), ['resource_name:puma-ledger-pre-upgrade'])
  t.same(found('the EBS snapshot snap-0c4e6a8b0d2f13574 is done'), ['ebs_snapshot:snap-0c4e6a8b0d2f13574'])
  t.same(found('the alarm fires, the snapshot completed, a nodegroup upgrade'), [])
})

t.test('a markdown table row names its resource after the noun cell', async t => {
  t.same(found('| bucket | gull-originals-prod | private, SSE-KMS |'), ['s3_bucket:gull-originals-prod'])
  t.same(found('| function | gull-resize-worker | arm64, 1024 MB |'), ['lambda_function:gull-resize-worker'])
  t.equal(await mask('| table | gull-resize-jobs | TTL |'), '| table | DYNAMODB_TABLE_1 | TTL |')
  t.same(found('| Bucket | Region | Notes |\n| bucket | us-east-1 | 1.2.3 |'), [])
})

t.test('no name in a CLI sub-command or an API operation', async t => {
  t.same(found('aws rds describe-db-clusters --db-cluster-identifier x-1'), ['rds_cluster:x-1'])
  t.same(found('$ aws lambda update-function-code --zip-file fileb://a.zip'), [])
  t.same(found('aws rds failover-global-cluster --allow-data-loss'), [])
  t.same(found('operation error Lambda: CreateFunction, https response error'), [])
  t.same(found('operation error S3: GetBucketPolicy'), [])
  // the same words outside a command still name things
  t.same(found('the Lambda: invoice-sync-2 and the prod-db-master'), ['lambda_function:invoice-sync-2', 'rds_instance:prod-db-master'])
  t.same(found('laws lambda sync-lambda-fn'), ['lambda_function:sync-lambda-fn'])
  t.same(found('aws lambda function my-fn-1 is slow'), ['lambda_function:my-fn-1'])
})

t.test('a Terraform block label is not a resource name', async t => {
  t.same(found('resource "aws_security_group_rule" "db_from_lambda" {'), [])
  t.same(found('  on rds.tf line 88, in resource "aws_security_group_rule" "db_from_lambda":'), [])
  t.same(found('module "orders_db_1" {\ndata "aws_db_instance" "prod_db_1" {}'), [])
  t.same(found('identifier = "orders-db-1"'), ['rds_instance:orders-db-1'])
  t.same(found('see "orders-db-1" and prod_db_1'), ['rds_instance:orders-db-1', 'rds_instance:prod_db_1'])
})

t.test('a parenthesis holding a package and its version holds no name', async t => {
  t.same(found('And the CDK stack (aws-cdk-lib 2.177.0):'), [])
  t.same(found('the stack (aws-cdk-lib 12.1.0) and the bucket `left-pad 1.3.0`'), [])
  t.same(found('the buckets (logs-a1, logs-b2) and the bucket (logs-c3 holds trails)'), ['s3_bucket:logs-a1', 's3_bucket:logs-b2', 's3_bucket:logs-c3'])
  t.same(found('buckets "logs-a1, logs-b2" here; EKS cluster puma-prod 1.29'), ['s3_bucket:logs-a1', 's3_bucket:logs-b2', 'eks_cluster:puma-prod'])
  t.same(found('the stack (pika-notify-prod) and the bucket "aws-sdk 2.1.0"'), ['cloudformation_stack:pika-notify-prod'])
  t.same(found('bucket `app-assets-1` is public'), ['s3_bucket:app-assets-1'])
})

t.test('a prose list never crosses the end of a JSON string', async t => {
  const line = '{"msg":"Noncompliant: no logging for bucket condor-imgs","orderingTimestamp":"2025-02-10T09:20:00.000Z"}'
  t.same(found(line), ['s3_bucket:condor-imgs'])
  t.same(found('{"m":"buckets a-b1, c-d2","nextKey":"x"}'), ['s3_bucket:a-b1', 's3_bucket:c-d2'])
  t.same(found('buckets a-b1, c-d2 and e-f3'), ['s3_bucket:a-b1', 's3_bucket:c-d2', 's3_bucket:e-f3'])
  // S3 bucket names are never mixed case: a logical id or a key
  t.same(found('the bucket MyBucket and the bucket "OrdersBucket"'), [])
  t.same(found('the queue MyQueue'), ['sqs_queue:MyQueue'])
})

t.test('code is not a name: constants, variables, subscripts, calls, members', async t => {
  t.same(found('s3.upload_file(path, Bucket=BUCKET, Key=key)'), [])
  t.same(found('obj = s3.get_object(Bucket=bucket, Key=key)'), [])
  t.same(found('s3.put_object(Bucket=os.environ["OUT_BUCKET"], Key=f"thumbs/{key}")'), [])
  t.same(found('        bucket = record["s3"]["bucket"]["name"]'), [])
  t.same(found('Bucket=record["s3"]["bucket"]["name"]'), [])
  t.same(found('client.get_item(TableName=table_name, Key=k)'), [])
  t.same(found('environment: { TABLE_NAME: jobs.tableName, OUT_BUCKET: thumbs.bucketName },'), [])
  t.same(found("  role: iam.Role.fromRoleArn(this, 'Exec', 'arn:aws:iam::318406729155:role/gull-resize-exec')"),
    ['account_id:318406729155', 'iam_role:gull-resize-exec'])
  // learnt code would be replaced everywhere: the word "bucket" stays in prose
  t.equal(await mask('s3.get_object(Bucket=bucket, Key=key)\n| bucket | gull-originals-prod |\nthe bucket policy'),
    's3.get_object(Bucket=bucket, Key=key)\n| bucket | S3_BUCKET_1 |\nthe bucket policy')
  // literal names in the same places are still names
  t.same(found("s3.get_object(Bucket='gull-thumbs-prod', Key=key)"), ['s3_bucket:gull-thumbs-prod'])
  t.same(found('--bucket my-bucket-1 --table-name orders-v2 TABLE_NAME: orders.v2'), ['s3_bucket:my-bucket-1', 'dynamodb_table:orders-v2', 'dynamodb_table:orders.v2'])
  t.same(found('Bucket=gull-originals-prod, Key=key'), ['s3_bucket:gull-originals-prod'])
  t.same(found('"Bucket": "BUCKET_ONE"'), ['s3_bucket:BUCKET_ONE'])
  t.same(found('FunctionName: ORDERS_SYNC\nBUCKET=LOGS_BKT'), ['lambda_function:ORDERS_SYNC', 's3_bucket:LOGS_BKT'])
})

t.test('Kubernetes system namespaces and code spans', async t => {
  t.same(found('`namespace: default` in the k8s manifest is fine; cluster: kube-system add-ons untouched'), [])
  t.same(found('namespace: kube-public\nnamespace: puma-ledger'), ['resource_name:puma-ledger'])
  t.same(found('`namespace: puma-ledger` here'), ['resource_name:puma-ledger'])
  t.same(found('`BucketName: gull-thumbs-prod`.'), ['s3_bucket:gull-thumbs-prod'])
  t.same(found('the EKS cluster puma-prod-euw2 and cluster kube-node-lease'), ['eks_cluster:puma-prod-euw2'])
})

t.test('logfmt name="x" is not the HCL name attribute', async t => {
  t.same(found('level=info msg="added" plugin type="aws-cni" name="aws-cni"'), [])
  t.same(found('name = "orders-api-1"\nname  = "orders-api-2"'), ['resource_name:orders-api-1', 'resource_name:orders-api-2'])
  t.same(found('--name orders-api-3'), ['resource_name:orders-api-3'])
})

t.test('a CLI flag named by its last words', async t => {
  t.same(found('--sse aws:kms --sse-kms-key-id alias/mesa-finance'), ['resource_name:alias/mesa-finance'])
  t.same(found('--sse-kms-key-id 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'), ['kms_key:1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'])
  t.same(found('--target-bucket-name logs-bkt-1 --source-db-instance-identifier prod-pg-1'), ['s3_bucket:logs-bkt-1', 'rds_instance:prod-pg-1'])
  t.same(found('--sse-kms-key-id alias/aws/s3 --sse aws:kms --public-key x1-y --output-key a-b'), [])
})

t.test('serverless lists its deployed functions under "functions:"', async t => {
  const listing = 'endpoints:\n  GET - https://example.com/prod/health\nfunctions:\n  lineWebhook: pika-notify-prod-lineWebhook (4.2 MB)\n' +
    '  fanout: pika-notify-prod-fanout (4.2 MB)\n  health: pika-notify-prod-health\n\nNeed a faster logging experience?'
  t.same(found(listing), ['lambda_function:pika-notify-prod-lineWebhook', 'lambda_function:pika-notify-prod-fanout', 'lambda_function:pika-notify-prod-health'])
  t.same(found('functions:\r\n  a: svc-dev-a\r\n  b: svc-dev-b\r\n'), ['lambda_function:svc-dev-a', 'lambda_function:svc-dev-b'])
  // serverless.yml defines functions, it does not list deployed names; prose and code keep theirs
  t.same(found('functions:\n  hello:\n    handler: handler.hello\n    role: arn:aws:iam::123456789012:role/svc-role-1'),
    ['account_id:123456789012', 'iam_role:svc-role-1'])
  t.same(found('functions:\n  - hello\nfunctions: 3\nthe functions: a, b'), [])
  t.same(found('functions:\n  a: ${self:service}-a\n  b: handler.b (x)'), [])
})

t.test('Terraform progress lines: the id of a resource named by its type', async t => {
  t.same(found('aws_db_subnet_group.main: Refreshing state... [id=nimbus-pg-subnets]'), ['resource_name:nimbus-pg-subnets'])
  t.same(found('module.db.aws_db_instance.this[0]: Modifying... [id=orders-pg-1]'), ['rds_instance:orders-pg-1'])
  t.same(found('aws_s3_bucket.exports: Still destroying... [id=nimbus-orders-exports-prod, 10s elapsed]'), ['s3_bucket:nimbus-orders-exports-prod'])
  t.same(found('aws_iam_role.lambda_exec: Refreshing state... [id=nimbus-orders-lambda-exec]'), ['iam_role:nimbus-orders-lambda-exec'])
  t.same(found('module.vpc.aws_vpc.this[0]: Refreshing state... [id=vpc-0c8e2a4f6b1d39570]'), ['vpc:vpc-0c8e2a4f6b1d39570'])
  t.same(found('aws_cloudwatch_log_group.app: Refreshing state... [id=/aws/lambda/orders-fn]'), ['lambda_function:orders-fn'])
  // ids that are no names, and `[id=` outside a Terraform line
  t.same(found('aws_route53_zone.main: Refreshing state... [id=main]\naws_x.y: Creation complete after 2s [id=2025-02-06]'), [])
  t.same(found('link [id=orders-pg-1] and x[id=a-b-1]'), [])
})

t.test('AccessDenied names a bare resource after "on resource:"', async t => {
  const denied = (action: string, resource: string): string =>
    `User: arn:aws:sts::806214937152:assumed-role/app-exec/s1 is not authorized to perform: ${action} on resource: ${resource}`
  t.same(found(denied('secretsmanager:GetSecretValue', 'vela/prod/checkout/stripe')).slice(-1), ['secret_name:vela/prod/checkout/stripe'])
  t.same(found(denied('ssm:GetParameter', '/prod/app/db-url.')).slice(-1), ['ssm_parameter:/prod/app/db-url'])
  t.same(found(denied('states:StartExecution', 'nightly-job-1`')).slice(-1), ['resource_name:nightly-job-1'])
  // an ARN is the ARN handler's; plain words are no names
  t.same(found(denied('s3:GetObject', 'arn:aws:s3:::gull-originals-prod/x')).slice(-1), ['s3_bucket:gull-originals-prod'])
  t.notOk(found(denied('kms:Decrypt', 'because of')).some(m => m.includes('because')), 'a word is no name')
  t.same(found('deployed on resource: orders-api-1'), [])
})

t.test('CDK imports by name: the third argument', async t => {
  t.same(found("const originals = s3.Bucket.fromBucketName(this, 'Originals', 'gull-originals-prod')"), ['s3_bucket:gull-originals-prod'])
  t.same(found('iam.Role.fromRoleName(this, "Exec", "gull-resize-exec")'), ['iam_role:gull-resize-exec'])
  t.same(found("sm.Secret.fromSecretNameV2(this, 'S', 'gull/prod/api-key')"), ['secret_name:gull/prod/api-key'])
  t.same(found("ssm.StringParameter.fromStringParameterName(this, 'P', '/gull/prod/url')"), ['ssm_parameter:/gull/prod/url'])
  // a variable, an ARN import, another method: nothing or the ARN handler's
  t.same(found("s3.Bucket.fromBucketName(this, 'Originals', bucketName)\nfromObject(this, 'a', 'b-c-1')\nfromBucketName(this)"), [])
  t.same(found("s3.Bucket.fromBucketArn(this, 'B', 'arn:aws:s3:::gull-a-1')"), ['s3_bucket:gull-a-1'])
})

t.test('a name/value pair named by a resource field (CloudWatch dimensions, env lists) in flat text', async t => {
  t.same(found('"Dimensions": [{ "Name": "DBInstanceIdentifier", "Value": "wren-orders-pg-writer" }],'), ['rds_instance:wren-orders-pg-writer'])
  t.same(found('{"Name": "FunctionName", "Value": "order-router"}, {"Name": "InstanceId", "Value": "i-0b4d6f8a1c3e52790"}'),
    ['lambda_function:order-router', 'ec2_instance:i-0b4d6f8a1c3e52790'])
  t.same(found('env:\n  - name: TABLE_NAME\n    value: orders-v2\n  - name: LOG_LEVEL\n    value: debug'), ['dynamodb_table:orders-v2'])
  // dimensions that name no resource, and tags, keep their values
  t.same(found('{"Name": "Stage", "Value": "prod"}, {"Name": "Region", "Value": "eu-west-1"}'), [])
  t.same(found('{"Key": "team", "Value": "payments"}'), [])
  t.same(found('{"name": "DB_PASSWORD", "value": "hunter2hunter2"}'), ['connection_secret:hunter2hunter2'])
})

t.test('a CloudFormation physical id is named by its resource type', async t => {
  t.same(found('{"StackName": "pelican-api-prod", "PhysicalResourceId": "pelican-api-handler-v2", "ResourceType": "AWS::Lambda::Function"}'),
    ['cloudformation_stack:pelican-api-prod', 'lambda_function:pelican-api-handler-v2'])
  t.same(found('{"ResourceType": "AWS::S3::Bucket", "PhysicalResourceId": "pelican-assets-1"}, {"PhysicalResourceId": "pelican-x-2"}'),
    ['s3_bucket:pelican-assets-1', 'resource_name:pelican-x-2'])
  t.same(found('PhysicalResourceId: pelican-x-1\nPhysicalResourceId: sg-0a2c4e6b8d1f35790'), ['resource_name:pelican-x-1', 'security_group:sg-0a2c4e6b8d1f35790'])
  // empty, generated-looking words and ARNs are not names here
  t.same(found('{"PhysicalResourceId": "", "ResourceType": "AWS::IAM::Role"} {"PhysicalResourceId": "none"}'), [])
  t.same(found('"PhysicalResourceId": "arn:aws:iam::aws:policy/ReadOnlyAccess"'), [])
})
