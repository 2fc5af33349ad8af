// Round 23 (network troubleshooting): VPC flow logs of format v7+ carry the ECS cluster's and
// service's names in their own fields (`ecs-cluster-name`, `ecs-service-name`), which stayed in
// clear: nothing but the header line of an S3-delivered file says what the column is. They are now
// read by column under a flow log header. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const HEADER = 'version account-id interface-id srcaddr dstaddr srcport dstport action ecs-cluster-name ecs-service-name ecs-task-id'
const ROW = (cluster: string, service: string): string =>
  `7 123456789012 eni-0a2d6f8b1c4e93750 10.0.1.5 10.0.2.9 443 51000 ACCEPT ${cluster} ${service} 4f1b9e27c3d84a6f9e01b7c5d2a3f860`

t.test('the ECS columns under a flow log header', async tt => {
  const kinds = (text: string): string[] => found(text).filter(m => m.startsWith('ecs_'))
  tt.same(kinds(`${HEADER}\n${ROW('payments-prod', 'checkout_api')}\n${ROW('-', '-')}\n${ROW('Orders-Cluster', 'worker')}\n`),
    ['ecs_cluster:payments-prod', 'ecs_service:checkout_api', 'ecs_cluster:Orders-Cluster', 'ecs_service:worker'])
  tt.same(kinds(`${HEADER}\r\n${ROW('payments-prod', 'checkout_api')}\r\n`), ['ecs_cluster:payments-prod', 'ecs_service:checkout_api'], 'CRLF')
  tt.same(kinds(`ecs-cluster-name ecs-service-name srcaddr dstaddr\nbilling web 10.0.0.1 10.0.0.2\n`), ['ecs_cluster:billing', 'ecs_service:web'], 'the first column')
  const masked = roundTripMasker(tt)
  const out = await masked(`${HEADER}\n${ROW('payments-prod', 'checkout_api')}`)
  tt.ok(out.startsWith(HEADER) && !out.includes('payments-prod') && !out.includes('checkout_api'), out)
})

t.test('no flow log header, no column', async tt => {
  const kinds = (text: string): string[] => found(text).filter(m => m.startsWith('ecs_'))
  tt.same(kinds(`${HEADER}\n\n${ROW('payments-prod', 'web')}`), [], 'records start right under the header')
  tt.same(kinds(`${HEADER}\nnot a record\n`), [])
  tt.same(kinds('name ecs-cluster-name status\norders payments ok\n'), [], 'no flow log field in the header')
  tt.same(kinds('Set ${ecs-cluster-name} ${ecs-service-name} in the format, then\nsee the docs here'), [])
  tt.same(kinds('the ecs-cluster-name field\nholds the cluster'), [])
})
