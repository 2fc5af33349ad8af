// Over-masks from red team round 15: a Java thread reading a queue (`[sqs-listener-3]`) read as a
// self-describing queue name; Opsgenie's `"username": "System"` (its automated actor) as an IAM
// user; MSK's broker label `b-1` (and the cell `c2`) as host names, which masked every `b-1` of
// the text. The customer's values around them stay masked.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('a thread or component named for the queue it reads stays', async tt => {
  for (const text of ['2026-12-03 09:14:07.311 INFO [sqs-listener-3] c.a.OrderConsumer - received 10 messages',
    'WARN [sqs-poller] retrying', 'thread sqs-consumer-12 blocked']) tt.same(found(text), [], text)
  tt.same(found('drain sqs-orders-1 and sqs-consumer-prod now'), ['sqs_queue:sqs-orders-1', 'sqs_queue:sqs-consumer-prod'], 'queue names still masked')
  tt.same(found('queue sqs-listener-3'), ['sqs_queue:sqs-listener-3'], 'after the noun it is a queue')
  tt.same(found('see db-reader-1'), ['rds_instance:db-reader-1'], 'a database named reader is still a database')
})

t.test('a tool\'s automated actor stays', async tt => {
  tt.same(found('{"username": "System", "userId": ""}'), [])
  tt.same(found('{"UserName": "ci-deployer"}'), ['iam_user:ci-deployer'])
})

t.test('MSK broker and cell labels stay, the cluster is masked', async tt => {
  tt.same(found('b-1.mycluster.abc123.c2.kafka.us-east-1.amazonaws.com:9092'), ['aws_hostname:mycluster', 'aws_hostname:abc123'])
  tt.same(found('z-3.orders-msk.x7y8z9.c3.kafka.eu-west-1.amazonaws.com:2181'), ['aws_hostname:orders-msk', 'aws_hostname:x7y8z9'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('broker b-1 is down; bootstrap b-1.mycluster.abc123.c2.kafka.us-east-1.amazonaws.com:9092'),
    'broker b-1 is down; bootstrap b-1.AWS_HOSTNAME_1.AWS_HOSTNAME_2.c2.kafka.us-east-1.amazonaws.com:9092')
})
