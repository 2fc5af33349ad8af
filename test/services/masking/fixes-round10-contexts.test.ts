// Round 10's name and secret contexts that went out in clear (or read code as a name): Bedrock's
// agentName / knowledgeBaseName, Storage Gateway's GatewayName, App Mesh's meshName and
// virtualNodeName; Crossplane's `crossplane.io/external-name` annotation; a Serverless
// `${ssm:/path}` variable; CDK's fromBucketName with `Stack.of(x)` as its scope; a password in
// prose (`the password is \`...\``) or a secret field's value in a markdown code span; and
// `const bucket = new sst.aws.Bucket(...)`, which masked `new`. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['agentName', '{"agentName": "tessaro-claims-assistant", "agentStatus": "PREPARED"}', 'tessaro-claims-assistant'],
  ['knowledgeBaseName', '{"knowledgeBaseName": "policy-docs-kb"}', 'policy-docs-kb'],
  ['GatewayName', '"GatewayName": "tessaro-dub-filegw-01",', 'tessaro-dub-filegw-01'],
  ['meshName', 'meshName: payments-mesh', 'payments-mesh'],
  ['virtualNodeName', '"virtualNodeName": "ledger-writer-vn"', 'ledger-writer-vn'],
  ['external-name', 'metadata:\n  annotations:\n    crossplane.io/external-name: tessaro-ml-features-euw1\n', 'tessaro-ml-features-euw1'],
  ['${ssm:}', '  STRIPE_KEY: ${ssm:/tessaro/prod/claims/stripe-secret-key}\n', '/tessaro/prod/claims/stripe-secret-key'],
  ['${ssm:} secret', 'DB: ${ssm:/aws/reference/secretsmanager/prod/db-creds~true}', 'prod/db-creds'],
  ['fromBucketName', 's3.Bucket.fromBucketName(Stack.of(backend.data), "Legacy", "tessaro-legacy-media-euc1");', 'tessaro-legacy-media-euc1'],
  ['password is', 'so the real password is `Dd8#Kq2v@Lm9x`. Move it to Secrets Manager.', 'Dd8#Kq2v@Lm9x'],
  ['password was', "the old password was 'Summer2025!' until", 'Summer2025!'],
  ['password: `x`', '- password: `Pg!Beanstalk2025`', 'Pg!Beanstalk2025']
]

t.test('names and secrets in these contexts are hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('what stays readable', async (tt) => {
  tt.same(found('const bucket = new sst.aws.Bucket("Uploads", {})'), [], '`bucket = new` is code')
  tt.same(found('the password is rotated daily; the password is `CONNECTION_SECRET_1`'), ['token_literal:CONNECTION_SECRET_1'], 'prose, and a token literal (read as one)')
  tt.same(found('spec:\n  type: ExternalName\n  externalName: db.cq2x7m9k4rbz.eu-west-1.rds.amazonaws.com\n'), ['rds_instance:db', 'aws_hostname:cq2x7m9k4rbz'], 'an AWS host under externalName: the host reader\'s parts')
  tt.same(found('custom: ${self:custom.ssm} and ssm:/not/a/variable'), [], 'ssm: outside ${...}')
})
