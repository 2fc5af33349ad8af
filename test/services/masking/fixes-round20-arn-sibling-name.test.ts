// Round 20: the camelCase APIs (VPC Lattice, RAM, EKS, CodeBuild) give a resource's `name` beside
// its own ARN (`{"arn": ..., "name": "x"}`, RAM's `resourceShareArn`); a lower-case JSON `name` is no
// name field (chat and tool JSON use it), so these stayed in clear. A customer ARN (12-digit
// account) in the same object now makes `name` a resource's, as text and as parsed JSON.
// Regression test, failing before.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

const LATTICE = '{"arn": "arn:aws:vpc-lattice:eu-west-1:604317928455:service/svc-0f3b9d2c7e1a48650", "name": "acme-ledger-api", "status": "ACTIVE"}'
const RAM = '{"resourceShares": [{"name": "acme-prod-subnets", "resourceShareArn": "arn:aws:ram:eu-west-1:739250184630:resource-share/b51d7c93-2a0e-4f68-8c14-e9f3a7d02b5c"}]}'

t.test('a name beside a customer ARN is masked, as text', async (tt) => {
  tt.ok(found(LATTICE).includes('resource_name:acme-ledger-api'))
  tt.ok(found(RAM).includes('resource_name:acme-prod-subnets'))
  tt.ok(found(JSON.stringify({ Message: LATTICE })).includes('resource_name:acme-ledger-api'), 'JSON in a JSON string')
})

t.test('a name beside a customer ARN is masked, as parsed JSON', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  for (const [doc, name] of [[LATTICE, 'acme-ledger-api'], [RAM, 'acme-prod-subnets']]) {
    const masked = JSON.stringify(await scope.maskJson(JSON.parse(doc)))
    tt.notOk(masked.includes(name), `hides ${name}`)
    tt.same(scope.unmaskJson(JSON.parse(masked)), JSON.parse(doc), 'restored')
  }
})

t.test('AWS-owned ARNs, nested ARNs and tool calls leave the name alone', async (tt) => {
  tt.same(found('{"arn": "arn:aws:ram::aws:permission/AWSRAMDefaultPermissionSubnet", "name": "AWSRAMDefault-perm1"}'), [])
  const tool = '{"type": "tool_use", "name": "describe-role_v1", "input": {"arn": "arn:aws:iam::123456789012:role/deployer"}}'
  tt.notOk(found(tool).some(m => m.endsWith(':describe-role_v1')), 'a tool call keeps its name')
  tt.notOk(found('{"name": "get-logs_v2", "description": "x", "arn": "arn:aws:iam::123456789012:role/deployer"}').some(m => m.endsWith(':get-logs_v2')), 'a tool definition keeps its name')
  const { scope, close } = await openScope()
  tt.teardown(close)
  const masked = JSON.stringify(await scope.maskJson(JSON.parse(tool)))
  tt.ok(masked.includes('describe-role_v1'), 'as parsed JSON too')
  // an ECS container's name is often its image's: learnt, it was masked in the public image's path
  const container = '{"containers": [{"containerArn": "arn:aws:ecs:eu-west-1:123456789012:container/c/9f2b", "name": "aws-otel-collector", "image": "public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1"}]}'
  tt.ok((await scope.maskText(container)).includes('public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1'), 'a container beside its containerArn')
})
