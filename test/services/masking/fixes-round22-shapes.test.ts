// Round 22: shapes of credentials and ids that no field announced. AppSync API keys (`da2-` and 26
// lower-case chars) were masked only under a field (`sed 's/da2-old/da2-new/'` leaked both); Cognito
// identity pool and identity ids (`eu-west-1:<uuid>`) went out in clear, and inside an ARN their
// region was masked (and then learnt: every `eu-west-1` of the text went); `aws ssm
// get-parameters-by-path --path /acme/prod` leaked the hierarchy. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('AppSync API keys wherever they stand', async (tt) => {
  tt.same(found("sed -i 's/da2-epvotmtx79mi5lgbcjezwi9hbj/da2-q7xk4m2v9tzp3r8b6n1c5d0f2a/' src/aws-exports.js"),
    ['api_key:da2-epvotmtx79mi5lgbcjezwi9hbj', 'api_key:da2-q7xk4m2v9tzp3r8b6n1c5d0f2a'])
  tt.same(found('the old key da2-epvotmtx79mi5lgbcjezwi9hbj expired'), ['api_key:da2-epvotmtx79mi5lgbcjezwi9hbj'])
  tt.same(found('da2-abcdefghijklmnopqrstuvwxyz and da2-short2'), [], 'no digit, or too short: no key')
})

t.test('Cognito identity pools and identities', async (tt) => {
  tt.same(found('--identity-pool-id eu-west-1:ca4eb932-b7b1-4aa2-8eb0-074107a28923'), ['cognito_identity_pool:eu-west-1:ca4eb932-b7b1-4aa2-8eb0-074107a28923'])
  tt.same(found('"IdentityId": "us-gov-west-1:793322ab-33ba-4e84-8618-6cc6cb37e36c"'), ['cognito_identity_pool:us-gov-west-1:793322ab-33ba-4e84-8618-6cc6cb37e36c'])
  tt.same(found('IDENTITYID\tap-southeast-2:62eaf258-388d-4332-8389-bee9f3122591'), ['cognito_identity_pool:ap-southeast-2:62eaf258-388d-4332-8389-bee9f3122591'])
  const masked = await maskedWithRoundTrip('arn:aws:cognito-identity:eu-west-1:111122223333:identitypool/eu-west-1:ca4eb932-b7b1-4aa2-8eb0-074107a28923 in eu-west-1')
  tt.equal(masked, 'arn:aws:cognito-identity:eu-west-1:ACCOUNT_ID_1:identitypool/COGNITO_IDENTITY_POOL_1 in eu-west-1')
  tt.same(found('eu-west-1:ca4eb932 and us-east-1:12'), [], 'no UUID: no id')
})

t.test('parameter hierarchies read by path', async (tt) => {
  tt.same(found('aws ssm get-parameters-by-path --path /acme/prod/ledger --recursive --with-decryption'), ['ssm_parameter:/acme/prod/ledger'])
  tt.same(found('aws ssm get-parameters-by-path --path="/acme/prod/"'), ['ssm_parameter:/acme/prod/'])
  tt.same(found('aws iam list-roles --path /service-role/'), [], 'an IAM path stays')
  tt.same(found('aws ssm get-parameters-by-path --path /'), [], 'the root')
})

t.test("Python's repr of a function stays", async (tt) => {
  tt.same(found('calling handler <function generate_idempotent_uuid at 0x7f3a1c2b9d80>'), [])
  tt.same(found('the Lambda function invoice-sync at 09:00 failed'), ['lambda_function:invoice-sync'])
})
