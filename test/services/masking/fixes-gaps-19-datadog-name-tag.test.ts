// Datadog's AWS integration copies a resource's Name tag to a lower-case `name:` tag (red team
// round 16: `"tags": [..., "name:brennor-checkout-ng-2"]`, `service:checkout,env:prod,name:x`):
// it went out in clear. In a list of other Datadog-like tags (or a `tags` list read item by item)
// its value is masked; `name:` alone in prose is not read.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { detect } from '../../../services/masking/detector.js'

t.test('a name tag among Datadog tags is masked', async tt => {
  tt.same(found('DD_TAGS=service:checkout,env:prod,name:tarnwell-api-asg,version:1.2'), ['resource_name:tarnwell-api-asg'])
  tt.same(found('"tags": ["env:prod", "region:us-east-1", "name:brennor-checkout-ng-2"]'), ['resource_name:brennor-checkout-ng-2'])
  const item = 'name:brennor-checkout-ng-2'
  tt.same(detect(item, { field: 'tags' }).map(m => item.slice(m.start, m.end)), ['brennor-checkout-ng-2'], 'a JSON list item, read alone')
})

t.test('name: elsewhere stays', async tt => {
  for (const text of ['the name:tarnwell foo, name:bar-baz-1 env:prod', '{"name":"tarnwell-x","env":"prod"}', 'labels: a:b,name:web-2']) {
    tt.same(found(text), [], text)
  }
  tt.same(detect('name:web-2', { field: 'labels' }), [], 'another list')
})
