// Round 28 (databases and caches): names and labels of database services. Masked: an RDS Proxy
// named in prose (`RDS Proxy x`, `DB proxy x`), MemoryDB's `ACLName` / `--acl-name` (not its default `open-access`). Kept: Aurora
// DSQL's `dsql` label (`<cluster id>.dsql.<region>.on.aws`) and ElastiCache's node group labels
// (`<name>.<id>.ng.0001.<zone>.cache.amazonaws.com`), AWS's own. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('an RDS Proxy named in prose', async tt => {
  tt.same(found('RDS Proxy marlowe-payments-proxy would have hidden this'), ['resource_name:marlowe-payments-proxy'])
  tt.same(found('the DB proxy orders-proxy-01 is up'), ['resource_name:orders-proxy-01'])
  for (const text of ['behind a proxy nginx-lb', 'the proxy server', 'RDS Proxy pinning', 'an HTTP proxy squid-01']) tt.same(found(text), [], text)
})

t.test("MemoryDB's ACL name", async tt => {
  tt.same(found('"ACLName": "sable-ledger-acl",'), ['resource_name:sable-ledger-acl'])
  tt.same(found('aws memorydb create-cluster --cluster-name x1 --acl-name ledger-acl-prod').filter(m => m.includes('acl')), ['resource_name:ledger-acl-prod'])
  tt.same(found('"ACLName": "open-access"'), [], "MemoryDB's default ACL is AWS's")
})

t.test('AWS labels of database endpoints stay', async tt => {
  tt.same(found('psql -h 4aabtq2ybm7xhkcnlivqz3pfue.dsql.us-east-1.on.aws -U admin'), ['aws_hostname:4aabtq2ybm7xhkcnlivqz3pfue'])
  tt.same(found('url: redis://quarrel-cache.b7m2wq.ng.0001.cac1.cache.amazonaws.com:6379/1'), ['elasticache_cluster:quarrel-cache', 'aws_hostname:b7m2wq'])
  tt.same(found('quarrel-cache-001.b7m2wq.0001.cac1.cache.amazonaws.com'), ['elasticache_cluster:quarrel-cache-001', 'aws_hostname:b7m2wq'])
  tt.same(found('x.0001.s3.amazonaws.com'), ['s3_bucket:x.0001'])
})
