// Bucket names as positional arguments of boto3 calls (a black-box `extra`, closed in round 4):
// the spec masks S3 bucket names wherever context says what they are; here the call does.
import t from 'tap'
import { maskedWithRoundTrip as mask } from './blackbox-helpers.js'

t.test('boto3 calls whose positional argument is a bucket: a quoted literal is masked', async t => {
  t.equal(await mask('    s3.upload_file(local_path, "basalt-archive-fallback-euw2", f"failed/{batch_id}.json.gz")'),
    '    s3.upload_file(local_path, "S3_BUCKET_1", f"failed/{batch_id}.json.gz")')
  t.equal(await mask("s3.download_file( 'my-bucket', 'k', '/tmp/x')"), "s3.download_file( 'S3_BUCKET_1', 'k', '/tmp/x')")
  t.equal(await mask('client.upload_fileobj(io.BytesIO(b"a,b"), "reports-eu-1", key)'), 'client.upload_fileobj(io.BytesIO(b"a,b"), "S3_BUCKET_1", key)')
  t.equal(await mask("client.download_fileobj('reports-eu-1', key, f)"), "client.download_fileobj('S3_BUCKET_1', key, f)")
  t.equal(await mask("b = boto3.resource('s3').Bucket('acme-logs')"), "b = boto3.resource('s3').Bucket('S3_BUCKET_1')")
  t.equal(await mask('obj = s3.Object("acme.logs.eu", "a/b")'), 'obj = s3.Object("S3_BUCKET_1", "a/b")')
  t.equal(await mask('{"code": "s3.Bucket(\\"acme-logs\\")"}'), '{"code": "s3.Bucket(\\"S3_BUCKET_1\\")"}', 'inside a JSON string')
})

t.test('variables, other calls and names of another shape stay', async t => {
  for (const text of ['s3.upload_file(path, BUCKET, key)', 's3.upload_file(path, name, key)', 's3.upload_file(path, "My_Bucket", key)',
    'Object("abc-def")', 'open_file("abc-def")', 'Bucket("abc-def")', 'x.Bucket(f"{prefix}-logs")', 's3.upload_file(\n path, "b-c")',
    'write_file(path, "abc-def")', 'Object.keys("abc-def")']) {
    t.equal(await mask(text), text, text)
  }
})
