// Every kind of the spec: real-shaped positives (exact span and kind) and look-alike negatives.
import t, { type Test } from 'tap'
import { detect } from '../../../services/masking/detector.js'
import type { DetectContext } from '../../../services/masking/types.js'

function expectDetect (tt: Test, text: string, want: Array<[string, string]>, keep: string[] = [], context?: DetectContext): void {
  const matches = detect(text, context)
  let prev = 0
  for (const m of matches) {
    tt.ok(m.start >= prev && m.end > m.start && m.end <= text.length, 'sorted, non-overlapping, in bounds')
    prev = m.end
  }
  const got = matches.map(m => `${text.slice(m.start, m.end)} => ${m.kind}`)
  for (const [value, kind] of want) tt.ok(got.includes(`${value} => ${kind}`), `${value} is ${kind}`, { got, text })
  let out = ''
  let pos = 0
  for (const m of matches) { out += text.slice(pos, m.start) + '«»'; pos = m.end }
  out += text.slice(pos)
  for (const k of keep) tt.ok(out.includes(k), `keeps ${k}`, { out })
}

const CASES: Array<[string, string, Array<[string, string]>, string[]?]> = [
  ['account ids', 'Owner 123456789012, "OwnerId": "210987654321", account:111122223333 or 1111-2222-3333',
    [['123456789012', 'account_id'], ['210987654321', 'account_id'], ['111122223333', 'account_id'], ['1111-2222-3333', 'account_id']]],
  ['account look-alikes', 'ms 1714567890123 big 1234567890123 0.123456789012 uuid 12345678-1234-1234-1234-123456789012 phone 555-123-4567',
    [], ['1714567890123', '1234567890123', '0.123456789012', '12345678-1234-1234-1234-123456789012']],
  ['access key ids', 'AKIAIOSFODNN7EXAMPLE ASIAY34FZKBOKMUTVV7A AROA3XFRBF535PLBIFPI4 AIDAJQABLZS4A3QDU576Q',
    [['AKIAIOSFODNN7EXAMPLE', 'access_key_id'], ['ASIAY34FZKBOKMUTVV7A', 'access_key_id'], ['AROA3XFRBF535PLBIFPI4', 'access_key_id'], ['AIDAJQABLZS4A3QDU576Q', 'access_key_id']]],
  ['access key look-alikes', 'AKIA is a prefix, AKIAIOSFODNN7 is short, XAKIAIOSFODNN7EXAMPLE is glued', [], ['AKIAIOSFODNN7', 'XAKIAIOSFODNN7EXAMPLE']],
  ['secret keys by keyword', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n"SecretAccessKey": "Ab1cdEfGh2IjklMnoP3qrStUv4WxyZ0123456789"',
    [['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'secret_access_key'], ['je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'secret_access_key'], ['Ab1cdEfGh2IjklMnoP3qrStUv4WxyZ0123456789', 'secret_access_key']]],
  ['bare secret key', 'key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here', [['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'secret_access_key']]],
  ['secret key look-alikes', 'commit 3f786850e387550fdab836ed7e6dc881de23001b and 3F786850E387550FDAB836ED7E6DC881DE23001B and abcdefghijabcdefghijabcdefghijabcdefghij and a base64 run wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYwJalrXUtnFEMI',
    [], ['3f786850e387550fdab836ed7e6dc881de23001b', '3F786850E387550FDAB836ED7E6DC881DE23001B', 'abcdefghijabcdefghijabcdefghijabcdefghij', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYwJalrXUtnFEMI']],
  ['session tokens', 'aws_session_token = IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ==\nX-Amz-Security-Token=FwoGZXIvYXdzEBaDOEXAMPLE%2Fabc&X-Amz-Date=20240501\n"SessionToken": "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI"',
    [['IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ==', 'session_token'], ['FwoGZXIvYXdzEBaDOEXAMPLE%2Fabc', 'session_token'],
      ['AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI', 'session_token']], ['X-Amz-Date=20240501']],
  ['bare session token prefix', 'token FwoGZXIvYXdzEBaDOEXAMPLE in a log', [['FwoGZXIvYXdzEBaDOEXAMPLE', 'session_token']]],
  ['emails', 'contact jane.doe@acme-corp.com or ops+alerts@example.co.uk.', [['jane.doe@acme-corp.com', 'email'], ['ops+alerts@example.co.uk', 'email']]],
  ['email look-alikes', 'npm i pkg@1.2.3 and @types/node and @app.route', [], ['pkg@1.2.3', '@types/node', '@app.route']],
  ['private keys', 'key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nabc+/=\n-----END RSA PRIVATE KEY-----\nafter',
    [['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nabc+/=\n-----END RSA PRIVATE KEY-----', 'private_key']], ['after']],
  ['escaped private key', '"k": "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXk\\n-----END OPENSSH PRIVATE KEY-----\\n"',
    [['-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXk\\n-----END OPENSSH PRIVATE KEY-----', 'private_key']]],
  ['public key stays', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----', [], ['MIIBIjANBg']],
  ['connection strings', 'postgres://app:S3cr3t!@db.internal:5432/app mysql://root:pa55@10.0.3.4/db redis://:tok3n@cache.acme.local:6379',
    [['S3cr3t!', 'connection_secret'], ['db.internal', 'hostname'], ['pa55', 'connection_secret'], ['10.0.3.4', 'ipv4_private'], ['tok3n', 'connection_secret'], ['cache.acme.local', 'hostname']], ['postgres://app:', ':5432/app']],
  ['password fields', 'DB_PASSWORD=hunter2\n"MasterUserPassword": "Sup3r-Secret"\npassword: ${DB_PASSWORD}',
    [['hunter2', 'connection_secret'], ['Sup3r-Secret', 'connection_secret']], ['${DB_PASSWORD}']],
  ['api keys', 'ANTHROPIC_API_KEY=sk-ant-api03-abcDEF123456 Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abc',
    [['sk-ant-api03-abcDEF123456', 'api_key'], ['eyJhbGciOiJIUzI1NiJ9abc', 'api_key']]]
]

const IDS: Array<[string, string]> = [
  ['i-0a1b2c3d4e5f67890', 'ec2_instance'], ['i-12345678', 'ec2_instance'], ['ami-0abcdef1234567890', 'ami'],
  ['vol-0123456789abcdef0', 'ebs_volume'], ['snap-0123456789abcdef0', 'ebs_snapshot'], ['sg-12345678', 'security_group'],
  ['subnet-0f9e8d7c6b5a43210', 'subnet'], ['vpc-12345678', 'vpc'], ['igw-0123456789abcdef0', 'internet_gateway'],
  ['eigw-0123456789abcdef0', 'egress_only_internet_gateway'], ['nat-0123456789abcdef0', 'nat_gateway'],
  ['eni-0123456789abcdef0', 'network_interface'], ['rtb-0123456789abcdef0', 'route_table'], ['acl-12345678', 'network_acl'],
  ['pcx-0123456789abcdef0', 'vpc_peering'], ['dopt-12345678', 'dhcp_options'], ['tgw-0123456789abcdef0', 'transit_gateway'],
  ['tgw-attach-0123456789abcdef0', 'transit_gateway_attachment'], ['tgw-rtb-0123456789abcdef0', 'transit_gateway_route_table'],
  ['vpce-0123456789abcdef0', 'vpc_endpoint'], ['vpce-svc-0123456789abcdef0', 'vpc_endpoint_service'],
  ['cgw-0123456789abcdef0', 'customer_gateway'], ['vgw-12345678', 'vpn_gateway'], ['vpn-0123456789abcdef0', 'vpn_connection'],
  ['eipalloc-0123456789abcdef0', 'elastic_ip_allocation'], ['eipassoc-0123456789abcdef0', 'elastic_ip_association'],
  ['lt-0123456789abcdef0', 'launch_template'], ['r-0123456789abcdef0', 'reservation'], ['sir-08b93456', 'spot_request'],
  ['fs-0123456789abcdef0', 'efs_file_system'], ['fsap-0123456789abcdef0', 'efs_access_point'], ['pl-12345678', 'prefix_list'],
  ['key-0123456789abcdef0', 'key_pair'], ['h-0123456789abcdef0', 'dedicated_host'], ['cr-0123456789abcdef0', 'capacity_reservation'],
  ['fleet-12345678-1234-1234-1234-123456789012', 'ec2_fleet'], ['db-ABCDEFGHIJKLMNOPQRSTUVWXY2', 'rds_resource_id'],
  ['Z1D633PJN98FT9', 'hosted_zone'], ['EDFDVBD6EXAMPLE', 'cloudfront_distribution'], ['o-a1b2c3d4e5', 'organization'],
  ['ou-ab12-cdef3456', 'organizational_unit'], ['r-ab12', 'organization_root'], ['us-east-1_AbCdEfGhI', 'cognito_user_pool'],
  ['mrk-1234abcd12ab34cd56ef1234567890ab', 'kms_key']
]

t.test('identity, credentials and secrets', async tt => {
  for (const [name, text, want, keep] of CASES) tt.test(name, async t2 => expectDetect(t2, text, want, keep))
})

t.test('resource ids: exact span in prose, JSON and after escapes', async tt => {
  for (const [id, kind] of IDS) {
    expectDetect(tt, `see ${id}, then`, [[id, kind]])
    expectDetect(tt, `{"Id":"${id}"}`, [[id, kind]])
    expectDetect(tt, `"line\\n${id}\\tend"`, [[id, kind]])
  }
})

t.test('resource id look-alikes stay', async tt => {
  expectDetect(tt, 'sg-1 i-123 i-0123456789 vol-XYZ12345 multi-az i-0123456789abcdef0x sg-1234567g', [],
    ['sg-1', 'i-123', 'i-0123456789', 'vol-XYZ12345', 'multi-az', 'i-0123456789abcdef0x', 'sg-1234567g'])
  const text = 'i-0123456789abcdef0123'
  tt.same(detect(text), [], 'a 17-digit id is never cut out of a longer run')
})

t.test('IPv4 and IPv6', async tt => {
  expectDetect(tt, 'from 10.0.1.23 172.16.4.5 192.168.1.100 100.64.0.9 to 54.239.28.85 203.0.113.25',
    [['10.0.1.23', 'ipv4_private'], ['172.16.4.5', 'ipv4_private'], ['192.168.1.100', 'ipv4_private'], ['100.64.0.9', 'ipv4_private'],
      ['54.239.28.85', 'ipv4_public'], ['203.0.113.25', 'ipv4_public']])
  expectDetect(tt, 'cidr 10.0.0.0/16 and 172.31.0.0/20', [['10.0.0.0', 'ipv4_private'], ['172.31.0.0', 'ipv4_private']], ['/16', '/20'])
  expectDetect(tt, 'v6 2001:db8::8a2e:370:7334 fd12:3456:789a::1 2600:1f18:abcd:1200:0:0:0:1/64',
    [['2001:db8::8a2e:370:7334', 'ipv6'], ['fd12:3456:789a::1', 'ipv6'], ['2600:1f18:abcd:1200:0:0:0:1', 'ipv6']], ['/64'])
  expectDetect(tt, 'keep 0.0.0.0/0 ::/0 0.0.0.0 127.0.0.1 ::1 169.254.169.254 255.255.255.255 255.255.255.0 224.0.0.251 fe80::1 ff02::1 999.1.1.1 1.2.3.4.5 10:30:45 00:1a:2b:3c:4d:5e',
    [], ['0.0.0.0/0', '::/0', '127.0.0.1', '::1', '169.254.169.254', '255.255.255.255', '255.255.255.0', '224.0.0.251', 'fe80::1', 'ff02::1', '999.1.1.1', '1.2.3.4.5', '10:30:45', '00:1a:2b:3c:4d:5e'])
  expectDetect(tt, 'versions 3.9.0.1 1.2.3 v20.11.1 version 10.2.0.15', [], ['3.9.0.1', '1.2.3', 'v20.11.1', '10.2.0.15'])
})

t.test('ARNs keep partition, service, region and type readable', async tt => {
  expectDetect(tt, 'arn:aws:iam::123456789012:role/prod-deployer', [['123456789012', 'account_id'], ['prod-deployer', 'iam_role']], ['arn:aws:iam::', ':role/'])
  expectDetect(tt, 'arn:aws:iam::123456789012:role/service-role/my-lambda-role', [['my-lambda-role', 'iam_role']], ['service-role/'])
  expectDetect(tt, 'arn:aws:iam::aws:policy/AdministratorAccess and arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', [],
    ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'])
  expectDetect(tt, 'arn:aws:s3:::acme-payroll-exports/2024/*', [['acme-payroll-exports', 's3_bucket']], ['/2024/*'])
  expectDetect(tt, 'arn:aws-cn:lambda:cn-north-1:123456789012:function:invoice-sync:$LATEST',
    [['invoice-sync', 'lambda_function']], ['arn:aws-cn:lambda:cn-north-1:', ':$LATEST'])
  expectDetect(tt, 'arn:aws-us-gov:ec2:us-gov-west-1:123456789012:instance/i-0a1b2c3d4e5f67890', [['i-0a1b2c3d4e5f67890', 'ec2_instance']])
  expectDetect(tt, 'arn:aws:sqs:us-east-1:123456789012:billing-dlq', [['billing-dlq', 'sqs_queue']])
  expectDetect(tt, 'arn:aws:sns:us-east-1:123456789012:alerts-topic', [['alerts-topic', 'sns_topic']])
  expectDetect(tt, 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders-v2/stream/2024-05-01T00:00:00.000', [['orders-v2', 'dynamodb_table']])
  expectDetect(tt, 'arn:aws:rds:us-east-1:123456789012:db:prod-db-master', [['prod-db-master', 'rds_instance']])
  expectDetect(tt, 'arn:aws:rds:us-east-1:123456789012:cluster:aurora-main', [['aurora-main', 'rds_cluster']])
  expectDetect(tt, 'arn:aws:eks:us-east-1:123456789012:cluster/payments-eks', [['payments-eks', 'eks_cluster']])
  expectDetect(tt, 'arn:aws:ecs:us-east-1:123456789012:service/prod-cluster/web-svc', [['prod-cluster', 'ecs_cluster'], ['web-svc', 'ecs_service']])
  expectDetect(tt, 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/73e2d6bc24d8a067', [['web-tg', 'resource_name'], ['73e2d6bc24d8a067', 'target_group']])
  expectDetect(tt, 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188', [['my-alb', 'load_balancer']], ['loadbalancer/app/'])
  expectDetect(tt, 'arn:aws:cloudformation:us-east-1:123456789012:stack/prod-network/1a2b3c4d-1234-1234-1234-123456789012', [['prod-network', 'cloudformation_stack']])
  expectDetect(tt, 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/invoice-sync:*', [['invoice-sync', 'lambda_function']], ['log-group:/aws/lambda/'])
  expectDetect(tt, 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db/creds-AbCdEf', [['prod/db/creds-AbCdEf', 'secret_name']])
  expectDetect(tt, 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/app/db-url', [['prod/app/db-url', 'ssm_parameter']])
  expectDetect(tt, 'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64', [], ['parameter/aws/service/ami-amazon-linux-latest'])
  expectDetect(tt, 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', [['1234abcd-12ab-34cd-56ef-1234567890ab', 'kms_key']])
  expectDetect(tt, 'arn:aws:ecr:us-east-1:123456789012:repository/team/api', [['team/api', 'ecr_repository']])
  expectDetect(tt, 'arn:aws:route53:::hostedzone/Z1D633PJN98FT9', [['Z1D633PJN98FT9', 'hosted_zone']])
  expectDetect(tt, 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/items', [['a1b2c3d4e5', 'api_gateway']])
  expectDetect(tt, 'arn:aws:sts::123456789012:assumed-role/ci-deployer/session-42', [['ci-deployer', 'iam_role'], ['session-42', 'resource_name']])
  expectDetect(tt, 'Resource: arn:aws:iam::123456789012:user/alice.', [['alice', 'iam_user']], ['user/«».'])
  expectDetect(tt, '"arn:aws:iam::123456789012:role\\/escaped-role"', [['escaped-role', 'iam_role']])
})

t.test('AWS hostnames keep the AWS suffix readable', async tt => {
  expectDetect(tt, 'ec2-203-0-113-25.compute-1.amazonaws.com', [['203-0-113-25', 'ipv4_public']], ['ec2-', '.compute-1.amazonaws.com'])
  expectDetect(tt, 'ip-10-0-1-23.ec2.internal and ip-10-0-1-24.eu-west-1.compute.internal', [['10-0-1-23', 'ipv4_private'], ['10-0-1-24', 'ipv4_private']], ['.eu-west-1.compute.internal'])
  expectDetect(tt, 'prod-db.abc123xyz.us-east-1.rds.amazonaws.com:5432', [['prod-db', 'rds_instance'], ['abc123xyz', 'aws_hostname']], ['.us-east-1.rds.amazonaws.com:5432'])
  expectDetect(tt, 'prod-app-cluster.cluster-abc123.us-east-1.rds.amazonaws.com', [['prod-app-cluster', 'rds_cluster']])
  expectDetect(tt, 'prod-cache.abc123.0001.use1.cache.amazonaws.com', [['prod-cache', 'elasticache_cluster']], ['.cache.amazonaws.com'])
  expectDetect(tt, 'my-alb-1234567890.us-east-1.elb.amazonaws.com', [['my-alb-1234567890', 'load_balancer']])
  expectDetect(tt, 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod', [['a1b2c3d4e5', 'api_gateway']], ['https://', '/prod'])
  expectDetect(tt, 'https://d111111abcdef8.cloudfront.net/x.png', [['d111111abcdef8', 'aws_hostname']], ['.cloudfront.net/x.png'])
  expectDetect(tt, 'https://abcdefghij.lambda-url.us-east-1.on.aws/', [['abcdefghij', 'aws_hostname']])
  expectDetect(tt, 'https://ABCDEF0123456789.gr7.us-east-1.eks.amazonaws.com', [['ABCDEF0123456789', 'aws_hostname']])
  expectDetect(tt, 'https://acme-payroll.s3.us-east-1.amazonaws.com/a.csv and my.dotted.bucket.s3.amazonaws.com', [['acme-payroll', 's3_bucket'], ['my.dotted.bucket', 's3_bucket']])
  expectDetect(tt, 'https://s3.us-east-1.amazonaws.com/acme-payroll/a.csv', [['acme-payroll', 's3_bucket']])
  expectDetect(tt, '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api:v1.2.3', [['123456789012', 'account_id'], ['team/api', 'ecr_repository']], [':v1.2.3'])
  expectDetect(tt, 'https://sqs.us-east-1.amazonaws.com/123456789012/MyQueue', [['123456789012', 'account_id'], ['MyQueue', 'sqs_queue']])
  expectDetect(tt, 'fs-0123456789abcdef0.efs.us-east-1.amazonaws.com', [['fs-0123456789abcdef0', 'efs_file_system']])
  expectDetect(tt, 'endpoints s3.amazonaws.com sts.us-east-1.amazonaws.com https://docs.aws.amazon.com/x https://github.com/a/b', [],
    ['s3.amazonaws.com', 'sts.us-east-1.amazonaws.com', 'https://docs.aws.amazon.com/x', 'https://github.com/a/b'])
  expectDetect(tt, 's3://acme-payroll-exports/2024/05/data.parquet', [['acme-payroll-exports', 's3_bucket']], ['/2024/05/data.parquet'])
})

t.test('customer names from fields', async tt => {
  expectDetect(tt, '{"BucketName": "acme-x", "DBInstanceIdentifier": "prod-db", "FunctionName": "invoice-sync", "TableName": "orders", "QueueName": "jobs", "RoleName": "ci", "StackName": "net", "LogGroupName": "app-logs", "RepositoryName": "api", "CacheClusterId": "redis-1", "SecretId": "prod/db", "KeyName": "ops-key", "LoadBalancerName": "web", "TopicName": "alerts", "UserName": "bob", "DBClusterIdentifier": "aurora-1", "ReplicationGroupId": "rg-1", "TargetGroupName": "tg-web"}',
    [['acme-x', 's3_bucket'], ['prod-db', 'rds_instance'], ['invoice-sync', 'lambda_function'], ['orders', 'dynamodb_table'], ['jobs', 'sqs_queue'],
      ['ci', 'iam_role'], ['net', 'cloudformation_stack'], ['app-logs', 'log_group'], ['api', 'ecr_repository'], ['redis-1', 'elasticache_cluster'],
      ['prod/db', 'secret_name'], ['ops-key', 'resource_name'], ['web', 'load_balancer'], ['alerts', 'sns_topic'], ['bob', 'iam_user'],
      ['aurora-1', 'rds_cluster'], ['rg-1', 'elasticache_cluster'], ['tg-web', 'resource_name']])
  expectDetect(tt, 'BucketName: acme-yaml\nbucket = "tf-bucket"\nfunction_name = "tf-fn"\nidentifier = "tf-db"\n--function-name cli-fn --bucket cli-bucket',
    [['acme-yaml', 's3_bucket'], ['tf-bucket', 's3_bucket'], ['tf-fn', 'lambda_function'], ['tf-db', 'rds_instance'], ['cli-fn', 'lambda_function'], ['cli-bucket', 's3_bucket']])
  expectDetect(tt, '{\\"BucketName\\": \\"escaped-bucket\\"}', [['escaped-bucket', 's3_bucket']])
  expectDetect(tt, '"Tags": [{"Key": "Name", "Value": "web-prod-1"}, {"Key": "Env", "Value": "prod"}] Key=Name,Value=bastion tags = { Name = "tf-web" }',
    [['web-prod-1', 'resource_name'], ['bastion', 'resource_name'], ['tf-web', 'resource_name']], ['"Value": "prod"'])
  expectDetect(tt, '{"KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "RequestId": "5f0c2a7e-1b2c-4d3e-8f9a-0b1c2d3e4f5a"}',
    [['1234abcd-12ab-34cd-56ef-1234567890ab', 'kms_key']], ['5f0c2a7e-1b2c-4d3e-8f9a-0b1c2d3e4f5a'])
  expectDetect(tt, '{"role": "user", "content": "hi", "name": "get_weather", "type": "function", "State": {"Name": "running"}}', [],
    ['"role": "user"', '"name": "get_weather"', '"type": "function"', '"Name": "running"'])
  expectDetect(tt, '{"Bucket": "arn:aws:s3:::arn-bucket"}', [['arn-bucket', 's3_bucket']], ['arn:aws:s3:::'])
  expectDetect(tt, '"logGroup": "/aws/lambda/from-field"', [['from-field', 'lambda_function']])
})

t.test('context.field and context.tagKey make the whole string a name', async tt => {
  expectDetect(tt, 'acme', [['acme', 's3_bucket']], [], { field: 'BucketName' })
  expectDetect(tt, 'not a name, a sentence', [], ['not a name'], { field: 'BucketName' })
  expectDetect(tt, 'Web Server', [['Web Server', 'resource_name']], [], { field: 'Value', tagKey: 'Name' })
  expectDetect(tt, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', [['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'secret_access_key']], [], { field: 'SecretAccessKey' })
  expectDetect(tt, 'arn:aws:iam::123456789012:role/x-role', [['x-role', 'iam_role']], ['arn:aws:iam::'], { field: 'RoleName' })
  expectDetect(tt, 'user', [], ['user'], { field: 'role' })
  expectDetect(tt, 'prod', [], ['prod'], { field: 'Value', tagKey: 'Env' })
})

t.test('log groups and SSM paths', async tt => {
  expectDetect(tt, '/aws/lambda/invoice-sync /aws/rds/instance/prod-db/postgresql /aws/eks/payments-eks/cluster /aws/codebuild/web-build',
    [['invoice-sync', 'lambda_function'], ['prod-db', 'rds_instance'], ['payments-eks', 'eks_cluster'], ['web-build', 'log_group']], ['/aws/rds/instance/', '/postgresql', '/cluster'])
  expectDetect(tt, '/aws/service/ami-amazon-linux-latest/al2023', [], ['/aws/service/ami-amazon-linux-latest/al2023'])
  expectDetect(tt, '"Name": "/prod/app/db-url"', [['/prod/app/db-url', 'ssm_parameter']])
})

t.test('names in prose', async tt => {
  expectDetect(tt, 'S3 bucket acme-payroll-exports, buckets app-static-assets and user-uploads, RDS instance prod-db-master, Lambda function invoice-sync, cluster payments-eks, table orders-v2, queue billing-dlq, role ci-deployer, EKS cluster k8s-main, the `quoted-bucket` bucket',
    [['acme-payroll-exports', 's3_bucket'], ['app-static-assets', 's3_bucket'], ['user-uploads', 's3_bucket'], ['prod-db-master', 'rds_instance'],
      ['invoice-sync', 'lambda_function'], ['payments-eks', 'resource_name'], ['orders-v2', 'dynamodb_table'], ['billing-dlq', 'sqs_queue'],
      ['ci-deployer', 'iam_role'], ['k8s-main', 'eks_cluster']])
  expectDetect(tt, 'S3 buckets: a-one, b-two and c-three. bucket `tick-name` and queue "MyQueue"',
    [['a-one', 's3_bucket'], ['b-two', 's3_bucket'], ['c-three', 's3_bucket'], ['tick-name', 's3_bucket'], ['MyQueue', 'sqs_queue']])
  expectDetect(tt, 'the bucket policy, an RDS instance in us-east-1, the function returns, a leaky bucket, the instance m5.large, cluster with 3 nodes, bucket cross-region replication, table 1, role in IAM, bucket-owner-full-control',
    [], ['bucket policy', 'instance in', 'function returns', 'leaky bucket', 'm5.large', 'with 3', 'cross-region', 'table 1', 'role in', 'bucket-owner-full-control'])
  expectDetect(tt, 'S3 버킷 my-test-bucket-12345 접근', [['my-test-bucket-12345', 's3_bucket']], ['S3 버킷 ', ' 접근'])
})

t.test('self-describing names', async tt => {
  expectDetect(tt, 'my-production-bucket prod-db-instance aurora-prod-db-cluster redis-cache-prod-001 orders-dlq',
    [['my-production-bucket', 's3_bucket'], ['prod-db-instance', 'rds_instance'], ['aurora-prod-db-cluster', 'rds_cluster'], ['redis-cache-prod-001', 'elasticache_cluster'], ['orders-dlq', 'sqs_queue']])
  expectDetect(tt, 'feedback sandbox mongodb blogs audit logs multi-az aws-lambda-powertools cache-control rds-ca-rsa2048-g1', [],
    ['feedback', 'sandbox', 'mongodb', 'blogs', 'audit logs', 'multi-az', 'aws-lambda-powertools', 'cache-control', 'rds-ca-rsa2048-g1'])
})

t.test('keep rows of the spec pass unchanged', async tt => {
  const keep = ['us-east-1', 'eu-west-2b', 'm5.large', 'db.r6g.xlarge', 'postgres 15.4', 'Amazon S3', 'arn:aws:iam::aws:policy/AdministratorAccess',
    '0.0.0.0/0', '::/0', '127.0.0.1', '::1', '169.254.169.254', '255.255.255.255', '443', 'tcp', 's3:GetObject', 'aws:SourceIp',
    '3f786850e387550fdab836ed7e6dc881de23001b', 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    '"ETag": "\\"d41d8cd98f00b204e9800998ecf8427e\\""', '2024-05-01T12:00:00Z', '1714567890', '1714567890123', '10:30:45',
    'feedback', 'leaky bucket', 'audit logs', 'multi-az', 'sg-1', '1.2.3', 'v20.11.1', '3.9.0.1', 'Port 5432/tcp', 'engine aurora-postgresql 15.4']
  const text = keep.join(' | ')
  expectDetect(tt, text, [], keep)
  tt.same(detect(text), [], 'nothing in the keep rows is matched')
})

t.test('text shaped like a token is token_literal', async tt => {
  expectDetect(tt, 'SUBNET_1 `EC2_INSTANCE_10` _ACCOUNT_ID_3_ /IPV4_PRIVATE_2: S3_BUCKET_12.',
    [['SUBNET_1', 'token_literal'], ['EC2_INSTANCE_10', 'token_literal'], ['ACCOUNT_ID_3', 'token_literal'], ['IPV4_PRIVATE_2', 'token_literal'], ['S3_BUCKET_12', 'token_literal']])
  expectDetect(tt, 'SUBNET_01 SUBNETS_1 XSUBNET_1 SUBNET_ alone', [], ['SUBNET_01', 'SUBNETS_1', 'XSUBNET_1', 'SUBNET_'])
})

t.test('CloudFormation dynamic references and CLI --name', async tt => {
  expectDetect(tt, 'DB_PASSWORD: "{{resolve:secretsmanager:prod/db/creds}}" URL: "{{resolve:ssm:/app/url}}" K: "{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf}}"',
    [['prod/db/creds', 'secret_name'], ['/app/url', 'ssm_parameter'], ['db-AbCdEf', 'secret_name'], ['123456789012', 'account_id']], ['{{resolve:secretsmanager:', '}}'])
  expectDetect(tt, 'aws eks describe-cluster --name payments-eks --region us-west-2; aws ec2 describe-vpcs --name default',
    [['payments-eks', 'eks_cluster']], ['--region us-west-2', '--name default']) // a cluster command's --name: the EKS cluster (fixes-round11-eks-flags)
})

t.test('the catalogue describes every kind and token-format labels them all', async tt => {
  const { CATALOGUE } = await import('../../../services/masking/catalogue.js')
  const { KIND_LABELS, createTokenRegex, formatToken, isSecretKind } = await import('../../../services/masking/token-format.js')
  tt.equal(CATALOGUE.length, KIND_LABELS.length)
  for (const spec of CATALOGUE) {
    tt.ok(spec.matcher.length > 0, `${spec.kind} has a matcher`)
    tt.ok(KIND_LABELS.includes(spec.label), `${spec.label} is a token label`)
    const token = formatToken(spec.label, 7)
    tt.same([...`x ${token}.`.matchAll(createTokenRegex())].map(m => m[0]), [token], `${token} is recognised`)
  }
  for (const k of ['secret_access_key', 'session_token', 'private_key', 'connection_secret']) tt.ok(isSecretKind(k))
  tt.notOk(isSecretKind('account_id'))
  const seen = new Set<string>()
  for (const [, text] of CASES) for (const m of detect(text)) seen.add(m.kind)
  for (const [id] of IDS) for (const m of detect(id)) seen.add(m.kind)
  for (const kind of seen) tt.ok(CATALOGUE.some(s => s.kind === kind), `${kind} is catalogued`)
})
