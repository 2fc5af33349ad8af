// Found by the coordinator's probe of deploy and error output (session of 2026-12-06): a target
// group named after `TG` / `target group`; EC2's `Value (x) for parameter y is invalid` (x went out,
// y was masked as an SSM parameter); `The specified bucket does not exist: x`, `Function not
// found: x`; the later parts of Terraform's composite ids (`EKS Node Group (cluster:nodegroup)`,
// `Lambda Permission (function/statement)`, `DynamoDB Table Item (table|key)`). Regression test,
// failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a target group after TG or target group', async tt => {
  tt.same(found('TG ledger-api-blue-tg says unhealthy'), ['resource_name:ledger-api-blue-tg'])
  tt.same(found('the tg ledger-api-blue-tg is unhealthy'), ['resource_name:ledger-api-blue-tg'])
  for (const text of ['the tg config is wrong', 'TG health checks fail', 'TG ARN changed', 'the TG of the blue stack']) tt.same(found(text), [], text)
})

t.test("EC2's Value (x) for parameter y", async tt => {
  tt.same(found('InvalidParameterValue: Value (ledger-batch-profile) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name'),
    ['iam_instance_profile:ledger-batch-profile'])
  tt.same(found('Value (halvard-euc1) for parameter keyName is invalid.'), ['resource_name:halvard-euc1'])
  tt.same(found('Value (sg-0a1b2c3d4e5f67890) for parameter groupId is invalid.'), ['security_group:sg-0a1b2c3d4e5f67890'])
  for (const text of ['Value (t3.huge) for parameter instanceType is invalid.', 'Value () for parameter groupId is invalid. The value cannot be empty',
    'Value (gp3) for parameter volumeType is invalid.']) tt.same(found(text), [], text)
})

t.test('the name after not found / does not exist', async tt => {
  tt.same(found('The specified bucket does not exist: halvard-ledger-exports-prd'), ['s3_bucket:halvard-ledger-exports-prd'])
  tt.same(found('ResourceNotFoundException: Function not found: ledger-recon-fn'), ['lambda_function:ledger-recon-fn'])
  for (const text of ['The specified key does not exist. Key: x', 'not found: the file', 'Cluster not found.']) tt.same(found(text), [], text)
})

t.test("every part of a Terraform error's composite id", async tt => {
  const masked = await maskedWithRoundTrip([
    'Error: error waiting for EKS Node Group (ledger-prod-eks:ledger-ng-spot) to create: unexpected state',
    'Error: creating Lambda Permission (ledger-recon-fn/AllowExecutionFromSNS): ResourceConflictException',
    'Error: reading DynamoDB Table Item (ledger_entries_v3|pk|acct#1234): not found',
    'Error: reading EKS Add-On (ledger-prod-eks:vpc-cni): couldn\'t find resource'
  ].join('\n'))
  for (const value of ['ledger-prod-eks', 'ledger-ng-spot', 'ledger-recon-fn', 'ledger_entries_v3']) tt.notOk(masked.includes(value), value)
  tt.ok(masked.includes(':vpc-cni)'), 'an AWS add-on stays')
  tt.ok(masked.includes('Error: error waiting for EKS Node Group ('))
})
