// Keep audit (keep-audit.test.ts): AWS's own values after the nouns that announce a name were
// masked as customer names: instance classes with their family prefix or suffix (db., cache.,
// ml., .search), Lambda runtimes, EKS platform versions, Aurora engine versions, zone ids and
// Local Zones, the roles and managed policies AWS names (kept under their fields already), EKS
// components and a few hyphenated words.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('AWS values after a noun are kept', async tt => {
  const kept = [
    'the RDS instance db.r6g.xlarge is too small', 'an instance db.t3.micro', 'the ElastiCache cluster cache.r6g.large nodes',
    'SageMaker instance ml.m5.xlarge', 'the OpenSearch domain r6g.large.search nodes', 'the instance m7i.metal-24xl',
    'the Lambda function python3.12 runtime', 'every function nodejs20.x today', 'the function provided.al2023 bootstrap',
    'the cluster eks.7 platform', 'the Aurora cluster 8.0.mysql_aurora.3.05.2 engine',
    'the subnet use1-az1 is in', 'subnet euw2-az3', 'the subnet us-west-2-lax-1a is in',
    'The role AWSServiceRoleForECS is missing.', 'role AWSServiceRoleForAutoScaling_custom', 'IAM role OrganizationAccountAccessRole', 'role AWSControlTowerExecution',
    'IAM policy AmazonS3FullAccess', 'IAM policy AWSLambdaBasicExecutionRole',
    'The EKS cluster add-ons need an update', 'the load balancer internet-facing scheme',
    'the EKS cluster aws-auth ConfigMap', 'the cluster kube-proxy pods', 'EKS cluster aws-node daemonset',
    'the cluster cluster-autoscaler logs', 'the EKS cluster aws-load-balancer-controller'
  ]
  for (const text of kept) tt.same(found(text), [], text)
})

t.test('customer names after the same nouns are still masked', async tt => {
  tt.same(found('the RDS instance db-prod-01 is too small'), ['rds_instance:db-prod-01'])
  tt.same(found('the Lambda function python-etl-312 runtime'), ['lambda_function:python-etl-312'])
  tt.same(found('the cluster eks-prod-7 platform'), ['resource_name:eks-prod-7'])
  tt.same(found('the subnet use1-private-a is in'), ['resource_name:use1-private-a'])
  tt.same(found('IAM role ci-deployer-AWSServiceRole'), ['iam_role:ci-deployer-AWSServiceRole'])
  tt.same(found('IAM policy acme-s3-FullAccess'), ['iam_policy:acme-s3-FullAccess'])
  tt.same(found('the EKS cluster aws-auth-prod ConfigMap'), ['eks_cluster:aws-auth-prod'])
  tt.same(found('the ElastiCache cluster cache-r6g-prod nodes'), ['elasticache_cluster:cache-r6g-prod'])
})

t.test('HTTP header names after a noun are kept', async tt => {
  tt.same(found('the NLB x-amzn-RequestId header'), [], 'x-amzn-')
  tt.same(found('the API Gateway X-Amz-Cf-Id and the ALB x-amzn-trace-id'), [], 'x-amz-, x-amzn-')
  tt.same(found('the ALB x-prod-alb'), ['load_balancer:x-prod-alb'], 'a name starting with x-: masked')
  tt.same(found('the stack cf-prod-api failed'), ['cloudformation_stack:cf-prod-api'], 'shaped like a CDN header (cf-*): masked')
})
