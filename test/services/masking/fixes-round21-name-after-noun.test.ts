// Round 21: names after their noun that prose spells in ways the reader missed: `function name x`,
// `bucket name is x`, `` the receipts bucket (`x`) ``, `a self-mutating pipeline named x` and
// `an Amazon OpenSearch Service domain called x` (nouns that need a qualifier, but `named`/`called`
// says a name follows), `AWS Backup plan x`, `buckets to clean up: a, b, c`, French order with a
// service word after the noun (`le cluster ECS x`). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('names after `name`, in parentheses and backticks, after `named`', async (tt) => {
  tt.same(found('the `notify-worker` Lambda, function name fw-notify-worker, was throttled'),
    ['lambda_function:notify-worker', 'lambda_function:fw-notify-worker'])
  tt.same(found('the bucket name is acme-exports-7'), ['s3_bucket:acme-exports-7'])
  tt.same(found('on the receipts bucket (`acme-payment-receipts`) only'), ['s3_bucket:acme-payment-receipts'])
  tt.same(found('on the execution role (`acme-api-exec`), it is fine'), ['iam_role:acme-api-exec'])
  tt.same(found('a CDK Pipelines self-mutating pipeline named acme-api-pipeline that deploys'), ['resource_name:acme-api-pipeline'])
  tt.same(found('an Amazon OpenSearch Service domain called test-es-tmp in June'), ['resource_name:test-es-tmp'])
  tt.same(found('AWS Backup plan acme-daily-35d covers the RDS resources'), ['resource_name:acme-daily-35d'])
  tt.same(found('Le cluster ECS acme-ledger-prod tourne sur Fargate'), ['resource_name:acme-ledger-prod'])
  tt.same(found('today: buckets to clean up: acme-tmp-1, acme-tmp-load, acme-old-site'),
    ['s3_bucket:acme-tmp-1', 's3_bucket:acme-tmp-load', 's3_bucket:acme-old-site'])
})

t.test('what stays prose', async (tt) => {
  tt.same(found('the bucket name is read-only'), [])
  tt.same(found('the function name in the event is wrong'), [])
  tt.same(found('the stack (aws-cdk-lib 2.170.0) deploys'), [])
  tt.same(found('a domain named after the team'), [])
  tt.same(found('the queue to use: the default one'), [])
  tt.same(found('the cluster ECS uses is Fargate'), [])
})

t.test('a backticked name before an aside\'s `)`', async (tt) => {
  tt.same(found('(see the bucket `acme-acme`) The buckets acme-1 and acme-2 fail'), ['s3_bucket:acme-acme', 's3_bucket:acme-1', 's3_bucket:acme-2'])
})
