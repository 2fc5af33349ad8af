// Red team round 8 (test/fixtures/blackbox-7/): the OpsItem action of a CloudWatch alarm
// (`arn:aws:ssm:<region>:<account>:opsitem:3#CATEGORY=Availability`) lost its AWS-defined
// severity and category to a token.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('an OpsItem alarm action keeps its severity and category', async tt => {
  tt.same(found('"alarmActions": ["arn:aws:ssm:eu-west-1:568182566734:opsitem:3#CATEGORY=Availability"]'), ['account_id:568182566734'], 'alarm action')
  tt.same(found('arn:aws:ssm:us-east-1:568182566734:opsitem:1#CATEGORY=Security'), ['account_id:568182566734'], 'another severity')
  const masked = await maskedWithRoundTrip('arn:aws:ssm:eu-west-1:568182566734:opsitem:3#CATEGORY=Availability')
  tt.ok(masked.endsWith(':opsitem:3#CATEGORY=Availability') && !masked.includes('568182566734'), masked)
})

t.test('OpsItems themselves and other SSM ARNs are masked as before', async tt => {
  tt.same(found('arn:aws:ssm:eu-west-1:568182566734:opsitem/oi-0123456789ab'), ['account_id:568182566734', 'arn:oi-0123456789ab'], 'an OpsItem id')
  tt.same(found('arn:aws:ssm:eu-west-1:568182566734:opsitem:corvina-x'), ['account_id:568182566734', 'arn:corvina-x'], 'not an action shape')
  tt.same(found('arn:aws:ssm:eu-west-1:568182566734:parameter/corvina/x'), ['account_id:568182566734', 'ssm_parameter:corvina/x'], 'a parameter')
})
