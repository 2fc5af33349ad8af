// Round 14: the resources Control Tower creates under fixed names in every enrolled account
// (`aws-controltower-NotificationForwarder`, `aws-controltower/CloudTrailLogs`, the
// `aws-controltower-*ExecutionRole`s) were masked as customer names, under their fields, in ARNs and
// in prose (its `AWSControlTowerExecution` role already stayed). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Control Tower\'s own names stay', async (tt) => {
  tt.same(found('"FunctionName": "aws-controltower-NotificationForwarder", "logGroupName": "aws-controltower/CloudTrailLogs", "TopicName": "aws-controltower-SecurityNotifications"'), [])
  tt.same(found('arn:aws:iam::123456789012:role/aws-controltower-AdministratorExecutionRole'), ['account_id:123456789012'])
  tt.same(found('the Lambda function aws-controltower-NotificationForwarder fails'), [])
  tt.same(found('"FunctionName": "acme-controltower-hook"'), ['lambda_function:acme-controltower-hook'], 'a customer\'s name as before')
})
