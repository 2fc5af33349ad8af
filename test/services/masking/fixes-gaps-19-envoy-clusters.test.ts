// Envoy's upstream clusters (red team round 18's nginx/Envoy config: `load_assignment:` then
// `cluster_name: dynamodb_vpce`, a route's `{ cluster: lambda_orders }`) were masked as EKS
// clusters and names: they are the proxy's own labels for its upstreams, no AWS resource.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Envoy cluster names stay', async tt => {
  tt.same(found(`static_resources:
  clusters:
  - name: dynamodb_vpce
    load_assignment:
      cluster_name: dynamodb_vpce
  routes:
  - match: { prefix: "/" }
    route: { cluster: lambda_orders }`), [])
  tt.same(found('{"load_assignment": {"cluster_name": "dynamodb_vpce", "endpoints": []}}'), [], 'JSON')
})

t.test('an EKS cluster under cluster_name elsewhere is masked', async tt => {
  tt.same(found('eks:\n  cluster_name: tarnwell-prod-eks\nthe cluster: tarnwell-prod-2'), ['eks_cluster:tarnwell-prod-eks', 'resource_name:tarnwell-prod-2'])
})
