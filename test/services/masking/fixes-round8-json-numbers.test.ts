// Red team round 8 (test/fixtures/blackbox-7/): `"ListBuckets": 88` (API call counts in a
// Detective profile) was read as a bucket name field, and its JSON number masked by a token that
// left the text invalid JSON.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('API action names as keys name no resource', async tt => {
  tt.same(found('{"ApiCallVolume": {"ListBuckets": 88, "GetCallerIdentity": 14, "ListUsers": 61, "DeleteBucket": 2, "DescribeDBInstances": 4}}'), [], 'call counts')
  tt.same(found('{"ListTables": "orders-v2"}'), [], 'even with a string value')
  tt.same(found('{"SourceBucket": "a-src", "TargetBucket": "a-dst", "LogBucket": "a-logs", "Bucket": "corvina-x"}'),
    ['s3_bucket:a-src', 's3_bucket:a-dst', 's3_bucket:a-logs', 's3_bucket:corvina-x'], 'bucket fields stay name fields')
})

t.test('a JSON number under a name field is no name; an account id in it still is one', async tt => {
  tt.same(found('{"Bucket": 123, "TableName": 7, "FunctionName": 2024}'), [], 'JSON numbers')
  tt.same(found('{\\"BucketName\\": 4411}'), [], 'inside a JSON string')
  tt.same(found('{"Bucket": 568182566734}'), ['account_id:568182566734'], 'an account id by shape')
  tt.same(found('{"Bucket": "123-exports"}'), ['s3_bucket:123-exports'], 'a quoted name starting with digits')
  tt.same(found('bucket: 123-exports'), ['s3_bucket:123-exports'], 'YAML, unquoted')
  const text = '{"ApiCallVolume": {"ListBuckets": 88}, "Bucket": 12, "BucketName": "corvina-driver-onboarding"}'
  const masked = await maskedWithRoundTrip(text)
  tt.doesNotThrow(() => JSON.parse(masked), 'still valid JSON')
  tt.notOk(masked.includes('corvina-driver-onboarding'), masked)
})
