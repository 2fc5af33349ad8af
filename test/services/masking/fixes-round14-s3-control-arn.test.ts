// Round 14: an S3 ARN that names an account is S3 Control's (`job/<id>`, `storage-lens/<name>`,
// `access-grants/default/...`), not a bucket's: its resource type was masked as a bucket
// (`arn:aws:s3:us-west-2:<acct>:S3_BUCKET_1/<id>`) and a Storage Lens name went out in clear.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('S3 Control ARNs keep their resource type and hide the name', async (tt) => {
  tt.same(found('arn:aws:s3:us-west-2:258104937716:job/7c1e9a42-5b3d-4f86-a0e2-d9c4b71f3e58'),
    ['account_id:258104937716', 'resource_name:7c1e9a42-5b3d-4f86-a0e2-d9c4b71f3e58'])
  tt.same(found('arn:aws:s3:eu-west-1:258104937716:storage-lens/acme-org-lens'),
    ['account_id:258104937716', 'resource_name:acme-org-lens'])
  tt.same(found('arn:aws:s3:us-east-2:258104937716:access-grants/default'), ['account_id:258104937716'], 'Access Grants\' instance is AWS\'s `default`')
  tt.same(found('arn:aws:s3:us-west-2:258104937716:accesspoint/orders-ap/object/k.csv'),
    ['account_id:258104937716', 'resource_name:orders-ap'], 'an access point as before')
  tt.same(found('arn:aws:s3:::orders-exports/2024/*'), ['s3_bucket:orders-exports'], 'a bucket ARN as before')
})
