// Round 30 (deployment platforms and governance): names AWS gives itself were masked as the
// customer's: the roles Account Factory for Terraform assumes (`AWSAFTExecution`, its session
// `AWSAFT-Session`), the service roles the Beanstalk and App Runner consoles create under fixed
// names, App Runner's `DefaultConfiguration`, Lightsail's `bitnami` login and `dbmasteruser`.
// A customer's own role beside them stays masked. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('AWS-named roles, sessions and defaults are kept', async tt => {
  tt.same(found('Assumed role: arn:aws:sts::593017248861:assumed-role/AWSAFTExecution/AWSAFT-Session'), ['account_id:593017248861'])
  tt.same(found('ServiceRole: arn:aws:iam::746102938475:role/aws-elasticbeanstalk-service-role'), ['account_id:746102938475'])
  tt.same(found('"AccessRoleArn": "arn:aws:iam::527193048860:role/service-role/AppRunnerECRAccessRole"'), ['account_id:527193048860'])
  const defaults = found('arn:aws:apprunner:eu-west-1:527193048860:autoscalingconfiguration/DefaultConfiguration/1/00000000000000000000000000000001')
  tt.ok(defaults.includes('account_id:527193048860'))
  tt.notOk(defaults.some(f => f.includes('DefaultConfiguration')), 'App Runner\'s default configuration kept')
  tt.same(found('"username": "bitnami", "masterUsername": "dbmasteruser"'), [])
  tt.same(found('arn:aws:iam::746102938475:role/larkspur-eb-ec2-role'), ['account_id:746102938475', 'iam_role:larkspur-eb-ec2-role'])
  tt.same(found('"masterUsername": "corvid_admin"'), ['resource_name:corvid_admin'])
})
