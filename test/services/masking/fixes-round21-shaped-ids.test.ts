// Round 21: two ids by shape stayed in clear in meeting notes and a Jira story: an Amazon MQ broker
// id (`b-` + UUID) and the secret RDS manages for a cluster (`rds!cluster-` + UUID). Regression
// test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('an MQ broker id and an RDS-managed secret', async (tt) => {
  tt.same(found('the MQ broker acme-mq (b-3c8e1f7a-92d4-4b6e-a05c-7d2f9e1b4a86) has three queues'),
    ['resource_name:acme-mq', 'resource_name:b-3c8e1f7a-92d4-4b6e-a05c-7d2f9e1b4a86'])
  tt.same(found('Update the secret rds!cluster-4f7a2c91-8e3b-4d6a-b1c5-0e9d7f2a3b68 rotation'), ['secret_name:cluster-4f7a2c91-8e3b-4d6a-b1c5-0e9d7f2a3b68'])
  tt.same(found('rds!db-0c9e1f2a-7b3d-4e5f-8a6b-1c2d3e4f5a6b'), ['secret_name:db-0c9e1f2a-7b3d-4e5f-8a6b-1c2d3e4f5a6b'])
  tt.same(found('plan b-side, option b-1, b-tree'), [])
})
