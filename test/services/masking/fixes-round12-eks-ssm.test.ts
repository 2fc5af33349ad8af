// Round 12 (blackbox-11): names of EKS, Karpenter, external-secrets and SSM material went out in
// clear: the node label `eks.amazonaws.com/nodegroup=x`, Karpenter's `instanceProfile: x`, SSM
// targets by tag (`Key=tag:eks:nodegroup-name,Values=x`, `{"Key": "tag:...", "Values": [...]}`),
// external-secrets' `remoteRef: key: prod/app/db`, a SecretProviderClass's `objectName`, and the
// stream of a log-group ARN (`:log-stream:i-0abc...`, an agent's `ip-10-...compute.internal-...`),
// which the scanner never read. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['nodegroup label', 'Labels:             eks.amazonaws.com/nodegroup=tarnwick-apps-ng-blue\n', 'tarnwick-apps-ng-blue'],
  ['nodegroup label, JSON', '{"labels": {"eks.amazonaws.com/nodegroup": "tarnwick-apps-ng-blue"}}', 'tarnwick-apps-ng-blue'],
  ['Karpenter instanceProfile', 'spec:\n  role: KarpenterNodeRole-corvane\n  instanceProfile: corvane-karpenter-profile\n', 'corvane-karpenter-profile'],
  ['SSM targets shorthand', 'aws ssm send-command --document-name "AWS-RunShellScript" --targets "Key=tag:eks:nodegroup-name,Values=ossory-core-ng-gpu"', 'ossory-core-ng-gpu'],
  ['SSM targets by Name tag', 'aws ssm send-command --targets Key=tag:Name,Values=web-prod-1,web-prod-2 --document-name AWS-RunShellScript', 'web-prod-2'],
  ['SSM targets JSON', '"Targets": [{"Key": "tag:eks:nodegroup-name", "Values": ["ossory-core-ng-gpu"]}],', 'ossory-core-ng-gpu'],
  ['remoteRef key', '  data:\n    - secretKey: DB_PASSWORD\n      remoteRef:\n        key: prod/tarnwick/ledger-db\n        property: password\n', 'prod/tarnwick/ledger-db'],
  ['remoteRef key after property', '      remoteRef:\n        property: password\n        key: prod/tarnwick/ledger-db\n', 'prod/tarnwick/ledger-db'],
  ['remoteRef JSON', '{"remoteRef": {"property": "password", "key": "prod/tarnwick/ledger-db"}}', 'prod/tarnwick/ledger-db'],
  ['dataFrom extract', '  dataFrom:\n    - extract:\n        key: prod/tarnwick/all\n', 'prod/tarnwick/all'],
  ['objectName parameter', '      - objectName: "/tarnwick/prod/ledger/feature-flags"\n        objectType: "ssmparameter"\n', '/tarnwick/prod/ledger/feature-flags'],
  ['objectName secret', '      - objectName: "tarnwick-ledger-api-tls"\n        objectType: "secretsmanager"\n', 'tarnwick-ledger-api-tls'],
  ['log stream: instance id', 'on resource: arn:aws:logs:ca-central-1:604218937751:log-group:/aws/ec2/app:log-stream:i-0b9d3f7a1c5e28641', 'i-0b9d3f7a1c5e28641'],
  ['log stream: node hostname', "arn:aws:logs:ca-central-1:604218937751:log-group:/aws/containerinsights/marlow-prod-eks/application:log-stream:ip-10-88-4-19.ca-central-1.compute.internal-application.var.log.containers.x.log'", '10-88-4-19']
]

t.test('the name is hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('what says nothing stays', async (tt) => {
  tt.same(found('Key=InstanceIds,Values=* Key=tag:Environment,Values=prod'), [], 'targets by a non-naming tag')
  tt.same(found('{"Key": "Environment", "Values": ["prod"]}'), [], 'a non-naming tag in JSON')
  tt.same(found('data:\n  - key: config.yaml\n    path: config.yaml\n'), [], 'a ConfigMap item key')
  tt.same(found('secretObjects:\n  - data:\n      - key: username\n'), [], 'a secretObjects key')
  tt.same(found('arn:aws:logs:us-east-1:604218937751:log-group:app-logs:log-stream:*').map(f => f.split(':')[0]), ['account_id', 'log_group'], 'a stream wildcard')
})
