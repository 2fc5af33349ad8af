// Round 15: the names of a plural name key written as a YAML block map (Loki's `bucketNames:` then
// `chunks: a`; the block list `- a` is round 14's) went out in clear, as did the columns of an `aws ... --query
// '...[A,B]' --output text` row (a `KeyName`, a `DBInstanceIdentifier`). AWS's endpoint service names
// (`com.amazonaws.<region>.s3`) under `ServiceName` and RDS's `RDSOSMetrics` log group were masked.
// Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a YAML block under a plural name key', async (tt) => {
  tt.same(found('bucketNames:\n  - ondral-chunks-euw3\n  - "ondral-ruler-euw3" # ruler\nother: 1\n'),
    ['s3_bucket:ondral-chunks-euw3', 's3_bucket:ondral-ruler-euw3'], 'a sequence')
  const loki = 'loki:\n  storage:\n    bucketNames:\n      chunks: ondral-chunks-euw3\n      ruler: ondral-ruler-euw3\n    s3:\n      region: eu-west-3\n'
  tt.same(found(loki), ['s3_bucket:ondral-chunks-euw3', 's3_bucket:ondral-ruler-euw3'], 'a map of labels to names')
  const masked = await maskedWithRoundTrip(loki)
  tt.match(masked, /chunks: S3_BUCKET_1\n {6}ruler: S3_BUCKET_2\n {4}s3:\n {6}region: eu-west-3/)
  tt.same(found('bucket_names:\r\n- acme-raw-1\r\n- acme-raw-2\r\n'), ['s3_bucket:acme-raw-1', 's3_bucket:acme-raw-2'], 'CRLF, items at the key\'s column')
  tt.same(found('tables:\n  - name: orders\n'), [], 'a list of objects is no list of names')
  tt.same(found('buckets:\n  logging: true\n'), [], 'a plain word stays')
})

t.test('rows of --query with --output text', async (tt) => {
  const ec2 = "$ aws ec2 describe-instances --query 'Reservations[].Instances[].[PrivateIpAddress,KeyName,InstanceType]' --output text\n" +
    '10.203.18.77\ttarnwick-prod-2024\tm6i.large\n10.203.18.78\tother-key-1\tt3.micro\n$ echo done\n'
  tt.same(found(ec2), ['ipv4_private:10.203.18.77', 'resource_name:tarnwick-prod-2024', 'ipv4_private:10.203.18.78', 'resource_name:other-key-1'])
  const masked = await maskedWithRoundTrip(ec2)
  tt.ok(masked.includes('m6i.large') && masked.includes('t3.micro'), 'the types stay')
  const rds = "aws rds describe-db-instances --query 'DBInstances[].[DBInstanceIdentifier,Engine,DBInstanceStatus]' --output=text\norders-pg-1\tpostgres\tavailable\n"
  tt.same(found(rds), ['rds_instance:orders-pg-1'])
  tt.same(found("aws rds describe-db-instances --query 'DBInstances[].[DBInstanceIdentifier,Engine]' --output table\norders-pg-1\tpostgres\n"), [], 'not text output')
  const endpoints = "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[].[VpcEndpointId,ServiceName]' --output text\nvpce-0b7d9f1a3c5e24680\tcom.amazonaws.eu-west-1.s3\n"
  tt.same(found(endpoints), ['vpc_endpoint:vpce-0b7d9f1a3c5e24680'], 'AWS\'s endpoint service names stay')
  const groups = "aws logs describe-log-groups --query 'logGroups[].[logGroupName,storedBytes]' --output text\nRDSOSMetrics\t772014\nAPI-Gateway-Execution-Logs_x8k2m9q7zt/prod\t9912003\nmarlin-app-logs\t12\n"
  tt.same(found(groups), ['api_gateway:x8k2m9q7zt', 'log_group:marlin-app-logs'], 'AWS\'s log groups stay, their ids are masked')
  tt.same(found('"ServiceName": "com.amazonaws.eu-west-1.s3", "logGroupName": "RDSOSMetrics"'), [], 'as field values too')
})
