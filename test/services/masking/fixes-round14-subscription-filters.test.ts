// Round 14: the names of CloudWatch Logs subscription filters (`"subscriptionFilters": [...]` in the
// batch a subscription delivers, `filterName` in describe-subscription-filters) went out in clear.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('subscription and metric filter names', async (tt) => {
  tt.same(found('{"messageType": "DATA_MESSAGE", "subscriptionFilters": ["acme-flowlogs-to-opensearch"]}'), ['resource_name:acme-flowlogs-to-opensearch'])
  tt.same(found('"filterName": "acme-errors-to-firehose", "metricFilterName": "acme-5xx"'),
    ['resource_name:acme-errors-to-firehose', 'resource_name:acme-5xx'])
  tt.same(found('{"filterName": "active", "subscriptionFilters": ["all"]}'), [], 'an everyday word is no filter name')
})
