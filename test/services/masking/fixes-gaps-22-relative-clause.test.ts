// Red team round 21, left over: `the role it uses is fw-pricing-sync-role` and `the buckt x` (a typo
// for the noun) left the names in clear. A relative clause between a noun and `is` (a pronoun, a
// verb, a preposition) is read as the `is` it ends with, with its stricter name shape; a few typos of
// nouns no English word spells count as the noun. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a name after a relative clause and is', async tt => {
  tt.same(found('the role it uses is fw-pricing-sync-role and i attached'), ['iam_role:fw-pricing-sync-role'])
  tt.same(found('The bucket that we write to was acme-raw-exports. The table they read from is `OrdersV2`'),
    ['s3_bucket:acme-raw-exports', 'dynamodb_table:OrdersV2'])
  tt.same(found(JSON.stringify({ text: 'the queue I poll is billing-dlq-2\n' })), ['sqs_queue:billing-dlq-2'], 'in a JSON string')
})

t.test('a predicate after a relative clause stays', async tt => {
  for (const text of ['the role it plays is important', 'the bucket we use is read-only', 'the queue it polls is long-polling',
    'the table I wanted is gone', 'the function it calls is well-known', 'the role it uses is up-to-date']) tt.same(found(text), [], text)
})

t.test('typos of nouns', async tt => {
  tt.same(found('the buckt fenwright-pricing-feeds has 2M objects; my lamda fw-x-1 and the bukcets a-b-1 and c-d-2'),
    ['s3_bucket:fenwright-pricing-feeds', 'lambda_function:fw-x-1', 's3_bucket:a-b-1', 's3_bucket:c-d-2'])
  tt.same(found('the buckt is full; a lamda function'), [])
})
