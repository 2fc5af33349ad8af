// Round 16: an S3 URI whose bucket is a Make, shell or format variable (`s3://$(ARTIFACT_BUCKET)/x`,
// `s3://${BUCKET}/x`, `s3://$BUCKET/x`, `s3://%s/x`) had `$` or the variable masked as a bucket.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a variable in the bucket of an S3 URI stays', async (tt) => {
  const text = 'aws s3 cp dist/x.json s3://$(ARTIFACT_BUCKET)/api/$(GIT_SHA)/x.json\naws s3 ls s3://${BUCKET}/logs/\naws s3 sync . s3://$BUCKET/\nuri = "s3://%s/%s" % (b, k)\n'
  tt.same(found(text), [])
  tt.equal(await maskedWithRoundTrip(text), text)
  tt.same(found('aws s3 cp x s3://acme-data-raw/x'), ['s3_bucket:acme-data-raw'], 'a bucket is still masked')
})
