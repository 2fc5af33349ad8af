// Red team round 8 (test/fixtures/blackbox-7/): names given as AWS CLI filter values
// (`--filters Name=group-name,Values=x`, `Name=tag:Name,Values=x`) were left in clear and the
// filter name itself could be masked (`db-instance-id`); the values of a naming condition key in a
// decoded authorization message (`"key":"ec2:ResourceTag/Name","values":{"items":[{"value":"x"}]}`) too.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('filter values of a name filter or a naming tag are names', async tt => {
  tt.same(found('--filters Name=group-name,Values=corvina-edi-gw Name=vpc-id,Values=vpc-0fc791779914be7bc'),
    ['resource_name:corvina-edi-gw', 'vpc:vpc-0fc791779914be7bc'], 'group-name, then an id filter')
  tt.same(found('--filters "Name=tag:Name,Values=edi-gateway-prod-b" "Name=instance-state-name,Values=running"'),
    ['resource_name:edi-gateway-prod-b'], 'tag:Name quoted; the state filter stays')
  tt.same(found('--filters Name=db-instance-id,Values=corvina-pg-1,corvina-pg-2'),
    ['rds_instance:corvina-pg-1', 'rds_instance:corvina-pg-2'], 'a list; the filter name is not masked')
  tt.same(found('Name=tag:aws:cloudformation:stack-name,Values=corvina-edi'), ['cloudformation_stack:corvina-edi'], 'a naming tag key')
  tt.same(found('Name=key-name,Values=corvina-ops-2024'), ['resource_name:corvina-ops-2024'], 'key pair')
  const masked = await maskedWithRoundTrip('aws ec2 describe-instances --filters Name=tag:Name,Values=web-1,web-2')
  tt.ok(!masked.includes('web-1') && !masked.includes('web-2') && masked.includes('Name=tag:Name,Values='), masked)
})

t.test('other filters and AWS values stay', async tt => {
  tt.same(found('Name=group-name,Values=default'), [], 'the default security group')
  tt.same(found('Name=tag:team,Values=payments'), [], 'a tag that names nothing')
  tt.same(found('Name=instance-state-name,Values=running,stopped'), [], 'states')
  tt.same(found('Name=group-id,Values=sg-042cc5bb905429f94'), ['security_group:sg-042cc5bb905429f94'], 'ids by shape, as before')
  tt.same(found('Name=tag:Name,Values=${NAME}'), [], 'a placeholder')
})

t.test('decoded authorization message: values of a naming condition key', async tt => {
  const decoded = '{\\"key\\":\\"ec2:ResourceTag/Name\\",\\"values\\":{\\"items\\":[{\\"value\\":\\"edi-gateway-prod-b\\"},{\\"value\\":\\"edi-gw-2\\"}]}},{\\"key\\":\\"aws:Region\\",\\"values\\":{\\"items\\":[{\\"value\\":\\"eu-west-1\\"}]}}'
  tt.same(found(decoded), ['resource_name:edi-gateway-prod-b', 'resource_name:edi-gw-2'], 'inside the DecodedMessage string; the region stays')
  tt.same(found('{"key":"ec2:InstanceProfile","values":{"items":[{"value":"arn:aws:iam::568182566734:instance-profile/x"}]}}'),
    ['account_id:568182566734', 'iam_instance_profile:x'], 'an ARN value: the scanner\'s')
  tt.same(found('{"key":"ec2:InstanceType","values":{"items":[{"value":"t3.medium"}]}}'), [], 'a key that names nothing')
})
