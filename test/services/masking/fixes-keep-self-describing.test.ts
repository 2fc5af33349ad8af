// Keep audit: a bucket's or queue's setting named with its noun (`bucket-policy.json`, `the
// bucket-versioning flag`, `sqs-policy`, `dlq-redrive`) read as a self-describing customer name.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('settings named with the noun are kept', async tt => {
  for (const text of ['see bucket-policy.json and the bucket-versioning flag', 'apply sqs-policy now', 'set bucket-encryption, bucket-lifecycle and bucket-cors',
    'the dlq-redrive settings', 'bucket-name is required', 'aws_s3 bucket-acl', 'our bucket-notification rules']) {
    tt.same(found(text), [], text)
  }
})

t.test('self-describing names are still masked', async tt => {
  tt.same(found('copy to acme-logs-bucket now'), ['s3_bucket:acme-logs-bucket'])
  tt.same(found('copy to bucket-prod now'), ['s3_bucket:bucket-prod'])
  tt.same(found('copy to bucket-logging now'), ['s3_bucket:bucket-logging'], 'a bucket named for what it holds')
  tt.same(found('drain orders-dlq now'), ['sqs_queue:orders-dlq'])
})
