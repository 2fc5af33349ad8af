// `aws ... --query` output (red team round 15, left over): a selected field with no role under its
// own key (`SnapshottingClusterId`, `SnapshotName`) printed its customer names in clear in every
// output, and `--output yaml` of a selection was not read at all (fixes-gaps-15-query-output has
// the json/text/table forms for role fields).
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a field named after a resource, with no role of its own', async tt => {
  tt.same(found(`$ aws elasticache describe-cache-clusters --query 'CacheClusters[].SnapshottingClusterId' --output text
orders-cache-001\tsessions-002
$ aws elasticache describe-snapshots --query 'Snapshots[].[SnapshotName,ReplicationGroupId]' --output text
orders-snap-1\torders-rg`), ['resource_name:orders-cache-001', 'resource_name:sessions-002', 'resource_name:orders-snap-1', 'elasticache_cluster:orders-rg'])
  tt.same(found(`aws elasticache describe-cache-clusters --query 'CacheClusters[].{Snap:SnapshottingClusterId,Node:CacheNodeType}'
[
  {
    "Node": "cache.r6g.large",
    "Snap": "orders-cache-001"
  }
]`), ['resource_name:orders-cache-001'], 'JSON under an alias')
})

t.test('YAML output of a selection', async tt => {
  tt.same(found(`$ aws elasticache describe-replication-groups --query 'ReplicationGroups[].ReplicationGroupId' --output yaml
- orders-rg
- 'sessions-rg'
$ aws elasticache describe-cache-clusters --query 'CacheClusters[].{Snap:SnapshottingClusterId,Id:CacheClusterId}' --output yaml
- Id: orders-cache-001
  Snap: orders-cache-002
$ aws rds describe-db-instances --query 'DBInstances[].[DBInstanceIdentifier,Engine]' --output yaml-stream
- - orders-db-1
  - postgres
- - "billing-db"
  - mysql`), ['elasticache_cluster:orders-rg', 'elasticache_cluster:sessions-rg', 'elasticache_cluster:orders-cache-001', 'resource_name:orders-cache-002',
    'rds_instance:orders-db-1', 'rds_instance:billing-db'])
})

t.test('what is no name stays', async tt => {
  for (const text of [`aws elasticache describe-cache-clusters --query 'CacheClusters[].CacheNodes[].CacheNodeId' --output text
0001\t0002`, `aws elasticache describe-cache-clusters --query 'CacheClusters[].[CacheParameterGroup.CacheParameterGroupName,Engine]' --output text
default.redis7\tredis`, `aws ec2 describe-route-tables --query 'RouteTables[].Routes[].GatewayId' --output text
local`, `aws ec2 describe-instances --query 'Reservations[].Instances[].State.Name' --output yaml
- running
- stopped`, `aws lambda list-functions --query 'Functions[].{R:Runtime,M:MemorySize}' --output yaml
- M: 128
  R: python3.12`]) tt.same(found(text), [], text)
})
