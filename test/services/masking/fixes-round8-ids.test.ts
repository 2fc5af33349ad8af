// Red team round 8 (test/fixtures/blackbox-7/): EC2 id prefixes the catalogue lacked (Outposts
// local gateways and customer-owned IP pools were left in clear; `lgw-rtb-` lost only its `rtb-` part).
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('Outposts: local gateways, their route tables and interfaces, CoIP pools, the outpost', async tt => {
  tt.same(found('"LocalGatewayId": "lgw-0e2c4a6f8b1d3e579", "LocalGatewayRouteTableId": "lgw-rtb-0a4c6e8f1b3d5a792"'),
    ['resource_name:lgw-0e2c4a6f8b1d3e579', 'route_table:lgw-rtb-0a4c6e8f1b3d5a792'], 'whole ids')
  tt.same(found('lgw-vif-grp-0a1b2c3d4e5f6a7b8 lgw-vpc-assoc-0a1b2c3d4e5f6a7b8 lgw-vif-0123abcd'),
    ['resource_name:lgw-vif-grp-0a1b2c3d4e5f6a7b8', 'resource_name:lgw-vpc-assoc-0a1b2c3d4e5f6a7b8', 'resource_name:lgw-vif-0123abcd'], 'interfaces, associations')
  tt.same(found('{"PoolId": "ipv4pool-coip-0b5d7f9a1c3e2d468"} ipv4pool-ec2-0a1b2c3d4e5f6a7b8'),
    ['resource_name:ipv4pool-coip-0b5d7f9a1c3e2d468', 'resource_name:ipv4pool-ec2-0a1b2c3d4e5f6a7b8'], 'address pools')
  tt.same(found('OutpostId op-0f3a9c7e1b5d2e846'), ['resource_name:op-0f3a9c7e1b5d2e846'], 'outpost')
})

t.test('other EC2 ids: CIDR associations, security group rules, IPAM, flow logs, transit gateway parts', async tt => {
  tt.same(found('AssociationId: subnet-cidr-assoc-0c1e3a5b7d9f2e468'), ['subnet:subnet-cidr-assoc-0c1e3a5b7d9f2e468'], 'subnet CIDR association')
  tt.same(found('"AssociationId": "vpc-cidr-assoc-0a1b2c3d"'), ['vpc:vpc-cidr-assoc-0a1b2c3d'], 'VPC CIDR association')
  tt.same(found('"SecurityGroupRuleId": "sgr-0b1c2d3e4f5a6b7c8"'), ['resource_name:sgr-0b1c2d3e4f5a6b7c8'], 'rule')
  tt.same(found('ipam-pool-0a1b2c3d4e5f6a7b8 fl-0123abcd9 fl-0123abcd'), ['resource_name:ipam-pool-0a1b2c3d4e5f6a7b8', 'resource_name:fl-0123abcd'], 'IPAM pool, flow log (8 or 17 hex only)')
  tt.same(found('tgw-mcast-domain-0a1b2c3d4e5f6a7b8'), ['transit_gateway:tgw-mcast-domain-0a1b2c3d4e5f6a7b8'], 'multicast domain')
  const masked = await maskedWithRoundTrip('route lgw-rtb-0a4c6e8f1b3d5a792 via lgw-0e2c4a6f8b1d3e579')
  tt.ok(!/lgw-|0a4c6e8f1b3d5a792|0e2c4a6f8b1d3e579/.test(masked), masked)
})

t.test('words with those heads stay', async tt => {
  tt.same(found('the pg-15 cluster, fl-studio, op-amp, sgr-rules, lgw-setup, ipam-pool-a, op-deadbeefx'), [], 'not hex ids')
})

t.test('CloudHSM cluster and HSM ids', async tt => {
  tt.same(found('"ClusterId": "cluster-5v2kqx7m3zd", "HsmId": "hsm-3qk7zv2xm4p"'),
    ['resource_name:cluster-5v2kqx7m3zd', 'resource_name:hsm-3qk7zv2xm4p'], 'describe-clusters')
  tt.same(found('cloudhsm cluster cluster-igklspoyj5v with hsm-ted36yp5b2x'), ['resource_name:cluster-igklspoyj5v', 'resource_name:hsm-ted36yp5b2x'], 'prose')
  tt.same(found('cluster-autoscaler cluster-information hsm-partition2 cluster-abcdefghijk cluster-22222222222 cluster-5v2kqx7m3zdx'), [], 'words, one kind of char only, too long')
  tt.same(found('db-ABCDEFGHIJKLMNOPQRSTUVWXY2 cluster-ABCDEFGHIJKLMNOPQRSTUVWXY2'),
    ['rds_resource_id:db-ABCDEFGHIJKLMNOPQRSTUVWXY2', 'rds_resource_id:cluster-ABCDEFGHIJKLMNOPQRSTUVWXY2'], 'RDS resource ids, as before')
})

t.test('Transfer Family servers and DataSync tasks, locations and executions (17 hex)', async tt => {
  tt.same(found('server s-0123456789abcdef0 runs task-0123456789abcdef0 from loc-0123456789abcdef0 (exec-0a1b2c3d4e5f6a7b8)'),
    ['resource_name:s-0123456789abcdef0', 'resource_name:task-0123456789abcdef0', 'resource_name:loc-0123456789abcdef0', 'resource_name:exec-0a1b2c3d4e5f6a7b8'], 'prose')
  tt.same(found('arn:aws:datasync:eu-west-1:568182566734:task/task-0123456789abcdef0'), ['account_id:568182566734', 'resource_name:task-0123456789abcdef0'], 'in an ARN')
  tt.same(found('task-based exec-form loc-12345678 s-12345678 s-curve task-0123456789abcdef'), [], 'words, 8 or 16 hex digits')
})
