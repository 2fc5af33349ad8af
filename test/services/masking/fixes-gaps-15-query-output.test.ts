// `aws ... --query` output whose values stand under no AWS key (red team round 15): a hash's
// aliases (`{Snap:SnapshottingClusterId,Id:CacheClusterId}`) hold the selected fields' values,
// printed as JSON under the alias, as a table under a header of aliases, or (sorted by alias) as
// text columns; one field of every item (`Buckets[].Name --output text`) prints names
// tab-separated on one line; a list's table has a title row and one cell per field. They went
// out in clear.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a hash selection: values under their aliases', async tt => {
  tt.same(found(`$ aws elasticache describe-cache-clusters --query 'CacheClusters[].{Snap:SnapshottingClusterId,Id:CacheClusterId}' --output table
-------------------------------------------
|          DescribeCacheClusters          |
+------------------+----------------------+
|        Id        |        Snap          |
+------------------+----------------------+
|  orders-cache-001|  orders-cache-001    |
|  sessions-002    |  None                |
+------------------+----------------------+
Which one is the snapshot source?`), ['elasticache_cluster:orders-cache-001', 'resource_name:orders-cache-001', 'elasticache_cluster:sessions-002'], 'table (Snap: fixes-gaps-19-query-output)')
  tt.same(found(`aws elasticache describe-cache-clusters --query 'CacheClusters[].{Id:CacheClusterId,Node:CacheNodeType}'
[
  {
    "Id": "orders-cache-001",
    "Node": "cache.r6g.large"
  }
]`), ['elasticache_cluster:orders-cache-001'], 'JSON')
  tt.same(found(`aws rds describe-db-instances --query 'DBInstances[*].{Id:DBInstanceIdentifier,Engine:Engine}' --output text
postgres\torders-db-1
mysql\tlegacy
$ next`), ['rds_instance:orders-db-1', 'rds_instance:legacy'], 'text columns sorted by alias')
})

t.test('one field of every item', async tt => {
  tt.same(found(`aws s3api list-buckets --query 'Buckets[].Name' --output text
acme-logs-prod\tacme-static-assets\ttessaly-exports
Which ones are public?`), ['s3_bucket:acme-logs-prod', 's3_bucket:acme-static-assets', 's3_bucket:tessaly-exports'])
  tt.same(found(`aws s3api list-buckets --query "Buckets[?starts_with(Name, 'acme')].Name"
[
    "acme-logs-prod",
    "acme-static"
]`), ['s3_bucket:acme-logs-prod', 's3_bucket:acme-static'], 'JSON list, filtered')
  tt.same(found(`aws lambda list-functions --query 'Functions[].FunctionName' --output text
orders-api\tbilling-sync
Thanks`), ['lambda_function:orders-api', 'lambda_function:billing-sync'], 'a bare word after the output is prose')
})

t.test('a list selection printed as a table: the title row, then one cell per field', async tt => {
  tt.same(found(`aws s3api list-buckets --query 'Buckets[].Name' --output table
-------------------------
|      ListBuckets      |
+-----------------------+
|  acme-logs-prod       |
|  acme-static-assets   |
+-----------------------+`), ['s3_bucket:acme-logs-prod', 's3_bucket:acme-static-assets'])
  tt.same(found(`aws ec2 describe-key-pairs --query 'KeyPairs[].[KeyName,KeyType]' --output table
-------------------------------
|      DescribeKeyPairs       |
+-----------------+-----------+
|  ops-deploy-key |  rsa      |
|  ci-runner      |  ed25519  |
+-----------------+-----------+`), ['resource_name:ops-deploy-key', 'resource_name:ci-runner'])
})

t.test('what is no name stays', async tt => {
  for (const text of [`aws ec2 describe-instances --query 'Reservations[].Instances[].State.Name' --output text
running\tstopped`, `aws s3api list-buckets --query 'Buckets[].CreationDate' --output text
2024-01-01T00:00:00+00:00`, `aws lambda list-functions --query 'Functions[].{R:Runtime,M:MemorySize}' --output table
|  M  |  R  |
|  128|  python3.12 |`]) tt.same(found(text), [], text)
})
