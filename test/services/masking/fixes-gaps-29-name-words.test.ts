// Gaps round 29: a Name of several words went upstream past its first word (or whole) in a CLI
// `--output table` cell (`|  Name |  orders api primary |`) and in a tag filter
// (`--filters Name=tag:Name,Values=web tier prod`). Each is one name, masked as one token; a
// description's words in a cell, an option or a sentence after a filter value stay out of it.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a Name of several words in a table cell is masked whole', async tt => {
  tt.same(found('||  Name |  orders api primary ||'), ['resource_name:orders api primary'])
  const table = '||+-------+----------------------+||\n|||  Key  |        Value         |||\n||+-------+----------------------+||\n|||  Name |  orders api primary  |||\n'
  const masked = await maskedWithRoundTrip(table)
  tt.notOk(masked.includes('api primary'))
  tt.same(found('| Name | the name of the bucket |'), [])
})

t.test("a tag filter's value of several words is masked whole", async tt => {
  tt.same(found('aws ec2 describe-instances --filters Name=tag:Name,Values=web tier prod'), ['resource_name:web tier prod'])
  tt.same(found("aws ec2 describe-instances --filters 'Name=tag:Name,Values=web tier prod' --query x"), ['resource_name:web tier prod'])
  tt.same(found('--filters Name=tag:Name,Values=web tier prod --output text'), ['resource_name:web tier prod'])
  tt.same(found('--filters Name=tag:Name,Values=web-1 then check the output'), ['resource_name:web-1'])
  tt.same(found('--filters Name=tag:Name,Values=web-1,web-2 Name=instance-state-name,Values=running'), ['resource_name:web-1', 'resource_name:web-2'])
})
