// Kubernetes: the AWS Load Balancer Controller's annotations list security groups and subnets by
// id or by name (`alb.ingress.kubernetes.io/security-groups: sg-0abc..., my-sg-name`); the ids were
// masked, the names stayed in clear. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('names listed beside ids in the controller\'s annotations', async tt => {
  tt.same(found('    alb.ingress.kubernetes.io/security-groups: sg-0abc1234def567890, my-sg-name\n'),
    ['security_group:sg-0abc1234def567890', 'resource_name:my-sg-name'])
  tt.same(found('    alb.ingress.kubernetes.io/subnets: subnet-0a1c3e5b7d9f24682, my-subnet-name,subnet-0b2d4f6a8c1e35793\n'),
    ['subnet:subnet-0a1c3e5b7d9f24682', 'resource_name:my-subnet-name', 'subnet:subnet-0b2d4f6a8c1e35793'])
  tt.same(found('    service.beta.kubernetes.io/aws-load-balancer-security-groups: "web-public-sg,sg-0f1a3c5e7b9d24692"\n' +
    '    service.beta.kubernetes.io/aws-load-balancer-subnets: private-a-2, private-b-2\n'),
  ['resource_name:web-public-sg', 'security_group:sg-0f1a3c5e7b9d24692', 'resource_name:private-a-2', 'resource_name:private-b-2'], 'the service annotations, quoted')
  tt.same(found('{"alb.ingress.kubernetes.io/security-groups":"orders-alb-sg, sg-05bee29ceab6eeebd"}'),
    ['resource_name:orders-alb-sg', 'security_group:sg-05bee29ceab6eeebd'], 'in JSON')
  const masked = await maskedWithRoundTrip('metadata:\n  annotations:\n    alb.ingress.kubernetes.io/security-groups: sg-0abc1234def567890, orders-alb-sg\n')
  tt.notOk(masked.includes('orders-alb-sg'))
})

t.test('other annotations and ids alone', async tt => {
  tt.same(found('    alb.ingress.kubernetes.io/scheme: internet-facing\n    alb.ingress.kubernetes.io/security-groups: sg-05bee29ceab6eeebd,sg-0fd8bc674878485e2\n'),
    ['security_group:sg-05bee29ceab6eeebd', 'security_group:sg-0fd8bc674878485e2'])
  tt.same(found('    alb.ingress.kubernetes.io/manage-backend-security-group-rules: "true"\n'), [])
})
