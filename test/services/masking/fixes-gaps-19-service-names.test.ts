// A service word then its resource's name, the name starting with an adjective or holding a
// little word (red team round 16: `Firehose logs-to-s3`, `DynamoDB new-orders-table`), went out
// in clear: such compounds were all read as English. A resource suffix after three words or
// more, or a route to a store (`x-to-s3`, `x-from-kafka`), names a resource; the services'
// features (`on-demand`, `point-in-time`, `end-to-end`) stay.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a name with an adjective or a little word after a service word is masked', async tt => {
  tt.same(found('Firehose logs-to-s3 stopped delivering; DynamoDB new-orders-table is throttled.'),
    ['kinesis_stream:logs-to-s3', 'dynamodb_table:new-orders-table'])
  tt.same(found('Firehose clicks-to-redshift, Kinesis events-from-kafka and SQS old-invoices-queue'),
    ['kinesis_stream:clicks-to-redshift', 'kinesis_stream:events-from-kafka', 'sqs_queue:old-invoices-queue'])
  tt.same(found('SNS low-stock-topic fans out to SQS audit-to-v2-dlq.'), ['sns_topic:low-stock-topic', 'sqs_queue:audit-to-v2-dlq'])
})

t.test('English compounds after a service word stay', async tt => {
  for (const text of ['DynamoDB on-demand, DynamoDB point-in-time, SQS end-to-end, SNS application-to-person',
    'DynamoDB single-table, SQS up-to-date, DynamoDB pay-per-request, SNS peer-to-peer, Kinesis one-to-many',
    'SQS first-in-first-out, SQS at-least-once, DynamoDB new-table, SQS long-polling, DynamoDB sort-key',
    'Kinesis point-to-point, SQS time-to-live, Firehose data-to-s3, SQS per-message-delay, DynamoDB all-in-one-table']) tt.same(found(text), [], text)
})
