// Keep audit: an EC2 filter written as JSON, YAML or Python (`{"Name": "instance-type", "Values":
// [...]}`) had its name masked as a resource name (`instance-type`, `availability-zone`: AWS's
// filter names), where the CLI shorthand (`Name=instance-type,Values=...`) kept it; and the values
// of a naming filter (`tag:Name`, `group-name`) went out in clear there, where the shorthand
// masked them. Both notations now read a filter alike.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

t.test('filter names are kept in every notation', async tt => {
  tt.same(found('{"Filters": [{"Name": "instance-type", "Values": ["m5.large"]}, {"Name": "availability-zone", "Values": ["us-east-1a"]}]}'), [], 'JSON')
  tt.same(found("ec2.describe_instances(Filters=[{'Name': 'instance-state-name', 'Values': ['running']}])"), [], 'Python')
  tt.same(found('Filters:\n  - Name: availability-zone\n    Values: [us-east-1a]'), [], 'YAML')
  tt.same(found('"{\\"Name\\": \\"instance-type\\", \\"Values\\": [\\"m5.large\\"]}"'), [], 'JSON in a JSON string')
})

t.test('values of a naming filter are masked in every notation', async tt => {
  tt.same(found('{"Filters": [{"Name": "tag:Name", "Values": ["web-prod-1", "web-prod-2"]}]}'),
    ['resource_name:web-prod-1', 'resource_name:web-prod-2'], 'JSON, tag:Name')
  tt.same(found("Filters=[{'Name': 'group-name', 'Values': ['web-sg-prod']}]"), ['resource_name:web-sg-prod'], 'Python, group-name')
  tt.same(found('{"Name": "tag:Name", "Values": ["default"]}'), [], 'an AWS value stays')
})

t.test('a filter in parsed JSON reads alike', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const masked = await scope.maskJson({ Filters: [{ Name: 'instance-type', Values: ['m5.large'] }, { Name: 'tag:Name', Values: ['web-prod-1'] }] }) as any
  tt.same(masked.Filters[0], { Name: 'instance-type', Values: ['m5.large'] }, 'name and AWS values kept')
  tt.equal(masked.Filters[1].Name, 'tag:Name')
  tt.match(masked.Filters[1].Values[0], /^RESOURCE_NAME_\d+$/, 'the Name tag value masked')
})

t.test('a Name that is no filter is read as before', async tt => {
  tt.same(found('{"Name": "web-prod-1", "Value": "x"}'), ['resource_name:web-prod-1'])
  tt.same(found('{"Name": "web-prod-1", "Values": "x"}'), [], 'Values not a list: a filter still (its name kept)')
})
