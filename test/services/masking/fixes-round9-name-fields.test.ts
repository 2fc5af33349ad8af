// Red team round 9 (probes after test/fixtures/blackbox-8/): `*Name` fields of AWS APIs that name
// a customer resource went out in clear (UserPoolName, WebACLName, DashboardName, LayerName,
// ScheduleName, EventBusName, TrailName, ApplicationName / EnvironmentName of Elastic Beanstalk,
// CapacityProviderName, BackupVaultName, ContainerName, ...). AWS's own values under them stay:
// `AWS-` names (managed WAF rule groups, SSM documents), the `Default` backup vault, Fargate's
// capacity providers.
import t from 'tap'
import { found } from './blackbox-helpers.js'

const FIELDS = ['UserPoolName', 'WebACLName', 'DashboardName', 'LayerName', 'ScheduleName', 'CollectionName', 'ActivityName',
  'EventBusName', 'TrailName', 'EnvironmentName', 'ApplicationName', 'CapacityProviderName', 'FargateProfileName', 'AuthorizerName',
  'UsagePlanName', 'ProvisionedProductName', 'BackupVaultName', 'BackupPlanName', 'ContainerName', 'containerName']

t.test('the value of a name field is a name', async tt => {
  for (const field of FIELDS) tt.same(found(`"${field}": "halvard-thing-01"`), ['resource_name:halvard-thing-01'], field)
})

t.test("AWS's own values under name fields stay", async tt => {
  tt.same(found('"RuleName": "AWS-AWSManagedRulesCommonRuleSet", "DocumentName": "AWS-RunShellScript"'), [], 'AWS- names')
  tt.same(found('"BackupVaultName": "Default", "CapacityProviderName": "FARGATE_SPOT"'), [], 'AWS defaults')
  tt.same(found('"Name": "AWS-AWSManagedRulesSQLiRuleSet"'), [], 'a managed rule group under Name')
  tt.same(found('"configRuleName": "restricted-ssh"'), [], 'a Config rule keeps its managed name')
})
