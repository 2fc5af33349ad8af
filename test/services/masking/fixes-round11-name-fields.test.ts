// Round 11: name fields that went out in clear. AWS Budgets actions list the IAM roles, users and
// groups a policy is applied to as bare strings (`"IamActionDefinition": { "Roles": ["x"],
// "Users": [...], "Groups": [...] }`); Image Builder and Batch name an EC2 key pair `keyPair` /
// `ec2KeyPair`. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip, openScope } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string[]]> = [
  ['Budgets action Roles', '"IamActionDefinition": { "PolicyArn": "arn:aws:iam::520193847766:policy/deny-ec2", "Roles": ["pelican-sandbox-developers"], "Users": ["ci-bot-legacy"], "Groups": ["pelican-contractors"] }', ['pelican-sandbox-developers', 'ci-bot-legacy', 'pelican-contractors']],
  ['Image Builder keyPair', '"instanceTypes": ["m7g.large"], "keyPair": "verdant-ib-debug", "terminateInstanceOnFailure": false', ['verdant-ib-debug']],
  ['Batch ec2KeyPair', 'computeResources:\n  ec2KeyPair: tessaro-batch-ssh\n  instanceRole: ecsInstanceRole\n', ['tessaro-batch-ssh']]
]

t.test('names under these fields are hidden and restored', async (tt) => {
  for (const [what, text, values] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    for (const value of values) tt.notOk(masked.includes(value), `${what}: ${value} in ${masked}`)
  }
})

t.test('Budgets action Roles in parsed JSON', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = { Definition: { IamActionDefinition: { Roles: ['pelican-sandbox-developers'], Users: ['ci-bot-legacy'] } } }
  const masked = await scope.maskJson(value)
  tt.notOk(JSON.stringify(masked).includes('pelican-sandbox-developers'))
  tt.notOk(JSON.stringify(masked).includes('ci-bot-legacy'))
  tt.strictSame(scope.unmaskJson(masked), value)
})

t.test('what stays readable', async (tt) => {
  const masked = await maskedWithRoundTrip('{ "Roles": [ { "Path": "/", "RoleName": "x-deployer", "RoleId": "AROA3XFRBF535PLBIFPI4" } ] }')
  tt.ok(masked.includes('"Roles": [ { "Path": "/", "RoleName": "'), masked)
  tt.same(found('- hosts: web\n  roles:\n    - common\n    - nginx\n'), [], 'Ansible roles, lower case')
  tt.same(found('"roles": ["admin", "viewer"]'), [], 'application roles in a JWT, lower case')
})
