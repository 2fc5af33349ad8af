// eksctl and `aws eks` name an EKS cluster with `--cluster` (eksctl get nodegroup --cluster x) and,
// for cluster commands, with `--name` (eksctl create cluster --name x, aws eks update-kubeconfig
// --name x): the token said ECS_CLUSTER (`--cluster` is read as `aws ecs`'s) or RESOURCE_NAME.
// `aws ecs ... --cluster x` stays an ECS cluster.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('--cluster of eksctl and aws eks', async tt => {
  tt.same(found('eksctl create nodegroup --cluster my-cluster --nodes 3'), ['eks_cluster:my-cluster'])
  tt.same(found('eksctl get nodegroup --cluster prod-eks'), ['eks_cluster:prod-eks'])
  tt.same(found('eksctl utils update-kube-proxy --cluster=prod-eks --approve'), ['eks_cluster:prod-eks'])
  tt.same(found('aws eks list-nodegroups --cluster-name prod-eks'), ['eks_cluster:prod-eks'])
  tt.same(found('aws --region eu-west-1 eks list-addons --cluster prod-eks'), ['eks_cluster:prod-eks'])
  tt.same(found('aws ecs update-service --cluster prod-ecs --force-new-deployment'), ['ecs_cluster:prod-ecs'], 'ECS stays ECS')
  tt.same(found('ecs-cli ps --cluster prod-ecs'), ['ecs_cluster:prod-ecs'])
})

t.test('--name of a cluster command', async tt => {
  tt.same(found('eksctl create cluster --name prod-eks --region us-east-1'), ['eks_cluster:prod-eks'])
  tt.same(found('eksctl delete cluster --name=prod-eks'), ['eks_cluster:prod-eks'])
  tt.same(found('aws eks update-kubeconfig --name prod-eks --region us-east-1'), ['eks_cluster:prod-eks'])
  tt.same(found('aws eks describe-cluster --name prod-eks'), ['eks_cluster:prod-eks'])
  tt.same(found('eksctl create nodegroup --cluster prod-eks --name ng-1'), ['eks_cluster:prod-eks', 'resource_name:ng-1'], 'a node group\'s name is no cluster')
})

t.test('masked and restored', async tt => {
  const masked = await maskedWithRoundTrip('eksctl get nodegroup --cluster prod-eks\naws eks update-kubeconfig --name prod-eks\n')
  tt.match(masked, /--cluster EKS_CLUSTER_1\n.*--name EKS_CLUSTER_1/)
})
