// Round 28 (databases and caches): names in a DBA's prose after nouns the reader did not know:
// `Valkey cache x`, `Redis cache x`, `Valkey cluster x`, `DB subnet group x`, `ElastiCache user x`
// went out in clear. `cache` and `subnet group` name nothing alone (`clear the cache first`,
// `the subnet group is`). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('cache and subnet group names in prose', async tt => {
  tt.same(found('the Valkey cache sessions-prod is full'), ['elasticache_cluster:sessions-prod'])
  tt.same(found('Redis cache orders-cache-01 evicts keys'), ['elasticache_cluster:orders-cache-01'])
  tt.same(found('the Valkey cluster flags-valkey-02 failed over'), ['elasticache_cluster:flags-valkey-02'])
  tt.same(found('DB subnet group ledger-private-subnets'), ['resource_name:ledger-private-subnets'])
  tt.same(found('ElastiCache user app-writer has no access'), ['iam_user:app-writer'])
  for (const text of ['the cache hit ratio', 'clear the cache first', 'the Redis cache is slow', 'the subnet group is', 'subnet group default',
    'a Valkey cache in front of DynamoDB']) {
    tt.same(found(text), [], text)
  }
})
