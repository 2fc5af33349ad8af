// ARN and console URL gaps found by the second red team (blackbox-2): S3 object keys, wildcard and
// empty account fields, later ARN parts, AWS-defined ARN segments, names in console routes.
import t from 'tap'
import { found, maskedWithRoundTrip as mask } from './blackbox-helpers.js'


t.test('the object key of an S3 ARN is scanned for every shape; prefixes and wildcards stay', async t => {
  t.equal(await mask('"arn:aws:s3:::marlin-org-audit-logs/AWSLogs/482019374655/*"'), '"arn:aws:s3:::S3_BUCKET_1/AWSLogs/ACCOUNT_ID_1/*"')
  t.equal(await mask('arn:aws:s3:::logs-bkt/elb/AWSLogs/590817263544/*'), 'arn:aws:s3:::S3_BUCKET_1/elb/AWSLogs/ACCOUNT_ID_1/*')
  t.equal(await mask('arn:aws:s3:::logs-bkt/exports/h.berger@kpmg-audit.de/*'), 'arn:aws:s3:::S3_BUCKET_1/exports/EMAIL_1/*')
  t.equal(await mask('arn:aws:s3:::logs-bkt/heapdumps/10.60.1.44/*'), 'arn:aws:s3:::S3_BUCKET_1/heapdumps/IPV4_PRIVATE_1/*')
  t.equal(await mask('arn:aws:s3:::logs-bkt/keys/AKIAIOSFODNN7EXAMPLE.txt'), 'arn:aws:s3:::S3_BUCKET_1/keys/ACCESS_KEY_ID_1.txt')
  t.equal(await mask('arn:aws:s3:::logs-bkt/AWSLogs/o-m2k9q7zx4p/*'), 'arn:aws:s3:::S3_BUCKET_1/AWSLogs/ORGANIZATION_1/*')
  t.equal(await mask('arn:aws:s3:us-east-1:123456789012:accesspoint/reports-ap/object/i-0a1b2c3d4e5f67890/x'),
    'arn:aws:s3:us-east-1:ACCOUNT_ID_1:accesspoint/RESOURCE_NAME_1/object/EC2_INSTANCE_1/x')
  // JSON-escaped slashes, and keys with nothing to hide
  t.equal(await mask('"arn:aws:s3:::logs-bkt\\/AWSLogs\\/482019374655\\/*"'), '"arn:aws:s3:::S3_BUCKET_1\\/AWSLogs\\/ACCOUNT_ID_1\\/*"')
  t.equal(await mask('arn:aws:s3:::logs-bkt/2024/05/*.parquet'), 'arn:aws:s3:::S3_BUCKET_1/2024/05/*.parquet')
  t.equal(await mask('arn:aws:s3:::logs-bkt/*'), 'arn:aws:s3:::S3_BUCKET_1/*')
  t.equal(await mask('see arn:aws:s3:::logs-bkt.'), 'see arn:aws:s3:::S3_BUCKET_1.')
})

t.test('a wildcard account is a pattern over customer ARNs', async t => {
  t.equal(await mask('arn:aws:iam::*:role/plover-breakglass'), 'arn:aws:iam::*:role/IAM_ROLE_1')
  t.equal(await mask('arn:aws:sqs:*:*:puma-ledger-events'), 'arn:aws:sqs:*:*:SQS_QUEUE_1')
  t.equal(await mask('arn:aws:lambda:*:*:function:invoice-sync'), 'arn:aws:lambda:*:*:function:LAMBDA_FUNCTION_1')
  t.equal(await mask('arn:aws:dynamodb:eu-west-1:*:table/orders-v2/index/*'), 'arn:aws:dynamodb:eu-west-1:*:table/DYNAMODB_TABLE_1/index/*')
  t.equal(await mask('"arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/eu-central-1/AWSReservedSSO_MarlinAuditor_3f9a1c7e5b2d4068"'),
    '"arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/eu-central-1/IAM_ROLE_1"')
  t.equal(await mask('arn:aws:iam::*:role/teams/ci-deployer'), 'arn:aws:iam::*:role/RESOURCE_NAME_1/IAM_ROLE_1')
  // names AWS itself gives roles in every account, and pure wildcards, stay
  for (const keep of ['arn:aws:iam::*:role/AWSControlTowerExecution', 'arn:aws:iam::*:role/OrganizationAccountAccessRole',
    'arn:aws:iam::*:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS', 'arn:aws:kms:*:*:key/*', 'arn:aws:s3:::*']) {
    t.equal(await mask(keep), keep)
  }
})

t.test('an empty account keeps AWS-owned ARNs but not the ids and accounts in them', async t => {
  t.equal(await mask('arn:aws:ec2:us-east-1::snapshot/snap-0a7c9e1b3d5f24680'), 'arn:aws:ec2:us-east-1::snapshot/EBS_SNAPSHOT_1')
  t.equal(await mask('arn:aws:ec2:eu-west-2::image/ami-0b3d5f7a9c1e24683'), 'arn:aws:ec2:eu-west-2::image/AMI_1')
  t.equal(await mask('arn:aws:ec2:*::snapshot/snap-0c4e6a8b0d2f13574'), 'arn:aws:ec2:*::snapshot/EBS_SNAPSHOT_1')
  t.equal(await mask('arn:aws:backup:eu-west-1::recovery/482019374655/x'), 'arn:aws:backup:eu-west-1::recovery/ACCOUNT_ID_1/x')
  for (const keep of ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    'arn:aws:securityhub:ca-central-1::product/aws/guardduty', 'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
    'arn:aws:ec2:us-east-1::image/ami-12']) {
    t.equal(await mask(keep), keep)
  }
})

t.test('Identity Center ARNs never carry an account: their resource parts are masked', async t => {
  t.equal(await mask('arn:aws:sso:::permissionSet/ssoins-7758a1b2c3d4e5f6/ps-3c4d5e6f7a8b9c0d'),
    'arn:aws:sso:::permissionSet/RESOURCE_NAME_1/RESOURCE_NAME_2')
  t.equal(await mask('arn:aws:sso:::instance/ssoins-7758a1b2c3d4e5f6'), 'arn:aws:sso:::instance/RESOURCE_NAME_1')
  t.equal(await mask('arn:aws:sso:::account/482019374655'), 'arn:aws:sso:::account/ACCOUNT_ID_1')
})

t.test('later parts of known ARN layouts', async t => {
  t.equal(await mask('arn:aws:kinesis:eu-west-1:348120975634:stream/ibis-clickstream-prod/consumer/ibis-sessionizer-efo:1683024041'),
    'arn:aws:kinesis:eu-west-1:ACCOUNT_ID_1:stream/KINESIS_STREAM_1/consumer/RESOURCE_NAME_1:1683024041')
  t.equal(await mask('arn:aws:kinesis:eu-west-1:348120975634:stream/clicks'), 'arn:aws:kinesis:eu-west-1:ACCOUNT_ID_1:stream/KINESIS_STREAM_1')
})

t.test('AWS-defined ARN segments stay and are not learnt', async t => {
  const stream = 'arn:aws:dynamodb:ap-south-1:527194830361:table/banyan-payouts-v3/stream/2024-03-07T08:15:22.901'
  t.equal(await mask(stream), 'arn:aws:dynamodb:ap-south-1:ACCOUNT_ID_1:table/DYNAMODB_TABLE_1/stream/2024-03-07T08:15:22.901')
  t.equal(await mask('arn:aws:dynamodb:ap-south-1:527194830361:table/payouts/index/by-merchant'),
    'arn:aws:dynamodb:ap-south-1:ACCOUNT_ID_1:table/DYNAMODB_TABLE_1/index/RESOURCE_NAME_1')
  t.equal(await mask('arn:aws:securityhub:ca-central-1:709482615370:subscription/aws-foundational-security-best-practices/v/1.0.0/S3.8/finding/e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8 S3.8 fails'),
    'arn:aws:securityhub:ca-central-1:ACCOUNT_ID_1:subscription/aws-foundational-security-best-practices/v/1.0.0/S3.8/finding/RESOURCE_NAME_1 S3.8 fails')
  t.equal(await mask('arn:aws:securityhub:ca-central-1:709482615370:security-control/IAM.3/finding/x1; IAM.3 again'),
    'arn:aws:securityhub:ca-central-1:ACCOUNT_ID_1:security-control/IAM.3/finding/RESOURCE_NAME_1; IAM.3 again')
  t.equal(await mask('arn:aws:securityhub:us-east-1:709482615370:action/custom/escalate-to-soc'),
    'arn:aws:securityhub:us-east-1:ACCOUNT_ID_1:action/custom/RESOURCE_NAME_1')
  t.equal(await mask('"OKActions": ["arn:aws:swf:us-east-1:920374615820:action/actions/AWS_EC2.InstanceId.Stop/1.0"], "Threshold": 1.0'),
    '"OKActions": ["arn:aws:swf:us-east-1:ACCOUNT_ID_1:action/actions/AWS_EC2.InstanceId.Stop/1.0"], "Threshold": 1.0')
  t.equal(await mask('arn:aws:swf:us-east-1:920374615820:/domain/order-workflows'), 'arn:aws:swf:us-east-1:ACCOUNT_ID_1:/domain/RESOURCE_NAME_1')
})

t.test('names in AWS console routes', async t => {
  t.equal(await mask('https://us-east-2.console.aws.amazon.com/rds/home?region=us-east-2#database:id=heron-ledger-pg;is-cluster=false'),
    'https://us-east-2.console.aws.amazon.com/rds/home?region=us-east-2#database:id=RDS_INSTANCE_1;is-cluster=false')
  t.equal(await mask('https://us-east-2.console.aws.amazon.com/rds/home?region=us-east-2#database:id=heron-aurora;is-cluster=true'),
    'https://us-east-2.console.aws.amazon.com/rds/home?region=us-east-2#database:id=RDS_CLUSTER_1;is-cluster=true')
  t.equal(await mask('reads: https://us-east-2.console.aws.amazon.com/secretsmanager/secret?name=heron%2Fprod%2Fapi-signing-key&region=us-east-2'),
    'reads: https://us-east-2.console.aws.amazon.com/secretsmanager/secret?name=SECRET_NAME_1&region=us-east-2')
  t.equal(await mask('https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/invoice-sync?tab=code'),
    'https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/LAMBDA_FUNCTION_1?tab=code')
  // the route before the name is not scanned, but ids in its parameters are masked
  t.equal(await mask('https://console.aws.amazon.com/rds/home?acct=123456789012&sg=sg-0a1b2c3d#database:id=ledger'),
    'https://console.aws.amazon.com/rds/home?acct=ACCOUNT_ID_1&sg=SECURITY_GROUP_1#database:id=RDS_INSTANCE_1')
  // routes with no name, other hosts with the same paths
  for (const keep of ['https://console.aws.amazon.com/rds/home#databases:', 'https://console.aws.amazon.com/secretsmanager/listsecrets?region=us-east-1',
    'https://docs.aws.amazon.com/console/securityhub/S3.8/remediation', 'https://example.com/rds/home#database:id=x',
    'https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:']) {
    t.equal(await mask(keep), keep)
  }
})

t.test('the detector reports the kinds', async t => {
  t.same(found('arn:aws:iam::*:role/x-admin'), ['iam_role:x-admin'])
  t.same(found('arn:aws:ec2:us-east-1::snapshot/snap-0a7c9e1b3d5f24680'), ['ebs_snapshot:snap-0a7c9e1b3d5f24680'])
  t.same(found('arn:aws:s3:::b-1/AWSLogs/482019374655/*'), ['s3_bucket:b-1', 'account_id:482019374655'])
})

t.test('ELB names and ids in access-log file names (app.<name>.<id> after an underscore)', async t => {
  t.equal(await mask('482019374655_elasticloadbalancing_eu-central-1_app.marlin-web-alb.50dc6c495c0c9188_20250212T0615Z_10.60.1.5_2k9xq7mz.log.gz'),
    'ACCOUNT_ID_1_elasticloadbalancing_eu-central-1_app.LOAD_BALANCER_1.LOAD_BALANCER_2_20250212T0615Z_IPV4_PRIVATE_1_2k9xq7mz.log.gz')
  t.same(found('x_net.marlin-grpc-nlb.7a2c4e6b8d0f1a3c_2025'), ['load_balancer:marlin-grpc-nlb', 'load_balancer:7a2c4e6b8d0f1a3c'])
  t.same(found('ELB app/web-alb/50dc6c495c0c9188 ok'), ['load_balancer:web-alb', 'load_balancer:50dc6c495c0c9188'], 'the path form as before')
  // not after an underscore, 17 hex digits, 15 hex digits, mixed separators: no ELB shape
  t.same(found('see app.example.0123456789abcdef here'), [])
  t.same(found('my_app.v2.0123456789abcdef0_x'), [])
  t.same(found('x_app.marlin.50dc6c495c0c918_'), [])
  t.same(found('x_app/web-alb.50dc6c495c0c9188_'), [])
})

t.test('a log group AWS creates with a fixed name stays; customer names beside it are masked', async t => {
  t.same(found('/aws/apigateway/welcome\t0'), [])
  t.same(found('"logGroupName": "/aws/apigateway/welcome"'), [])
  t.same(found('/aws/apigateway/orders-api/prod'), ['log_group:orders-api/prod'])
  t.same(found('/aws/apigateway/welcome2'), ['log_group:welcome2'])
})
