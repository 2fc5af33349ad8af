// Round 14: in the CLI's shorthand syntax a name field may hold a structure
// (`--create-bucket-configuration 'Location={...},Bucket={DataRedundancy=SingleAvailabilityZone,Type=Directory}'`
// for an S3 directory bucket): its opening `{DataRedundancy=SingleAvailabilityZone` was masked as a
// bucket. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a structure under a name key of the shorthand syntax stays', async (tt) => {
  tt.same(found("--create-bucket-configuration 'Location={Type=AvailabilityZone,Name=usw2-az1},Bucket={DataRedundancy=SingleAvailabilityZone,Type=Directory}'"), [])
  tt.same(found('--targets Id=1,Bucket=orders-exports,Key=x'), ['s3_bucket:orders-exports'], 'a name there still goes')
})
