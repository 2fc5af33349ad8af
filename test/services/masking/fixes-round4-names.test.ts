// Black-box `extra` values the spec's "and the like" covers, closed in round 4: EC2 key pairs named
// in prose, and name fields of Network Firewall, Cognito identity pools, IoT and ElastiCache user groups.
import t from 'tap'
import { maskedWithRoundTrip as mask } from './blackbox-helpers.js'

t.test('a key pair named in prose is masked; key types and ordinary words stay', async t => {
  t.equal(await mask('for example i-0b5d9f3a7c1e24086 with key pair cobalt-edge-tmp.'), 'for example EC2_INSTANCE_1 with key pair RESOURCE_NAME_1.')
  t.equal(await mask('key pairs ops-2024 and ci_deploy were rotated'), 'key pairs RESOURCE_NAME_1 and RESOURCE_NAME_2 were rotated')
  t.equal(await mask('Key pair: `bastion-2025`'), 'Key pair: `RESOURCE_NAME_1`')
  for (const text of ['the key pair ed25519 type, key pairs rsa-2048 and ssh-rsa', 'a Key pair is needed', 'a KMS key pair',
    'aws ec2 create-key-pair --key-type ed25519', 'the key pair was deleted']) {
    t.equal(await mask(text), text, text)
  }
})

t.test('name fields of Network Firewall, Cognito identity pools, IoT and ElastiCache user groups', async t => {
  t.equal(await mask('{"firewall_name":"quokka-egress-fw","availability_zone":"us-west-2a"}'), '{"firewall_name":"RESOURCE_NAME_1","availability_zone":"us-west-2a"}')
  t.equal(await mask('"FirewallName": "edge-fw", "FirewallPolicyName": "edge-policy-v2"'), '"FirewallName": "RESOURCE_NAME_1", "FirewallPolicyName": "RESOURCE_NAME_2"')
  t.equal(await mask('"IdentityPoolName": "corvid_players_identities",'), '"IdentityPoolName": "RESOURCE_NAME_1",')
  t.equal(await mask('"thingName": "juniper-meter-000871", "thingTypeName": "juniper-smart-meter-v3"'), '"thingName": "RESOURCE_NAME_1", "thingTypeName": "RESOURCE_NAME_2"')
  t.equal(await mask('thing_group_name = "meters-eu"'), 'thing_group_name = "RESOURCE_NAME_1"')
  t.equal(await mask('"UserGroupIds": ["kiln-app-users", "kiln-admins"],'), '"UserGroupIds": ["RESOURCE_NAME_1", "RESOURCE_NAME_2"],')
  t.equal(await mask('"UserGroupIds": ["default"]'), '"UserGroupIds": ["default"]', 'a plain word (the default user group) stays')
})

t.test('a namespaced tag key whose last part is a name field names its value', async t => {
  t.equal(await mask('{ "Key": "aws:autoscaling:groupName", "Value": "kestrel-ingest-asg" },'), '{ "Key": "aws:autoscaling:groupName", "Value": "RESOURCE_NAME_1" },')
  t.equal(await mask('{"Key": "aws:cloudformation:stack-name", "Value": "harbor-sync-prod"}, {"Key": "aws:cloudformation:logical-id", "Value": "SyncFn"}'),
    '{"Key": "aws:cloudformation:stack-name", "Value": "CLOUDFORMATION_STACK_1"}, {"Key": "aws:cloudformation:logical-id", "Value": "SyncFn"}')
  t.equal(await mask('--tags Key=eks:cluster-name,Value=payments-eks'), '--tags Key=eks:cluster-name,Value=EKS_CLUSTER_1')
  t.equal(await mask('{"key": "kubernetes.io/cluster-name", "value": "prod-eks"}'), '{"key": "kubernetes.io/cluster-name", "value": "EKS_CLUSTER_1"}')
  for (const text of ['{"Key": "team", "Value": "payments"}', '{"Key": "aws:cloudformation:stack-id", "Value": "x-1"}', '{"Key": "app:version", "Value": "v1-2"}']) {
    t.equal(await mask(text), text, text)
  }
})

t.test('the same tags in parsed JSON', async t => {
  const { openScope } = await import('./blackbox-helpers.js')
  const { scope, close } = await openScope()
  t.teardown(close)
  const value = { Tags: [{ Key: 'aws:autoscaling:groupName', Value: 'kestrel-ingest-asg' }, { Key: 'aws:cloudformation:logical-id', Value: 'SyncFn' }, { Key: 'team', Value: 'pay-ments' }] }
  const masked = await scope.maskJson(value)
  t.same(masked, { Tags: [{ Key: 'aws:autoscaling:groupName', Value: 'RESOURCE_NAME_1' }, { Key: 'aws:cloudformation:logical-id', Value: 'SyncFn' }, { Key: 'team', Value: 'pay-ments' }] })
  t.same(scope.unmaskJson(masked), value)
})

t.test('Reachability Analyzer and Route 53 Resolver ids (prefix + 8 or 17 hex) are masked', async t => {
  t.equal(await mask('"NetworkInsightsPathId": "nip-07a3d9c1e5f2b4860", "NetworkInsightsAnalysisId": "nia-0c4e8a2f6b1d39570"'),
    '"NetworkInsightsPathId": "RESOURCE_NAME_1", "NetworkInsightsAnalysisId": "RESOURCE_NAME_2"')
  t.equal(await mask('rule rslvr-rr-9b1d3f5a7c2e46801 on rslvr-out-1a3c5e7b9d2f4068b and rslvr-in-1a3c5e7b'), 'rule RESOURCE_NAME_1 on RESOURCE_NAME_2 and RESOURCE_NAME_3')
  for (const text of ['rslvr-rr-xyz nip-1 nia-abc rslvr-autodefined-rr-internet-resolver', 'snip-07a3d9c1e5f2b4860x']) {
    t.equal(await mask(text), text, text)
  }
})
