// Known gaps of round 14: values that went upstream in clear (a name after `<noun> is`, a secret
// before `in Secrets Manager`, a key id in prose, lists after a plural key, short secrets, shell
// exports, bold table keys, the ECS metadata URI without scheme) and values masked that are AWS's
// own or placeholders (`.fifo`, `alias/` of other tools, AppSync's session name, `%(bucket)s`,
// Velero's labels). Each leak is asserted masked and restored byte for byte; each keep, unchanged.
import t, { type Test } from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

const masked = roundTripMasker(t)
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const CODE = 'Xq7LmP2kZ9vRb4TnW1cY'
const TASK = '5a0a4bd1d2e84b8bb8a0a8b9c2a1d0f3'

/** Asserts each of `hidden` is gone from the masked `text` (the helper asserts the round trip). */
async function hides (t: Test, text: string, hidden: string[]): Promise<void> {
  const out = await masked(text)
  for (const v of hidden) t.notOk(out.includes(v), `${v} hidden: ${out}`)
}

async function keeps (t: Test, texts: string[]): Promise<void> {
  for (const text of texts) t.equal(await masked(text), text)
}

t.test('a name after `<noun> is` / `was`, shaped only as a name', async t => {
  await hides(t, 'The task role is checkout-api-task-role', ['checkout-api-task-role'])
  await hides(t, 'The bucket was acme-logs-a1 until yesterday', ['acme-logs-a1'])
  await hides(t, 'the EKS cluster is payments-eks-2, the table is orders_v2.', ['payments-eks-2', 'orders_v2'])
  await hides(t, 'the secret is prod/db/password', ['prod/db/password'])
  await keeps(t, ['The task role is missing', 'the bucket is public', 'the role is assumed by ECS', 'the bucket is up-to-date',
    'the table is pay-per-request', 'the role is over-privileged', 'the cluster is eks-1.29', 'the instance is memory-optimized',
    'The cluster is three-node and the service is multi-tenant', 'the cluster is 3-node, the build is 64-bit',
    'The instance is t3-medium sized', 'the table is billing-mode PAY_PER_REQUEST', 'the app is cloud-native, the API is vpc-only'])
  await hides(t, 'the bucket is orders-archive-2 and the queue is billing-events', ['orders-archive-2', 'billing-events'])
})

t.test('a secret or parameter name before `in Secrets Manager` / `in Parameter Store` / `in SSM`', async t => {
  await hides(t, 'Secrets come from bw/prod/stripe-key in Secrets Manager', ['bw/prod/stripe-key'])
  await hides(t, 'stored as /prod/db/password in Parameter Store, and `acme-db-pass` in AWS Secrets Manager', ['/prod/db/password', 'acme-db-pass'])
  await hides(t, '(/app/stripe_key in the SSM Parameter Store); STRIPE=acme/stripe-1 in SSM', ['/app/stripe_key', 'acme/stripe-1'])
  await keeps(t, ['put the key/value in SSM', 'it is in AWS Secrets Manager', 'rotated in Secrets Manager'])
})

t.test('a KMS key id after `key id`, `key-id`, `KeyId` in prose', async t => {
  await hides(t, `(key id ${KEY_ID})`, [KEY_ID])
  await hides(t, `key-id ${KEY_ID}`, [KEY_ID])
  await hides(t, `KeyId ${KEY_ID} and Key ID: ${KEY_ID.replace('1234abcd', '9876fedc')}`, [KEY_ID, '9876fedc'])
  await keeps(t, [`request id ${KEY_ID}`, `monkey id ${KEY_ID}`])
})

t.test('every name of a list after a plural key', async t => {
  await hides(t, 'nodegroups: ng-a1 and ng-b2', ['ng-a1', 'ng-b2'])
  await hides(t, 'bucket_names: logs-a1, logs-b2 and logs-c3', ['logs-a1', 'logs-b2', 'logs-c3'])
  await hides(t, '**buckets**: logs-a1, logs-b2 and logs-c3', ['logs-a1', 'logs-b2', 'logs-c3'])
  t.equal(await masked('nodegroups: ng-a1 and then more'), 'nodegroups: RESOURCE_NAME_1 and then more')
})

t.test('a short value under a `secret` key', async t => {
  await hides(t, 'secret: acme-a1', ['acme-a1'])
  await hides(t, 'client_secret: "x9yz"\nWEBHOOK_SECRET=hunter2', ['x9yz', 'hunter2'])
  await keeps(t, ['secret: v1.2', 'secret: true', 'secret: 1234', 'token: abc1'])
})

t.test('an SSM activation code exported in shell', async t => {
  await hides(t, `export SSM_ACTIVATION_CODE=${CODE}`, [CODE])
  await hides(t, `SSM_ACTIVATION_CODE="${CODE}"\n$ssm_activation_code = "${CODE}"`, [CODE])
  await keeps(t, ['export SSM_ACTIVATION_CODE=$CODE', 'SSM_ACTIVATION_CODE=activation-code'])
})

t.test('a markdown table row with a bold (code) key cell', async t => {
  await hides(t, '| **`DB_PASSWORD`** | hunter2-Xy9 |', ['hunter2-Xy9'])
  await hides(t, '| **DB_PASSWORD** | hunter2-Xy9 |\n| *`DB_PASSWORD`* | `Zk2-pQ9` |', ['hunter2-Xy9', 'Zk2-pQ9'])
  await hides(t, '| **`BucketName`** | logs-a1 |', ['logs-a1'])
  await keeps(t, ['| **`DB_PASSWORD`** | The database password |', '| **`DB_PASSWORD`** | Required |', '| **Key** | **Value** |'])
})

t.test('the ECS task metadata URI without its scheme', async t => {
  await hides(t, `curl 169.254.170.2/v4/${TASK}-1234567890`, [TASK])
  await hides(t, `{"uri": "169.254.170.2\\/v4\\/${TASK}-1"}`, [TASK])
  await keeps(t, ['ECS creds 169.254.170.2; x', 'curl 169.254.170.2/v2/metadata'])
})

t.test('a FIFO queue or topic keeps its `.fifo`, its name masked as one token everywhere', async t => {
  const out = await masked('queue orders-events.fifo; arn:aws:sqs:us-east-1:123456789012:orders-events.fifo; ' +
    'https://sqs.us-east-1.amazonaws.com/123456789012/orders-events.fifo; "QueueName": "orders-events.fifo"; arn:aws:sns:us-east-1:123456789012:alerts.fifo')
  t.notOk(out.includes('orders-events'), out)
  t.notOk(out.includes('alerts'), out)
  t.equal(out.split('SQS_QUEUE_1.fifo').length - 1, 4, out)
  t.match(out, /SNS_TOPIC_1\.fifo/)
})

t.test('`alias/` needs KMS context outside an ARN', async t => {
  await keeps(t, ['git alias/shortcuts', 'see config/alias/x and the alias/site of nginx'])
  await hides(t, 'aws kms describe-key --key-id alias/orders-ddb', ['orders-ddb'])
  await hides(t, 'encrypted with alias/payroll.', ['payroll'])
})

t.test('AWS-set session names, format placeholders and tool labels stay', async t => {
  const arn = 'arn:aws:sts::264850193377:assumed-role/kizuna-appsync-ddb-role/APPSYNC_ASSUME_ROLE'
  const out = await masked(`User: ${arn} is not authorized`)
  t.match(out, /\/APPSYNC_ASSUME_ROLE is not/)
  t.notOk(out.includes('kizuna-appsync-ddb-role'), out)
  await keeps(t, ['host_bucket = %(bucket)s.s3.eu-west-3.amazonaws.com', 'Labels:       velero.io/schedule-name=nightly'])
  await hides(t, 'arn:aws:sts::264850193377:assumed-role/r-1/jdoe-session and my-bkt.s3.eu-west-3.amazonaws.com', ['jdoe-session', 'my-bkt'])
})
