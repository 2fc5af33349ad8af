// Keep audit, AWS API answers: real-shaped JSON (CloudWatch dimensions, EC2 filters, public SSM
// parameters, pricing filters, ECS task definitions, engine versions, instance types, zones,
// regions, Lambda and EKS configurations, default parameter groups, quotas, costs, rules, keys)
// masked as parsed JSON (field contexts) and as flat text, pretty-printed and compact: every AWS
// value in them reaches the model unchanged; the customer values among them do not.
import t from 'tap'
import { openScope } from './blackbox-helpers.js'

interface JsonCase { name: string, doc: unknown, hide?: string[] }

const CASES: JsonCase[] = [
  { name: 'CloudWatch dimensions', doc: { Metric: { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'InstanceType', Value: 'm5.large' }, { Name: 'AutoScalingGroupName', Value: 'web-asg-prod' }] }, Period: 300, Stat: 'p99' }, hide: ['web-asg-prod'] },
  { name: 'EC2 filters', doc: { Filters: [{ Name: 'instance-type', Values: ['m5.large', 't3.micro'] }, { Name: 'availability-zone', Values: ['us-east-1a'] }, { Name: 'instance-state-name', Values: ['running'] }, { Name: 'tag:Name', Values: ['web-prod-1'] }] }, hide: ['web-prod-1'] },
  { name: 'public SSM parameter', doc: { Parameters: [{ Name: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64', Type: 'String', Version: 98, DataType: 'aws:ec2:image', ARN: 'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64' }] } },
  { name: 'pricing filters', doc: { Filters: [{ Field: 'instanceType', Value: 'm5.large', Type: 'TERM_MATCH' }, { Field: 'regionCode', Value: 'us-east-1', Type: 'TERM_MATCH' }] } },
  { name: 'ECS task definition', doc: { containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:1.25', environment: [{ name: 'AWS_REGION', value: 'us-east-1' }, { name: 'NODE_VERSION', value: '20.11.1' }], logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } } }], requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512', runtimePlatform: { cpuArchitecture: 'ARM64' } } },
  { name: 'engine versions', doc: { DBEngineVersions: [{ Engine: 'aurora-postgresql', EngineVersion: '15.4', DBParameterGroupFamily: 'aurora-postgresql15', DBEngineVersionDescription: 'Aurora PostgreSQL (Compatible with PostgreSQL 15.4)' }] } },
  { name: 'instance types', doc: { InstanceTypes: [{ InstanceType: 'm5.large', CurrentGeneration: true, ProcessorInfo: { SupportedArchitectures: ['x86_64'] } }, { InstanceType: 'db.r6g.xlarge' }, { InstanceType: 'ml.m5.xlarge' }] } },
  { name: 'availability zones', doc: { AvailabilityZones: [{ ZoneName: 'us-east-1a', ZoneId: 'use1-az1', GroupName: 'us-east-1', RegionName: 'us-east-1', ZoneType: 'availability-zone', OptInStatus: 'opt-in-not-required' }, { ZoneName: 'us-west-2-lax-1a', ZoneId: 'usw2-lax1-az1', GroupName: 'us-west-2-lax-1', ZoneType: 'local-zone' }] } },
  { name: 'regions', doc: { Regions: [{ Endpoint: 'ec2.us-east-1.amazonaws.com', RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }, { Endpoint: 'ec2.cn-north-1.amazonaws.com.cn', RegionName: 'cn-north-1' }] } },
  { name: 'Lambda configuration', doc: { FunctionName: 'invoice-sync', Runtime: 'python3.12', Handler: 'app.handler', Architectures: ['arm64'], Role: 'arn:aws:iam::123456789012:role/service-role/invoice-sync-role', Version: '$LATEST', LoggingConfig: { LogFormat: 'JSON', LogGroup: '/aws/lambda/invoice-sync' }, TracingConfig: { Mode: 'PassThrough' } }, hide: ['invoice-sync', '123456789012'] },
  { name: 'EKS cluster', doc: { cluster: { name: 'payments-eks', arn: 'arn:aws:eks:us-east-1:123456789012:cluster/payments-eks', version: '1.29', platformVersion: 'eks.7', status: 'ACTIVE', kubernetesNetworkConfig: { ipFamily: 'ipv4' }, accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' } } }, hide: ['payments-eks', '123456789012'] },
  { name: 'EKS node group', doc: { nodegroup: { amiType: 'AL2_x86_64', capacityType: 'ON_DEMAND', instanceTypes: ['m5.large'], releaseVersion: '1.29.0-20240415', version: '1.29' } } },
  { name: 'RDS default groups', doc: { DBClusterParameterGroup: 'default.aurora-postgresql15', DBParameterGroups: [{ DBParameterGroupName: 'default.postgres15', ParameterApplyStatus: 'in-sync' }], OptionGroupMemberships: [{ OptionGroupName: 'default:postgres-15' }], DBSubnetGroup: { DBSubnetGroupName: 'default' }, CACertificateIdentifier: 'rds-ca-rsa2048-g1', StorageType: 'gp3', CacheParameterGroupName: 'default.redis7', CacheNodeType: 'cache.r6g.large' } },
  { name: 'stack status', doc: { Stacks: [{ StackStatus: 'UPDATE_ROLLBACK_COMPLETE', Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'], DriftInformation: { StackDriftStatus: 'NOT_CHECKED' } }] } },
  { name: 'quota', doc: { ServiceCode: 'ec2', ServiceName: 'Amazon Elastic Compute Cloud (Amazon EC2)', QuotaCode: 'L-1216C47A', QuotaName: 'Running On-Demand Standard instances', Value: 1152.0 } },
  { name: 'cost groups', doc: { ResultsByTime: [{ TimePeriod: { Start: '2024-05-01', End: '2024-06-01' }, Groups: [{ Keys: ['Amazon Elastic Compute Cloud - Compute'], Metrics: { UnblendedCost: { Amount: '123.45', Unit: 'USD' } } }, { Keys: ['AWS Lambda'] }] }] } },
  { name: 'security group rules', doc: { SecurityGroupRules: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv4: '0.0.0.0/0', Description: 'HTTPS from anywhere' }, { IpProtocol: '-1', CidrIpv6: '::/0' }] } },
  { name: 'KMS key', doc: { KeyMetadata: { KeyManager: 'AWS', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS' }, Aliases: [{ AliasName: 'alias/aws/s3' }, { AliasName: 'alias/aws/ebs' }] } },
  { name: 'IAM policy document', doc: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com', 'states.us-east-1.amazonaws.com'] }, Action: 'sts:AssumeRole' }, { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' }, Bool: { 'aws:SecureTransport': 'true' } } }] } },
  { name: 'attached policies', doc: { AttachedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, { PolicyName: 'AWSLambdaBasicExecutionRole', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }] } },
  { name: 'response metadata', doc: { ResponseMetadata: { RequestId: '0b9d2f3e-4a5c-4b6d-8e7f-9a0b1c2d3e4f', HTTPStatusCode: 200, HTTPHeaders: { 'x-amzn-requestid': '0b9d2f3e-4a5c-4b6d-8e7f-9a0b1c2d3e4f', date: 'Wed, 01 May 2024 12:00:00 GMT' }, RetryAttempts: 0 } } },
  { name: 'Step Functions task', doc: { StartAt: 'Invoke', States: { Invoke: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 }], End: true } } } }
]

/** Every string and number of a JSON value, as its leaves. */
function leaves (value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value))
  else if (Array.isArray(value)) for (const v of value) leaves(v, out)
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) { out.push(k); leaves(v, out) }
  return out
}

for (const { name, doc, hide = [] } of CASES) {
  t.test(`keep: ${name}`, async tt => {
    const keep = leaves(doc).filter(v => !hide.some(h => v.includes(h)))
    const json = await openScope()
    tt.teardown(json.close)
    const masked = leaves(await json.scope.maskJson(doc))
    tt.same(keep.filter(v => !masked.includes(v)), [], 'parsed JSON: every AWS value kept')
    for (const h of hide) tt.notOk(masked.some(v => v.includes(h)), `parsed JSON: hides ${h}`)
    for (const text of [JSON.stringify(doc, null, 2), JSON.stringify(doc)]) {
      const flat = await openScope()
      tt.teardown(flat.close)
      const out = await flat.scope.maskText(text)
      tt.same(keep.filter(v => !out.includes(JSON.stringify(v).slice(1, -1))), [], 'flat text: every AWS value kept')
      for (const h of hide) tt.notOk(out.includes(h), `flat text: hides ${h}`)
    }
  })
}
