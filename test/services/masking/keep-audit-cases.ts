// Keep values of the spec's keep table (/work/shared/spec/aws-identifiers.md), by category, with
// the JSON/YAML field and CLI flag that carry them, and whole sentences of ordinary DevOps prose.
// In a snippet, ⟦ ⟧ mark a value that must reach the model unchanged; `render` strips them.

export interface KeepCategory {
  name: string
  values: string[]
  /** A field that holds such a value in AWS JSON/YAML (read as that field by the detector). */
  field: string
  /** A CLI flag that takes it. */
  flag: string
  /** Prose around it (`V` stands for the value). */
  prose: string[]
}

export const CATEGORIES: KeepCategory[] = [
  {
    name: 'regions and availability zones',
    values: ['us-east-1', 'eu-west-2b', 'ap-southeast-2', 'us-gov-west-1', 'cn-north-1', 'use1-az1', 'euw2-az3', 'us-west-2-lax-1a'],
    field: 'AvailabilityZone',
    flag: '--region',
    prose: ['We deploy to V first.', 'Fail over from V to the other zone', 'the subnet V is in', 'subnet in V']
  },
  {
    name: 'instance types and classes',
    values: ['m5.large', 't3.micro', 'c6gn.16xlarge', 'db.r6g.xlarge', 'db.t3.micro', 'cache.r6g.large', 'ml.m5.xlarge', 'r6g.large.search', 'mac2.metal'],
    field: 'InstanceType',
    flag: '--instance-type',
    prose: ['Move it to V.', 'the RDS instance V is too small', 'an instance V', 'the ElastiCache cluster V nodes', 'SageMaker instance V']
  },
  {
    name: 'engines, runtimes and versions',
    values: ['aurora-postgresql', 'aurora-mysql', 'postgres 15.4', 'python3.12', 'nodejs20.x', 'provided.al2023', 'eks.7', 'v1.29.0-eks-5e0fdde', '8.0.mysql_aurora.3.05.2'],
    field: 'Engine',
    flag: '--engine',
    prose: ['Upgrade to V now.', 'the database V engine', 'the Lambda function V runtime', 'the cluster V platform']
  },
  {
    name: 'service names',
    values: ['Amazon S3', 'AWS Lambda', 'DynamoDB', 'Amazon EKS', 'EventBridge', 'CloudWatch Logs'],
    field: 'ProductName',
    flag: '--product-name',
    prose: ['V is throttling us.', 'Why does V return 403?']
  },
  {
    name: 'AWS-managed policy ARNs',
    values: ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy', 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
      'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess', 'arn:aws-cn:iam::aws:policy/PowerUserAccess'],
    field: 'PolicyArn',
    flag: '--policy-arn',
    prose: ['Attach V to the role.', 'the policy V grants too much']
  },
  {
    name: 'ARNs owned by AWS (empty account)',
    values: ['arn:aws:states:::lambda:invoke', 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'arn:aws:states:::ecs:runTask.sync',
      'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0',
      'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
      'arn:aws:ssm:us-east-1::document/AWS-RunPatchBaseline', 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0'],
    field: 'Resource',
    flag: '--resource-arn',
    prose: ['The state calls V here.', 'see V']
  },
  {
    name: 'service principals',
    values: ['lambda.amazonaws.com', 'ecs-tasks.amazonaws.com', 'states.us-east-1.amazonaws.com', 'logs.us-east-1.amazonaws.com',
      'delivery.logs.amazonaws.com', 'ec2.amazonaws.com.cn', 'cognito-identity.amazonaws.com'],
    field: 'Service',
    flag: '--service-principal',
    prose: ['Trust V in the role.', 'the principal V may assume it']
  },
  {
    name: 'public AWS endpoints',
    values: ['https://s3.us-east-1.amazonaws.com/', 'https://sts.amazonaws.com', 'https://dynamodb.eu-west-1.amazonaws.com',
      'https://s3-fips.us-east-1.amazonaws.com', 'https://ec2.cn-north-1.amazonaws.com.cn', 'https://ec2.amazonaws.com/?Action=DescribeInstances&Version=2016-11-15',
      'https://console.aws.amazon.com/ec2/home?region=us-east-1#Instances:', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html',
      'public.ecr.aws/lambda/python:3.12'],
    field: 'Endpoint',
    flag: '--endpoint-url',
    prose: ['Call V directly.', 'see <V>', 'pull from the repository V']
  },
  {
    name: 'AWS-managed KMS aliases',
    values: ['alias/aws/s3', 'alias/aws/ebs', 'alias/aws/rds', 'alias/aws/secretsmanager'],
    field: 'KmsKeyId',
    flag: '--kms-key-id',
    prose: ['Encrypt with V by default.', 'the KMS key V']
  },
  {
    name: 'public AMI owners and public SSM parameters',
    values: ['amazon', 'aws-marketplace', '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
      '/aws/service/eks/optimized-ami/1.29/amazon-linux-2/recommended/image_id'],
    field: 'ImageOwnerAlias',
    flag: '--owners',
    prose: ['Images owned by V are fine.', 'the parameter V']
  },
  {
    name: 'open-world and special addresses',
    values: ['0.0.0.0/0', '::/0', '0.0.0.0', '127.0.0.1', '::1', '169.254.169.254', '255.255.255.255'],
    field: 'CidrIp',
    flag: '--cidr',
    prose: ['Allow V on 443.', 'curl http://V/latest/meta-data/']
  },
  {
    name: 'ports, protocols, actions, condition keys',
    values: ['443', '5432', 'tcp', 's3:GetObject', 'kms:Decrypt', 'aws:SourceIp', 'aws:PrincipalOrgID', 'ec2:ResourceTag/Env'],
    field: 'Action',
    flag: '--protocol',
    prose: ['Allow V only.', 'the condition V fails']
  },
  {
    name: 'hashes, digests, request ids',
    values: ['3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a', 'sha256:9b2a1f6e7d8c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a',
      'd41d8cd98f00b204e9800998ecf8427e', '8f3d5e1a-2b4c-4d6e-9f0a-1b2c3d4e5f60', '4442587FB7D0A2F9'],
    field: 'RequestId',
    flag: '--digest',
    prose: ['RequestId: V', 'commit V broke it']
  },
  {
    name: 'timestamps, dates and numbers that are no account id',
    values: ['2024-05-01T12:00:00Z', '1714564800', '1714564800123', '1234567890123', '0.123456789012', '12345678901234', '2012-10-17'],
    field: 'Timestamp',
    flag: '--start-time',
    prose: ['At V it failed.', 'took V ms']
  },
  {
    name: 'versions and status codes',
    values: ['1.2.3', 'v20.11.1', '2.15.0-rc.1', '200', '403', '429', '503'],
    field: 'Version',
    flag: '--version',
    prose: ['Since V it fails.', 'HTTP V from the API']
  },
  {
    name: 'AWS-created role names',
    values: ['AWSServiceRoleForECS', 'AWSServiceRoleForAutoScaling', 'OrganizationAccountAccessRole', 'AWSControlTowerExecution'],
    field: 'RoleName',
    flag: '--role-name',
    prose: ['The role V is missing.', 'IAM role V']
  },
  {
    name: 'Kubernetes and EKS components',
    values: ['kube-system', 'kube-proxy', 'aws-node', 'coredns', 'aws-auth', 'cluster-autoscaler', 'aws-load-balancer-controller'],
    field: 'k8s-app',
    flag: '--selector',
    prose: ['Restart V first.', 'the EKS cluster V config', 'in the cluster V runs']
  }
]

/** Whole sentences: ordinary words after the nouns that announce names, and words holding db, bucket, i-, sg-. */
export const SENTENCES: string[] = [
  'The ⟦bucket policy⟧ denies it and ⟦the function returns⟧ 403.',
  'Tune the ⟦cluster autoscaler⟧ before ⟦an RDS instance in⟧ ⟦us-east-1⟧ fails over.',
  'Check ⟦the role trust policy⟧, ⟦the table schema⟧ and ⟦the queue visibility timeout⟧.',
  'The ⟦EKS cluster add-ons⟧ need an update; so do ⟦the follow-ups⟧.',
  '⟦feedback⟧, ⟦leaky bucket⟧, ⟦audit logs⟧, ⟦multi-az⟧, ⟦sg-1⟧ and ⟦dbadmin⟧ are words.',
  'The ⟦function times out⟧ after 3 seconds; ⟦the bucket is public⟧; ⟦the queue is empty⟧.',
  'Use ⟦a DynamoDB table with on-demand⟧ capacity and ⟦an SQS queue with a DLQ⟧.',
  '⟦S3 bucket policies⟧, ⟦Lambda functions⟧, ⟦DynamoDB tables⟧, ⟦IAM roles⟧ and ⟦EKS clusters⟧.',
  'Set the ⟦load balancer internet-facing⟧ scheme and ⟦the stack outputs⟧.',
  'Logs of every function go to ⟦/aws/lambda/⟧ and RDS ones to ⟦/aws/rds/instance/*/postgresql⟧.',
  'Events with source ⟦aws.ec2⟧ and ⟦aws.s3⟧ reach ⟦the default bus⟧.',
  'Images come from ⟦public.ecr.aws⟧; ⟦resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64⟧ picks the AMI.',
  'REPORT ⟦RequestId: 8f3d5e1a-2b4c-4d6e-9f0a-1b2c3d4e5f60⟧ ⟦Duration: 102.34 ms⟧ ⟦Memory Size: 128 MB⟧',
  '⟦x-amzn-RequestId: 0b9d2f3e-4a5c-4b6d-8e7f-9a0b1c2d3e4f⟧ and ⟦"HTTPStatusCode": 200⟧',
  '{"Version": "⟦2012-10-17⟧", "Statement": [{"Effect": "Allow", "Principal": {"Service": "⟦lambda.amazonaws.com⟧"}, "Action": "⟦sts:AssumeRole⟧"}]}',
  '{"Principal": {"Federated": "⟦cognito-identity.amazonaws.com⟧"}, "Condition": {"StringEquals": {"⟦aws:RequestedRegion⟧": "⟦us-east-1⟧"}, "Bool": {"⟦aws:SecureTransport⟧": "false"}}}',
  'principals {\n  type        = "Service"\n  identifiers = ["⟦ec2.amazonaws.com⟧", "⟦ecs-tasks.amazonaws.com⟧"]\n}',
  'ManagedPolicyArns:\n  - ⟦arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess⟧\n  - ⟦arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy⟧',
  'owners      = ["⟦amazon⟧"]\nmost_recent = true\nfilter { name = "name" values = ["⟦al2023-ami-*-x86_64⟧"] }',
  'aws ec2 describe-images --owners ⟦amazon⟧ ⟦aws-marketplace⟧ --region ⟦eu-central-1⟧',
  'SSEAlgorithm: ⟦aws:kms⟧\nKMSMasterKeyID: ⟦alias/aws/s3⟧',
  '!Sub "arn:${AWS::Partition}:s3:::${BucketName}/*" and ⟦!Ref AWS::Region⟧ and ⟦AWS::AccountId⟧',
  'Resource: !Sub ⟦arn:aws:iam::${AWS::AccountId}:role/${RoleName}⟧',
  'Error: creating EC2 Instance: ⟦InvalidParameterValue⟧: Value (⟦t3.nano⟧) is invalid. Status Code: ⟦400⟧',
  'Error: creating S3 Bucket: ⟦BucketAlreadyExists⟧; Error: creating EKS Cluster: ⟦UnsupportedAvailabilityZoneException⟧: ⟦us-east-1e⟧',
  'labels:\n  topology.kubernetes.io/zone: ⟦us-east-1a⟧\n  node.kubernetes.io/instance-type: ⟦m5.large⟧\n  eks.amazonaws.com/capacityType: ⟦ON_DEMAND⟧',
  'alb.ingress.kubernetes.io/scheme: ⟦internet-facing⟧\nservice.beta.kubernetes.io/aws-load-balancer-type: ⟦nlb⟧',
  '  + instance_class = "⟦db.r6g.large⟧"\n  ~ engine_version = "⟦15.3⟧" -> "⟦15.4⟧"\n  + availability_zone = "⟦us-east-1a⟧"\n  + runtime = "⟦python3.12⟧"',
  '{"eventSource": "⟦ec2.amazonaws.com⟧", "sourceIPAddress": "⟦autoscaling.amazonaws.com⟧", "invokedBy": "⟦cloudformation.amazonaws.com⟧", "tlsVersion": "⟦TLSv1.3⟧"}',
  'FROM ⟦public.ecr.aws/docker/library/node:20-alpine⟧\nFROM ⟦amazonlinux:2023⟧',
  '[profile prod]\nregion = ⟦eu-west-1⟧\noutput = ⟦json⟧\nsso_region = ⟦us-east-1⟧\nsso_registration_scopes = ⟦sso:account:access⟧'
]

export interface Rendered { text: string, spans: Array<[number, number]> }

/** Strips the ⟦ ⟧ marks of `marked`, returning the text and where each marked value stands. */
export function render (marked: string): Rendered {
  let text = ''
  const spans: Array<[number, number]> = []
  let open = -1
  for (const ch of marked) {
    if (ch === '⟦') open = text.length
    else if (ch === '⟧') { spans.push([open, text.length]); open = -1 } else text += ch
  }
  return { text, spans }
}

/** Every notation a value of `category` is written in: JSON, YAML, CLI, table, markdown, code, prose. */
export function notations (category: KeepCategory, value: string): string[] {
  const v = `⟦${value}⟧`
  const { field, flag } = category
  return [
    `{"${field}": "${v}", "Status": "available"}`,
    `{\n    "Items": [\n        {\n            "${field}": "${v}"\n        }\n    ]\n}`,
    `${field}: ${v}\nStatus: ok`,
    `- ${field}: "${v}"`,
    `${field} = "${v}"`,
    `aws example-command ${flag} ${v} --output json`,
    `| Name | ${field} |\n|---|---|\n| example | ${v} |`,
    `${field}\t${v}\tACTIVE`,
    `- **${field}**: \`${v}\``,
    `The ${field} is ${v}.`,
    `(${v})`,
    `"${v}"`,
    `const value = '${v}'`,
    `${field.toUpperCase()}=${v}`,
    `<${field}>${v}</${field}>`,
    ...category.prose.map(p => p.replace('V', v))
  ]
}

/** A document written in another notation: the same text quoted in JSON, in a code fence, in a quote. */
export const WRAPPERS: Array<{ name: string, wrap: (marked: string) => string }> = [
  { name: 'as is', wrap: s => s },
  { name: 'code fence', wrap: s => '```\n' + s + '\n```' },
  { name: 'JSON string', wrap: s => `{"role": "user", "content": ${JSON.stringify(s)}}` },
  { name: 'quoted markdown', wrap: s => s.split('\n').map(l => `> ${l}`).join('\n') },
  { name: 'YAML block scalar', wrap: s => 'description: |\n' + s.split('\n').map(l => `  ${l}`).join('\n') },
  { name: 'CRLF lines', wrap: s => s.replace(/\n/g, '\r\n') }
]
