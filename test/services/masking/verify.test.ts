import t from 'tap'
import { findLeakedKinds } from '../../../services/masking/verify.js'
import { detect } from '../../../services/masking/detector.js'

const own = new Set(['S3_BUCKET_1', 'ACCOUNT_ID_1', 'IAM_ROLE_1', 'TOKEN_LITERAL_1'])
const isOwn = (token: string) => own.has(token)

t.test('clean masked text passes, whatever the detector reads into our tokens', async (t) => {
  for (const text of [
    'read s3://S3_BUCKET_1/exports with arn:aws:iam::ACCOUNT_ID_1:role/IAM_ROLE_1',
    '{"BucketName": "S3_BUCKET_1", "OwnerId": "ACCOUNT_ID_1"}',
    'the S3 bucket S3_BUCKET_1 in us-east-1, see TOKEN_LITERAL_1'
  ]) t.same(findLeakedKinds(text, detect, isOwn), [], text)
})

t.test('anything in clear is reported by kind, never by value', async (t) => {
  t.same(findLeakedKinds('owner 123456789012 and S3_BUCKET_1', detect, isOwn), ['account_id'])
  t.same(findLeakedKinds('i-0a1b2c3d4e5f67890 in 10.0.1.23', detect, isOwn), ['ec2_instance', 'ipv4_private'])
})

t.test('a token of another scope is not ours', async (t) => {
  const kinds = findLeakedKinds('{"BucketName": "S3_BUCKET_7"}', detect, isOwn)
  t.ok(kinds.length > 0, `reported as ${kinds.join(',')}`)
})
