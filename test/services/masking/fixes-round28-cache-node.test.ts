// Round 28 (databases), found at merge by the proxy corpus test: an ElastiCache node is named after
// its replication group or cluster (`node marlowe-rate-limits-002`, cluster mode's
// `orders-cache-0001-001`), so the group's name went upstream inside it although it was masked
// where it stood alone. The group is masked (the same token), the member number stays.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test("a cache node's group is masked in the node's name", async tt => {
  tt.same(found('node marlowe-rate-limits-002 is primary now'), ['elasticache_cluster:marlowe-rate-limits'])
  tt.same(found('Node orders-cache-0001-001 failed over'), ['elasticache_cluster:orders-cache'])
  tt.same(found('node `sessions-prod-003` restarted'), ['elasticache_cluster:sessions-prod'])
  const masked = await maskedWithRoundTrip('the ElastiCache replication group marlowe-rate-limits swapped, node marlowe-rate-limits-002 is primary')
  tt.notOk(masked.includes('marlowe-rate-limits'))
  tt.match(masked, /group (ELASTICACHE_CLUSTER_\d+) swapped, node \1-002 is primary/)
})

t.test('node words that name no cache stay', async tt => {
  for (const text of ['the node pool-001 is ok', 'node worker-001 joined', 'node 3 of 5', 'node v18.19.0-001 is old', 'a node-level metric']) {
    tt.same(found(text), [], text)
  }
})
