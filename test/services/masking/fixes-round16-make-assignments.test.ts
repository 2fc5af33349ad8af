// Round 16: a Makefile's `ARTIFACT_BUCKET := x` and `VAR ?= x`, a justfile's `lock_table := "x"` (and Go's
// `bucketName := "x"`) were not read as key and value: the bucket and table names went out in clear.
// A lower-case `*_table` / `*_queue` / `*_topic` key now names a table, queue or topic as its upper-case
// env var does. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('Make and just assignments', async (tt) => {
  tt.same(found('ARTIFACT_BUCKET  := zentra-build-artifacts-usw2\n'), ['s3_bucket:zentra-build-artifacts-usw2'], 'Make :=')
  tt.same(found('LOG_BUCKET ?= zentra-logs-usw2\n'), ['s3_bucket:zentra-logs-usw2'], 'Make ?=')
  tt.same(found('state_bucket := "zentra-tfstate-694102837561"\nlock_table := "zentra-tf-locks"\n'),
    ['s3_bucket:zentra-tfstate-694102837561', 'dynamodb_table:zentra-tf-locks'], 'just, quoted')
  tt.same(found('\tbucketName := "acme-data-raw"\n'), ['s3_bucket:acme-data-raw'], 'Go')
  tt.same(found('orders_queue = "acme-orders-dlq"\n'), ['sqs_queue:acme-orders-dlq'], 'a lower-case queue key')
  const text = 'IMAGE := $(ECR_REGISTRY)/x\nx := y\nroute_table = "main"\nset shell := ["bash", "-c"]\n'
  tt.same(found(text), [], 'references, words and a route table stay')
  tt.equal(await maskedWithRoundTrip(text), text)
})
