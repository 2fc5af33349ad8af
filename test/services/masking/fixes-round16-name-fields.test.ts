// Round 16: an AWS Health event's affected entity (`"entityValue": "tavenko-reporting-mysql-replica"`) and
// an ElastiCache replication group's members (`MemberClusters`, Terraform's `member_clusters`: the
// cache cluster ids `<group>-001`) went out in clear. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Health entities and replication group members', async (tt) => {
  tt.same(found('{ "entityValue": "tavenko-reporting-mysql-replica", "status": "PENDING", "tags": {} }'), ['resource_name:tavenko-reporting-mysql-replica'])
  tt.same(found('{ "entityValue": "vol-0e4a6c8b2d1f35790", "status": "IMPAIRED" }'), ['ebs_volume:vol-0e4a6c8b2d1f35790'])
  tt.same(found('"member_clusters": ["nerida-sessions-001", "nerida-sessions-002"],'),
    ['elasticache_cluster:nerida-sessions-001', 'elasticache_cluster:nerida-sessions-002'])
  tt.same(found('"MemberClusters": [\n    "orders-cache-001"\n]'), ['elasticache_cluster:orders-cache-001'])
})
