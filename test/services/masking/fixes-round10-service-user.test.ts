// A service-specific credential's user name is `<IAM user>-at-<account>` (Keyspaces' cqlsh login
// and prompt, CodeCommit's HTTPS Git user). The account inside was masked and the IAM user before
// it went out in clear (`svc-keyspaces-ingest-at-ACCOUNT_ID_1`); in a Git URL's user part the
// account itself went out. Both are masked now, each as itself. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the IAM user and the account of a service user name', async (tt) => {
  tt.same(found("cqlsh cassandra.eu-west-1.amazonaws.com 9142 -u svc-keyspaces-ingest-at-518734206915 --ssl"),
    ['iam_user:svc-keyspaces-ingest', 'account_id:518734206915'], 'cqlsh -u')
  tt.same(found('svc-keyspaces-ingest-at-518734206915@cqlsh> DESCRIBE KEYSPACES;'), ['iam_user:svc-keyspaces-ingest', 'account_id:518734206915'], 'the cqlsh prompt')
  tt.same(found('git clone https://jane.doe-at-123456789012:S3cretPw1@git-codecommit.us-east-1.amazonaws.com/v1/repos/app'),
    ['iam_user:jane.doe', 'account_id:123456789012', 'connection_secret:S3cretPw1', 'resource_name:app'], 'a CodeCommit Git URL')
  tt.same(found('meet-at-123456789012x and order-at-1234567890123'), [], 'no 12-digit account standing alone')
})

t.test('masked and restored', async (tt) => {
  const text = 'svc-keyspaces-ingest-at-518734206915@cqlsh> SELECT * FROM ks.t;\nuser svc-keyspaces-ingest rotated'
  const masked = await maskedWithRoundTrip(text)
  tt.notOk(masked.includes('svc-keyspaces-ingest') || masked.includes('518734206915'), masked)
  tt.ok(masked.includes('-at-') && masked.includes('@cqlsh>'), 'the format stays readable')
})
