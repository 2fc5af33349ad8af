// Keep audit: English compound adjectives and technical words right after a noun that announces a
// name (`Make the Lambda function event-driven`, `the queue dead-letter config`, `the function
// arm64 build`, `the secret base64 encoded`) were masked as customer names.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('compound adjectives and technical words after a noun are kept', async tt => {
  const kept = [
    'Make the Lambda function event-driven.', 'the S3 bucket KMS-encrypted objects', 'the cluster IP-based routing',
    'the table TTL-based expiry', 'the role MFA-protected sessions', 'the instance EBS-optimized flag', 'the bucket account-level block',
    'the function IRSA-enabled pods', 'the queue customer-managed key', 'the bucket org-wide policy', 'the ALB path-based rules',
    'the queue dead-letter config', 'the table pay-per-request mode', 'the function cold-start time', 'the queue fan-out pattern',
    'the stack zero-downtime deploy', 'the role least-privilege policy', 'the service blue-green deployment', 'the ALB dual-stack mode',
    'the queue at-least-once delivery', 'the table time-to-live attribute', 'the bucket out-of-date objects',
    'the function arm64 build', 'the instance x86_64 AMI', 'the secret base64 encoded', 'the ALB gRPC target', 'the subnet IPv6 block',
    'the instance gp3 volume', 'the function Python3 runtime', 'the Lambda function Node.js handler', 'the bucket, e.g. for logs'
  ]
  for (const text of kept) tt.same(found(text), [], text)
})

t.test('customer names after the same nouns are still masked', async tt => {
  tt.same(found('the S3 bucket acme-data-lake is'), ['s3_bucket:acme-data-lake'])
  tt.same(found('the queue orders-dead-letter-q is full'), ['sqs_queue:orders-dead-letter-q'])
  tt.same(found('the Lambda function orders-fanout failed'), ['lambda_function:orders-fanout'])
  tt.same(found('the function event-driven-ingest failed'), ['lambda_function:event-driven-ingest'])
  tt.same(found('the bucket gp3-backups is'), ['s3_bucket:gp3-backups'])
  tt.same(found('the role arm64-builder is'), ['iam_role:arm64-builder'])
})
