// AWS Tools for PowerShell's Format-List prints a collection in braces (`SecurityGroups : {x}`,
// cut to `{a, b, c, d...}` past $FormatEnumerationLimit): the security group's name (red team
// round 18) and the names of other resource fields' collections went out in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a security group named in Format-List braces', async tt => {
  tt.same(found(`InstanceId         : i-0c7e2a9d4b1f83650
SecurityGroups     : {tarnwell-sql-sg}
KeyName            : tarnwell-ops-2024`), ['ec2_instance:i-0c7e2a9d4b1f83650', 'resource_name:tarnwell-sql-sg', 'resource_name:tarnwell-ops-2024'])
  tt.same(found(`SecurityGroups : {web-sg, db-sg, sg-0123456789abcdef0, ops-sg...}\r\nState : running`),
    ['resource_name:web-sg', 'resource_name:db-sg', 'security_group:sg-0123456789abcdef0', 'resource_name:ops-sg'], 'a list cut short, CRLF')
  const masked = await maskedWithRoundTrip('SecurityGroups     : {tarnwell-sql-sg, tarnwell-web-sg}\n')
  tt.notOk(masked.includes('tarnwell'), masked)
})

t.test('other resource fields of a collection', async tt => {
  tt.same(found(`AutoScalingGroupName : tarnwell-api-asg
LoadBalancerNames    : {tarnwell-web-lb, tarnwell-api-lb}
TargetGroupARNs      : {}`), ['resource_name:tarnwell-api-asg', 'load_balancer:tarnwell-web-lb', 'load_balancer:tarnwell-api-lb'])
})

t.test('kept: objects, tags, AWS names and braces outside Format-List', async tt => {
  tt.same(found(`SecurityGroups     : {Amazon.EC2.Model.GroupIdentifier}
Tags               : {Name, Environment}
SecurityGroups     : {default}`), [], 'type names, a non-resource field, the default group')
  tt.same(found('my config has SecurityGroups: {web-sg} in it'), [], 'no Format-List layout: not read')
})
