// A Secrets Manager secret or SSM parameter named by the action that reads it, with no field name
// beside it: `secretsmanager:GetSecretValue on prod/payments/stripe` in an incident note,
// `GetParameter for /acme/prod/db-url`, `value from SSM /acme/prod/db-url`, an SDK's
// `ParameterNotFound: /x`. They went out in clear (found by a probe of the coordinator's own
// incident-response paste). Ordinary words after the action stay. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a secret or parameter after the action that reads it', async tt => {
  tt.same(found('calling s3:ListBuckets and secretsmanager:GetSecretValue on prod/payments/stripe.'), ['secret_name:prod/payments/stripe'])
  tt.same(found('GetSecretValue on prod/payments/stripe failed'), ['secret_name:prod/payments/stripe'])
  tt.same(found('ssm:GetParameters on /acme/prod/db-url failed'), ['ssm_parameter:/acme/prod/db-url'])
  tt.same(found('retrying GetParameter for /orders/prod/queue_url,'), ['ssm_parameter:/orders/prod/queue_url'])
  tt.same(found('the role lacks dynamodb:PutItem on orders-v2 in us-east-1'), ['dynamodb_table:orders-v2'])
})

t.test('a parameter path after SSM, Parameter Store or ParameterNotFound', async tt => {
  tt.same(found('value from SSM /acme/prod/db-url at boot'), ['ssm_parameter:/acme/prod/db-url'])
  tt.same(found('read it from Parameter Store /billing/stripe/webhook-secret'), ['ssm_parameter:/billing/stripe/webhook-secret'])
  tt.same(found('ParameterNotFound: /acme/prod/db-url'), ['ssm_parameter:/acme/prod/db-url'])
})

t.test('ordinary words after an action stay', async tt => {
  for (const text of ['GetSecretValue on the secret fails', 'GetParameter for each key', 'secretsmanager:GetSecretValue on resource: *',
    'GetSecretValue for AWSCURRENT', 'ssm:GetParameter on it', 'SSM / Parameter Store', 'kms:Decrypt on prod-key']) {
    tt.same(found(text), [], text)
  }
})

t.test('the round trip stays exact', async tt => {
  const masked = await maskedWithRoundTrip('secretsmanager:GetSecretValue on prod/payments/stripe; SSM: /acme/prod/db-url.')
  tt.notOk(masked.includes('prod/payments/stripe'))
  tt.notOk(masked.includes('/acme/prod/db-url'))
  tt.ok(masked.includes('secretsmanager:GetSecretValue on '))
})
