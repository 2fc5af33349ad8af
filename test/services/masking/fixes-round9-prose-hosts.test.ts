// Red team round 9 (test/fixtures/blackbox-8/): names after `security group`, `SG`, ElastiCache
// `replication group` and `canary` went out in clear; AWS's own host labels `vpc-lattice-svcs`
// (VPC Lattice service hosts) and `crd.k8s` (the VPC CNI's API group) were masked; the app id and
// branch of an Amplify Hosting host (`main.<appId>.amplifyapp.com`) went out in clear.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('names after new nouns', async tt => {
  tt.same(found('Also the security group halvard-ledger-api-sg allows 0.0.0.0/0'), ['resource_name:halvard-ledger-api-sg'], 'security group')
  tt.same(found('| 09:44 | SG halvard-ledger-api-sg (sg-0d2f8b4e6a1c39750) tightened |'),
    ['resource_name:halvard-ledger-api-sg', 'security_group:sg-0d2f8b4e6a1c39750'], 'SG in a table')
  tt.same(found('The ElastiCache replication group halvard-sessions and'), ['elasticache_cluster:halvard-sessions'], 'replication group')
  tt.same(found('Canary halvard-checkout-flow is red since'), ['resource_name:halvard-checkout-flow'], 'canary')
})

t.test('ordinary words after them stay', async tt => {
  tt.same(found('the security group allows, the SG rules, a canary deployment, the replication group failover'), [])
})

t.test('AWS labels of hosts stay readable', async tt => {
  tt.same(found('apiVersion: crd.k8s.amazonaws.com/v1alpha1'), [], 'API group')
  tt.same(found('"domainName": "ledger-api-0e4c2a8f6d1b39570.7d67968.vpc-lattice-svcs.eu-central-1.on.aws"'),
    ['aws_hostname:ledger-api-0e4c2a8f6d1b39570', 'aws_hostname:7d67968'], 'VPC Lattice service host')
})

t.test('an Amplify Hosting host: branch and app id masked, the suffix readable', async tt => {
  tt.same(found('https://main.d1a2b3c4d5e6f7.amplifyapp.com/login'), ['aws_hostname:main', 'aws_hostname:d1a2b3c4d5e6f7'])
  tt.same(found('see the amplifyapp.com docs'), [], 'the domain alone')
})
