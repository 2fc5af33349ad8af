// A service word straight before its resource's name (red team round 15: a Mermaid label
// `"SQS tessaly-settlement-q"`, `DynamoDB orders-ledger-prod`, `CodePipeline checkout-deploy`)
// went out in clear: only nouns (`queue`, `table`) announced a name. After a service word a
// feature stands as often (`SQS long-polling`, `SNS message-filtering`), so only a word shaped
// as a name counts: a digit, `_` or `.`, a resource or stage suffix, or a compound no English
// predicate could be, built of none of the services' feature words.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a name after a service word is masked', async tt => {
  tt.same(found('graph LR\n  api["Checkout API"] --> q["SQS tessaly-settlement-q"]\n  q --> ddb[("DynamoDB tessaly-txn-ledger")]'),
    ['sqs_queue:tessaly-settlement-q', 'dynamodb_table:tessaly-txn-ledger'], 'Mermaid labels; a three-part compound whatever its first word looks like')
  tt.same(found('Writes go to DynamoDB orders-ledger-prod, then SNS alerts-topic.'), ['dynamodb_table:orders-ledger-prod', 'sns_topic:alerts-topic'])
  tt.same(found('The CodePipeline checkout-deploy failed at the Deploy stage.'), ['resource_name:checkout-deploy'])
  tt.same(found('Kinesis clickstream-ingest feeds Firehose clicks-lake-v2; SQS orders_dlq.'),
    ['kinesis_stream:clickstream-ingest', 'kinesis_stream:clicks-lake-v2', 'sqs_queue:orders_dlq'])
})

t.test('the services\' features and settings stay', async tt => {
  for (const text of ['Use SQS long-polling and SNS message-filtering with Firehose dynamic-partitioning.',
    'SNS fan-out to an SQS dead-letter-queue; DynamoDB global-tables, on-demand and single-table design; Kinesis enhanced-fan-out',
    'SQS short-polling, SQS visibility-timeout, SNS raw-message-delivery, SNS mobile-push, DynamoDB time-to-live, DynamoDB pay-per-request',
    'SQS at-least-once, DynamoDB auto-scaling, CodePipeline v2-type, CodePipeline cross-account deploys, SQS standard-queue, Kinesis data-stream',
    'Firehose record-format-conversion, DynamoDB point-in-time-recovery, SQS server-side-encryption, SQS FIFO, SNS topics',
    'SNS application-to-person, SQS first-in-first-out, DynamoDB change-data-capture, Kinesis real-time-analytics, SQS long-polling-enabled',
    'DynamoDB look-ups, DynamoDB key-value store, DynamoDB sort-key design, Kinesis client-library, CodePipeline stage-transitions',
    'SQS queue-depth alarms, CodePipeline source-action, DynamoDB lock-client, SQS extended-client, SQS v2-sdk']) tt.same(found(text), [], text)
  for (const text of ['aws sqs receive-message --max-number-of-messages 10', 'aws dynamodb put-item --item file://i.json']) tt.same(found(text), [], text)
})
