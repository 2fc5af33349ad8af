// Red team round 9 (test/fixtures/blackbox-8/): identifiers with `_` and a `bucket` segment were
// read as bucket names (Prowler check ids `s3_bucket_public_access`, a Terraform output key
// `bucket_name` masked as a JSON key); no bucket name has `_`.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('an identifier with `_` is no bucket name', async tt => {
  tt.same(found('aws;s3_bucket_public_access;Ensure there are no S3 buckets open'), [], 'a Prowler check id')
  tt.same(found('bucket_name'), [], 'a key on its own (a JSON key is masked as text)')
  tt.same(found('check s3_bucket_default_encryption failed'), [], 'in prose')
})

t.test('names with a bucket segment and `-` are still buckets', async tt => {
  tt.same(found('copy to halvard-exports-bucket now'), ['s3_bucket:halvard-exports-bucket'])
})
