import t from 'tap'
import { findLeakedKinds } from '../../../services/masking/verify.js'
import { detect } from '../../../services/masking/detector.js'

const leaked = (text: string, isOwnToken: (token: string) => boolean): string[] => findLeakedKinds(text, detect(text), isOwnToken, detect)

const own = new Set(['S3_BUCKET_1', 'ACCOUNT_ID_1', 'IAM_ROLE_1', 'TOKEN_LITERAL_1'])
const isOwn = (token: string) => own.has(token)

t.test('clean masked text passes, whatever the detector reads into our tokens', async (t) => {
  for (const text of [
    'read s3://S3_BUCKET_1/exports with arn:aws:iam::ACCOUNT_ID_1:role/IAM_ROLE_1',
    '{"BucketName": "S3_BUCKET_1", "OwnerId": "ACCOUNT_ID_1"}',
    'the S3 bucket S3_BUCKET_1 in us-east-1, see TOKEN_LITERAL_1'
  ]) t.same(leaked(text, isOwn), [], text)
})

t.test('anything in clear is reported by kind, never by value', async (t) => {
  t.same(leaked('owner 123456789012 and S3_BUCKET_1', isOwn), ['account_id'])
  t.same(leaked('i-0a1b2c3d4e5f67890 in 10.0.1.23', isOwn), ['ec2_instance', 'ipv4_private'])
})

t.test('a token of another scope is not ours', async (t) => {
  const kinds = leaked('{"BucketName": "S3_BUCKET_7"}', isOwn)
  t.ok(kinds.length > 0, `reported as ${kinds.join(',')}`)
})

t.test('a match that reads into our own token is judged by what is left of it', async (t) => {
  const ours = new Set(['S3_BUCKET_1', 'API_GATEWAY_1', 'ELASTICACHE_CLUSTER_1', 'AWS_HOSTNAME_1', 'ARN_2', 'CONNECTION_SECRET_2'])
  const isOurs = (token: string): boolean => ours.has(token)
  for (const text of [
    '"Location": "https://S3_BUCKET_1.s3.ap-south-1.amazonaws.com/snapshots/x.zip"',
    'POST - https://API_GATEWAY_1.execute-api.eu-north-1.amazonaws.com/prod/orders',
    'redis://:CONNECTION_SECRET_2@master.ELASTICACHE_CLUSTER_1.AWS_HOSTNAME_1.euc1.cache.amazonaws.com:6379/0',
    'sso_start_url = https://AWS_HOSTNAME_1.awsapps.com/start',
    '"ConsoleURL": "https://ARN_2.mq.us-west-2.amazonaws.com"',
    '{"text":"url:\\nS3_BUCKET_1.s3.amazonaws.com"}'
  ]) t.same(leaked(text, isOurs), [], text)
  t.same(leaked('https://S3_BUCKET_7.s3.amazonaws.com', isOurs), ['s3_bucket'], 'a token of another scope is no cover')
  t.same(leaked('https://S3_BUCKET_1.s3.amazonaws.com/S3_BUCKET_1-123456789012', isOurs), ['account_id'], 'an identifier next to our token is still found')
  t.same(leaked('xS3_BUCKET_1.s3.amazonaws.com', isOurs).length > 0, true, 'a token glued to a letter is not ours')
})
