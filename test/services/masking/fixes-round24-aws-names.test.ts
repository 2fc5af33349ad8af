// Round 24 (data and streaming platforms): AWS's own names read as customer names. Firehose's
// processor parameters (`"ParameterName": "LambdaArn"`) became SSM parameters, its error log
// streams (`"LogStreamName": "DestinationDelivery"`) Kinesis streams; DMS, MSK and Amazon MQ
// instance types after a noun (`replication instance x, dms.r6i.xlarge`) became names; `stream b-2`
// (an MSK broker's log stream, its node label) taught `b-2`, then masked in every broker host;
// Glue's `/aws-glue/jobs` log group was a customer's; MWAA's cell label (`<uuid>.c13.<region>.airflow.`) was masked; and the
// account in a Redshift Serverless endpoint (`<workgroup>.<account>.<region>.redshift-serverless.`)
// was a host label, so the same account read `AWS_HOSTNAME_n` in the ARNs after it. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("Firehose's processor parameters and error log streams stay", async tt => {
  const json = '"Parameters": [{"ParameterName": "LambdaArn", "ParameterValue": "arn:aws:lambda:eu-west-1:318204657719:function:sessionize:$LATEST"}, ' +
    '{"ParameterName": "NumberOfRetries", "ParameterValue": "3"}, {"ParameterName": "BufferSizeInMBs", "ParameterValue": "1"}]'
  const kinds = found(json)
  for (const p of ['LambdaArn', 'NumberOfRetries', 'BufferSizeInMBs']) tt.notOk(kinds.some(m => m.endsWith(`:${p}`)), p)
  tt.same(found('ParameterName: MetadataExtractionQuery'), [])
  tt.same(found('"LogGroupName": "/aws/kinesisfirehose/orders", "LogStreamName": "DestinationDelivery"'), ['log_group:orders'])
  tt.same(found('LogStreamName: BackupDelivery'), [])
  tt.same(found('LogStreamName: orders-errors'), ['kinesis_stream:orders-errors']) // a stream of the customer's still is masked
  tt.same(found('"ParameterName": "/prod/orders/db-url"'), ['ssm_parameter:/prod/orders/db-url']) // an SSM parameter still is one
  tt.same(found('aws ssm get-parameter --name x --query Parameter.Name; ParameterName: orders-db-url'), ['ssm_parameter:orders-db-url'])
})

t.test('DMS, MSK and Amazon MQ instance types after a noun stay', async tt => {
  tt.same(found('Task log (replication instance tervola-dms-r6i, dms.r6i.xlarge, engine 3.5.3)'), ['resource_name:tervola-dms-r6i'])
  tt.same(found('the replication instance dms.t3.medium ran out of memory'), [])
  tt.same(found('MSK cluster orders-events, kafka.m7g.large x3'), ['resource_name:orders-events'])
  tt.same(found('broker mq.m5.large is at 90% CPU'), [])
})

t.test("MSK's node labels are no names", async tt => {
  tt.same(found('--- broker log (CloudWatch /aws/msk/orders-prod, stream b-2) ---').filter(m => m.endsWith(':b-2')), [])
  tt.same(found('stream b-2 and node z-1 were restarted'), [])
  tt.same(found('stream ab-2 failed'), ['kinesis_stream:ab-2'])
  tt.same(found('the queue q-1 is full'), ['sqs_queue:q-1']) // another letter may name a resource
  const masked = roundTripMasker(tt)
  const out = await masked('log stream b-2 of cluster orders-prod: b-2.ordersprod.k7d2qx.c3.kafka.eu-west-1.amazonaws.com:9096')
  tt.match(out, /stream b-2 .* b-2\.AWS_HOSTNAME_\d\.AWS_HOSTNAME_\d\.c3\.kafka/)
})

t.test("Glue's own log groups stay", async tt => {
  const masked = roundTripMasker(tt)
  tt.equal(await masked('JobRun:\n  JobName: erp-gl-load\n  LogGroupName: /aws-glue/jobs\n'), 'JobRun:\n  JobName: RESOURCE_NAME_1\n  LogGroupName: /aws-glue/jobs\n')
  tt.equal(await masked('"LogGroupName": "/aws-glue/sessions", "Name": "/aws-glue/jobs-custom/x"'), '"LogGroupName": "/aws-glue/sessions", "Name": "SSM_PARAMETER_1"')
})

t.test("MWAA's cell label stays", async tt => {
  const masked = roundTripMasker(tt)
  tt.equal(await masked('https://3f9a1c7e-2b4d-4e6f-8a0c-1d2e3f4a5b6c.c13.eu-west-1.airflow.amazonaws.com/home'), 'https://AWS_HOSTNAME_1.c13.eu-west-1.airflow.amazonaws.com/home')
  tt.equal(await masked('webserver 0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d-vpce.c2.us-east-1.airflow.amazonaws.com'), 'webserver AWS_HOSTNAME_1.c2.us-east-1.airflow.amazonaws.com')
})

t.test("the account of a Redshift Serverless endpoint is an account", async tt => {
  tt.same(found('host: tervola-bi-wg.318204657719.eu-west-1.redshift-serverless.amazonaws.com'),
    ['aws_hostname:tervola-bi-wg', 'account_id:318204657719'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('redshift://loader:x@wg1.318204657719.eu-west-1.redshift-serverless.amazonaws.com:5439/dev and arn:aws:iam::318204657719:role/loader'),
    'redshift://loader:CONNECTION_SECRET_1@AWS_HOSTNAME_1.ACCOUNT_ID_1.eu-west-1.redshift-serverless.amazonaws.com:5439/dev and arn:aws:iam::ACCOUNT_ID_1:role/IAM_ROLE_1')
})
