// A name after a label saying what the resource is for (`Bucket for ALB logs: acme-alb-logs-prod`,
// red team round 15) went out in clear: the noun's name was looked for right after it (`for`).
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a name after `<noun> for <purpose>:` is masked', async tt => {
  tt.same(found('Bucket for ALB logs: acme-alb-logs-prod'), ['s3_bucket:acme-alb-logs-prod'])
  tt.same(found('- S3 bucket for CloudTrail: org-trail-logs\n- Table for sessions: sessions-v2'), ['s3_bucket:org-trail-logs', 'dynamodb_table:sessions-v2'])
})

t.test('English after the label stays', async tt => {
  for (const text of ['the bucket for logs: we use versioning', 'Bucket for ALB logs: enabled', 'queue for retries: see below',
    'a bucket for each team: one per account', 'bucket for logs. acme-x is other']) tt.same(found(text), [], text)
})
