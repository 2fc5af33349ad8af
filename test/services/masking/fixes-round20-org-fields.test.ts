// Round 20: fields naming organisation and mail resources stayed in clear: a StackSet's name
// (`--stack-set-name x`, `StackSetName`) and id (`"StackSetId": "x:<uuid>"`), RAM's
// `resourceShareName`, SES's `ConfigurationSetName` (and the `X-SES-CONFIGURATION-SET` header it sets)
// and the `callerIdentity` (IAM user) of an SES notification, VPC Lattice's `serviceNetworkName`.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('StackSet names and ids are masked', async (tt) => {
  tt.same(found('aws cloudformation list-stack-instances --stack-set-name acme-baseline-config --call-as SELF'), ['resource_name:acme-baseline-config'])
  tt.same(found('{"StackSetName": "acme-net-baseline", "StackSetId": "acme-net-baseline:4be2f0c9-81d7-4a36-9e05-c3f7a1b28d64"}'),
    ['resource_name:acme-net-baseline', 'resource_name:acme-net-baseline:4be2f0c9-81d7-4a36-9e05-c3f7a1b28d64'])
  tt.same(found('stack_set_name = "acme-guardrails"'), ['resource_name:acme-guardrails'])
  tt.same(found('--stack-set-name AWSControlTowerBP-BASELINE-CLOUDWATCH --call-as DELEGATED_ADMIN'), [], 'Control Tower\'s own stack sets stay')
})

t.test('RAM, SES and Lattice name fields are masked', async (tt) => {
  tt.same(found('{"resourceShareName": "acme-ipam-pool", "status": "PENDING"}'), ['resource_name:acme-ipam-pool'])
  tt.same(found('aws sesv2 get-configuration-set --configuration-set-name acme-tx-mail'), ['resource_name:acme-tx-mail'])
  tt.same(found('{"name": "X-SES-CONFIGURATION-SET", "value": "acme-marketing"}'), ['resource_name:acme-marketing'])
  tt.same(found('X-SES-CONFIGURATION-SET: acme-marketing\r\nSubject: hi'), ['resource_name:acme-marketing'])
  tt.same(found('{\\"callerIdentity\\": \\"acme-mail-sender\\", \\"sendingAccountId\\": \\"x\\"}'), ['iam_user:acme-mail-sender'])
  tt.same(found('"serviceNetworkName": "acme-mesh-prod",'), ['resource_name:acme-mesh-prod'])
})
