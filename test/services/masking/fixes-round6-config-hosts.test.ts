// Red team round 6 (test/fixtures/blackbox-6/): misses in configuration, hosts, metadata and
// prose, each fixed in services/masking/ and tested over a few variants of its family.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('blank-separated config lines (fluent-bit): a snake_case key with a role', async tt => {
  tt.same(found('[OUTPUT]\n    Name              kinesis_firehose\n    delivery_stream   halyard-audit-to-s3\n'), ['kinesis_stream:halyard-audit-to-s3'], 'delivery_stream')
  tt.same(found('    log_group_name      /halyard/prod/app\n    table_name  orders-v2\r\n'), ['log_group:/halyard/prod/app', 'dynamodb_table:orders-v2'], 'log group, CRLF')
  tt.same(found('the delivery_stream is halyard-x\n  delivery_stream  firehose\n  Name  kinesis_firehose\n'), [], 'prose, a plain word, a key without underscore')
})

t.test('name fields: db_identifier, delivery_stream', async tt => {
  tt.same(found('  db_identifier          = "halyard-dispatch-pg"'), ['rds_instance:halyard-dispatch-pg'], 'Terragrunt input')
  tt.same(found('delivery_stream: "x-audit"'), ['kinesis_stream:x-audit'], 'YAML')
})

t.test('a target group ARN suffix (CloudWatch TargetGroup dimension)', async tt => {
  tt.same(found('{ "name": "TargetGroup", "value": "targetgroup/k8s-dispatch-3f7a1c9e2b/5d0b8e2a4c6f1397" }'),
    ['resource_name:k8s-dispatch-3f7a1c9e2b', 'target_group:5d0b8e2a4c6f1397'], 'dimension value')
  tt.same(found('TargetGroup=targetgroup/web-tg/0123456789abcdef'), ['resource_name:web-tg', 'target_group:0123456789abcdef'], 'dimension string')
  tt.same(found('arn:aws:elasticloadbalancing:eu-central-1:577128926595:targetgroup/k8s-x/5d0b8e2a4c6f1397'),
    ['account_id:577128926595', 'resource_name:k8s-x', 'target_group:5d0b8e2a4c6f1397'], 'in an ARN: unchanged')
  tt.same(found('see targetgroup/ docs and targetgroup/x/123'), [], 'no id')
})

t.test('hosts: Global Accelerator; a service principal after %22 stays', async tt => {
  tt.same(found('| a3f9c1e7b5d2408a6.awsglobalaccelerator.com | 443 |'), ['aws_hostname:a3f9c1e7b5d2408a6'], 'accelerator DNS name')
  tt.same(found('a3f9c1e7b5d2408a6.dualstack.awsglobalaccelerator.com'), ['aws_hostname:a3f9c1e7b5d2408a6'], 'dual-stack')
  tt.same(found('%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D'), [], 'encoded service principal')
  const masked = await maskedWithRoundTrip('x=%22halyard-dwh.cq8x2vbn4k7m.eu-central-1.redshift.amazonaws.com%22')
  tt.ok(!masked.includes('halyard-dwh') && !masked.includes('cq8x2vbn4k7m'), 'an encoded customer host is masked')
})

t.test('EC2 instance metadata: the role under iam/security-credentials/', async tt => {
  tt.same(found('curl http://169.254.169.254/latest/meta-data/iam/security-credentials/halyard-dispatch-node-role'), ['iam_role:halyard-dispatch-node-role'], 'in the path')
  tt.same(found('$ curl -s -H "X-aws-ec2-metadata-token: $T" http://169.254.169.254/latest/meta-data/iam/security-credentials/\nhalyard-dispatch-node-role\n$ '), ['iam_role:halyard-dispatch-node-role'], 'the listing answered on the next line')
  tt.same(found('curl http://169.254.169.254/latest/meta-data/iam/security-credentials/; echo\nMyEc2Role\n'), ['iam_role:MyEc2Role'], 'camel case, after ; echo')
  tt.same(found('see iam/security-credentials/ for details\nThe role is listed.\nok\n'), [], 'prose')
})

t.test('prose: "bucket S3 <name>" (French, Spanish, Italian word order)', async tt => {
  tt.same(found("le bucket S3 halyard-raw-telemetry-euc1 n'était pas concerné"), ['s3_bucket:halyard-raw-telemetry-euc1'], 'French')
  tt.same(found('el bucket S3 ventas-2024-export está vacío'), ['s3_bucket:ventas-2024-export'], 'Spanish')
  tt.same(found('the bucket S3 notifications are off; the S3 bucket policy'), [], 'ordinary words')
})
