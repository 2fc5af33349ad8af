// Over-masks red team rounds 16-18 found: Serilog's `"EnvironmentName":"Production"` (ASP.NET's
// environment, under the key Elastic Beanstalk names its environments with) and an Opsgenie-like
// `"username": "system"` in lower case (`System` was kept already) were masked as names.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('ASP.NET environments and the system actor stay', async tt => {
  tt.same(found('{"@t":"2026-12-05T10:00:00Z","EnvironmentName":"Production","Application":"billing"}'), [])
  tt.same(found('EnvironmentName: Staging\n"EnvironmentName": "Development"'), [])
  tt.same(found('{"action": "Acknowledge", "username": "system"}'), [])
})

t.test('a Beanstalk environment and a real user are still masked', async tt => {
  tt.same(found('"EnvironmentName":"tarnwell-api-prod"'), ['resource_name:tarnwell-api-prod'])
  tt.same(found('{"username": "jdoe", "UserName": "systemd-deployer"}'), ['iam_user:jdoe', 'iam_user:systemd-deployer'])
})
