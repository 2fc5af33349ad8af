// Red team round 8 (test/fixtures/blackbox-7/): names after nouns the prose reader lacked: an
// Aurora writer (`412s behind writer orders-pg-01`), EventBridge rules and buses, Config rules.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('writer, EventBridge rule and bus, Config rule', async tt => {
  tt.same(found('Replica x is 412s behind writer corvina-edi-pg-01'), ['rds_instance:corvina-edi-pg-01'], 'Aurora writer')
  tt.same(found('EventBridge rule corvina-nightly-trigger fired'), ['resource_name:corvina-nightly-trigger'], 'EventBridge rule')
  tt.same(found('the event bus corvina-events and EventBridge bus corvina-audit'), ['resource_name:corvina-events', 'resource_name:corvina-audit'], 'buses; the service name between stays')
  tt.same(found('AWS Config rule corvina-s3-encryption is NON_COMPLIANT'), ['resource_name:corvina-s3-encryption'], 'Config rule')
  const masked = await maskedWithRoundTrip('EventBridge rule corvina-nightly-trigger targets queue corvina-q-1')
  tt.ok(!masked.includes('corvina-nightly-trigger') && masked.startsWith('EventBridge rule '), masked)
})

t.test('the same words in ordinary prose stay', async tt => {
  tt.same(found('the rule allows 443 from 0.0.0.0/0, rule 100 denies, the rule x-y'), [], 'a bare rule')
  tt.same(found('the writer instance is healthy; the writer endpoint; the bus x-1 left'), [], 'plain words, a bare bus')
  tt.same(found('EventBridge bus default'), [], 'the default bus')
})

t.test('AWS service names written as one word are never a listed name', async tt => {
  tt.same(found('the queue corvina-q and DynamoDB table t-1'), ['sqs_queue:corvina-q', 'dynamodb_table:t-1'], 'DynamoDB after and')
  tt.same(found('table orders-v2 and EventBridge rules'), ['dynamodb_table:orders-v2'], 'EventBridge after and')
  tt.same(found('queue Route53 and table x-1'), ['dynamodb_table:x-1'], 'Route53 after a noun')
  tt.same(found('the role ci-deployer and MyQueue'), ['iam_role:ci-deployer', 'iam_role:MyQueue'], 'a customer CamelCase name still is one')
  const masked = await maskedWithRoundTrip('buckets app-static-x and SageMaker')
  tt.ok(masked.endsWith(' and SageMaker') && !masked.includes('app-static-x'), masked)
})
