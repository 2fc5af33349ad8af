// The last gap of the first black-box suite, closed in round 4: Lambda GetFunction and
// GetLayerVersion code locations (`<AWS bucket>.s3.<region>.amazonaws.com/snapshots/<account>/<name>-<uuid>`).
import t from 'tap'
import { maskedWithRoundTrip as mask } from './blackbox-helpers.js'

const UUID = '5c1d0e8b-7a2f-4b9c-9e3d-6f1a2b3c4d5e'

t.test('the function or layer name at the head of a code snapshot key is masked, the uuid and the query stay scanned', async t => {
  t.equal(await mask(`"Location": "https://awslambda-ap-se-2-tasks.s3.ap-southeast-2.amazonaws.com/snapshots/481236579012/harbor-manifest-sync-${UUID}?versionId=Qm3.t9ZxV2wR&X-Amz-Algorithm=AWS4-HMAC-SHA256"`),
    `"Location": "https://S3_BUCKET_1.s3.ap-southeast-2.amazonaws.com/snapshots/ACCOUNT_ID_1/LAMBDA_FUNCTION_1-${UUID}?versionId=Qm3.t9ZxV2wR&X-Amz-Algorithm=AWS4-HMAC-SHA256"`)
  t.equal(await mask(`https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/123456789012/Orders_Sync-${UUID}`),
    `https://S3_BUCKET_1.s3.us-east-1.amazonaws.com/snapshots/ACCOUNT_ID_1/LAMBDA_FUNCTION_1-${UUID}`)
  t.equal(await mask(`https://prod-04-2014-layers.s3.us-east-1.amazonaws.com/snapshots/123456789012/pandas-layer-${UUID}?versionId=x`),
    `https://S3_BUCKET_1.s3.us-east-1.amazonaws.com/snapshots/ACCOUNT_ID_1/RESOURCE_NAME_1-${UUID}?versionId=x`, 'a layer')
  t.equal(await mask(`https://awslambda-eu-west-1-tasks.s3.eu-west-1.amazonaws.com/snapshots/123456789012/a-${UUID}&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEKj%2F%2FwEa`),
    `https://S3_BUCKET_1.s3.eu-west-1.amazonaws.com/snapshots/ACCOUNT_ID_1/LAMBDA_FUNCTION_1-${UUID}&X-Amz-Security-Token=SESSION_TOKEN_1`)
})

t.test('other snapshot keys are scanned as any S3 path', async t => {
  t.equal(await mask(`https://my-bucket.s3.amazonaws.com/snapshots/2024/x-${UUID}`), `https://S3_BUCKET_1.s3.amazonaws.com/snapshots/2024/x-${UUID}`)
  t.equal(await mask(`https://my-bucket.s3.amazonaws.com/snapshots/123456789012/${UUID}`), `https://S3_BUCKET_1.s3.amazonaws.com/snapshots/ACCOUNT_ID_1/${UUID}`)
  t.equal(await mask('https://my-bucket.s3.amazonaws.com/snapshots/123456789012/nightly-backup.tar.gz'), 'https://S3_BUCKET_1.s3.amazonaws.com/snapshots/ACCOUNT_ID_1/nightly-backup.tar.gz')
  t.equal(await mask(`https://my-bucket.s3.amazonaws.com/snapshots/1234567890123/x-${UUID}`), `https://S3_BUCKET_1.s3.amazonaws.com/snapshots/1234567890123/x-${UUID}`)
})

t.test('the pipeline name heading a CodePipeline artifact key is masked', async t => {
  t.equal(await mask('upload: ./imagedefinitions.json to s3://codepipeline-sa-east-1-518273946021/tupi-checkout-pipe/BuildArtif/imagedefinitions.json'),
    'upload: ./imagedefinitions.json to s3://S3_BUCKET_1/RESOURCE_NAME_1/BuildArtif/imagedefinitions.json')
  t.equal(await mask('https://codepipeline-us-east-1-123456789012.s3.us-east-1.amazonaws.com/orders_deploy/SourceArti/abc.zip'),
    'https://S3_BUCKET_1.s3.us-east-1.amazonaws.com/RESOURCE_NAME_1/SourceArti/abc.zip')
  // no pipeline segment, a file at the root, a segment too long for a truncated name, another bucket
  for (const [text, expected] of [['s3://codepipeline-us-east-1-123456789012/', 's3://S3_BUCKET_1/'],
    ['s3://codepipeline-us-east-1-123456789012/file.zip', 's3://S3_BUCKET_1/file.zip'],
    ['s3://codepipeline-us-east-1-123456789012/a-very-long-name-over-twenty/x', 's3://S3_BUCKET_1/a-very-long-name-over-twenty/x'],
    ['s3://other-bucket/tupi-checkout-pipe/x', 's3://S3_BUCKET_1/tupi-checkout-pipe/x']]) {
    t.equal(await mask(text), expected, text)
  }
})
