// Red team round 9 (probes after test/fixtures/blackbox-8/): names after nouns of AWS resources
// the prose reader did not know went out in clear: a Cognito user pool, an EFS file system, a
// launch template, an IAM Identity Center permission set, a VPC, a subnet, a CloudWatch dashboard,
// and, with their service before them, a Lambda layer, a Scheduler schedule, an App Runner
// service and a WAF web ACL.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('names after the new nouns', async tt => {
  const cases: Array<[string, string]> = [
    ['Cognito user pool halvard-customers-prod has', 'halvard-customers-prod'],
    ['the EFS file system halvard-shared-efs is full', 'halvard-shared-efs'],
    ['the Lambda layer halvard-python-deps v12', 'halvard-python-deps'],
    ['EventBridge Scheduler schedule halvard-nightly-export failed', 'halvard-nightly-export'],
    ['App Runner service halvard-checkout-web is', 'halvard-checkout-web'],
    ['the launch template halvard-batch-workers has', 'halvard-batch-workers'],
    ['permission set PlatformAdmin-RO was', 'PlatformAdmin-RO'],
    ['the VPC halvard-prod-vpc peers with', 'halvard-prod-vpc'],
    ['in subnet halvard-private-a and', 'halvard-private-a'],
    ['the CloudWatch dashboard halvard-ledger-ops', 'halvard-ledger-ops'],
    ['the WAF web ACL halvard-edge-acl', 'halvard-edge-acl']
  ]
  for (const [text, name] of cases) tt.same(found(text), [`resource_name:${name}`], text)
})

t.test('ordinary words and ids after them stay as they were', async tt => {
  tt.same(found('VPC vpc-0a93f1e7c2d84b615 and subnet 10.0.1.0/24, subnet mask, VPC peering, the dashboard shows'),
    ['vpc:vpc-0a93f1e7c2d84b615', 'ipv4_private:10.0.1.0'])
  tt.same(found('the network layer l7-proxy, a schedule cron-2, ACL rule-1'), [], 'layer, schedule and ACL without their service')
})
