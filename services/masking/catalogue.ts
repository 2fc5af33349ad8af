// What the detector knows, as data: resource-id prefixes, id shapes, the fields and nouns that
// name customer resources. The scanning machinery lives in detector.ts and detect-*.ts.
import { isSecretKind, labelFor, KINDS } from './token-format.js'
import { lookupTable } from './lookup-table.js'
export { isSecretKind, labelFor, KINDS }

/** EC2/VPC-style ids: prefix + 8 or 17 lower-case hex digits. Longest prefixes first in regexes. */
export const RESOURCE_ID_PREFIXES: Readonly<Record<string, string>> = lookupTable({
  i: 'ec2_instance',
  ami: 'ami',
  vol: 'ebs_volume',
  snap: 'ebs_snapshot',
  sg: 'security_group',
  subnet: 'subnet',
  vpc: 'vpc',
  igw: 'internet_gateway',
  eigw: 'egress_only_internet_gateway',
  nat: 'nat_gateway',
  eni: 'network_interface',
  'eni-attach': 'network_interface',
  rtb: 'route_table',
  rtbassoc: 'route_table',
  acl: 'network_acl',
  aclassoc: 'network_acl',
  pcx: 'vpc_peering',
  dopt: 'dhcp_options',
  tgw: 'transit_gateway',
  'tgw-attach': 'transit_gateway_attachment',
  'tgw-rtb': 'transit_gateway_route_table',
  vpce: 'vpc_endpoint',
  'vpce-svc': 'vpc_endpoint_service',
  cgw: 'customer_gateway',
  vgw: 'vpn_gateway',
  vpn: 'vpn_connection',
  eipalloc: 'elastic_ip_allocation',
  eipassoc: 'elastic_ip_association',
  lt: 'launch_template',
  r: 'reservation',
  sir: 'spot_request',
  fs: 'efs_file_system',
  fsap: 'efs_access_point',
  pl: 'prefix_list',
  key: 'key_pair',
  h: 'dedicated_host',
  cr: 'capacity_reservation',
  fleet: 'ec2_fleet',
  mi: 'ec2_instance', // an SSM managed instance (a hybrid, on-premises server): `mi-` and 17 hex digits
  // ids of the same shape without a kind of their own: Reachability Analyzer paths and analyses,
  // Route 53 Resolver rules and endpoints
  nip: 'resource_name', nia: 'resource_name', 'rslvr-rr': 'resource_name', 'rslvr-in': 'resource_name', 'rslvr-out': 'resource_name',
  // CIDR associations of subnets and VPCs, security group rules, Outposts and their local
  // gateways, customer-owned and BYOIP address pools, IPAM, flow logs, placement groups, carrier
  // gateways, Client VPN endpoints, transit gateway multicast domains and Connect peers
  'subnet-cidr-assoc': 'subnet', 'vpc-cidr-assoc': 'vpc', sgr: 'resource_name', op: 'resource_name',
  lgw: 'resource_name', 'lgw-rtb': 'route_table', 'lgw-vif': 'resource_name', 'lgw-vif-grp': 'resource_name',
  'lgw-vpc-assoc': 'resource_name', 'lgw-vif-grp-assoc': 'resource_name', 'lgw-rtb-vpc-assoc': 'resource_name',
  'ipv4pool-coip': 'resource_name', 'ipv4pool-ec2': 'resource_name', 'ipv6pool-ec2': 'resource_name',
  ipam: 'resource_name', 'ipam-pool': 'resource_name', 'ipam-scope': 'resource_name', 'ipam-res-disco': 'resource_name',
  fl: 'resource_name', pg: 'resource_name', cagw: 'resource_name', 'cvpn-endpoint': 'resource_name',
  'tgw-mcast-domain': 'transit_gateway', 'tgw-connect-peer': 'transit_gateway',
  // Client VPN connections and target network associations, EC2 Instance Connect endpoints,
  // traffic mirror filters, filter rules, targets and sessions, Network Access Analyzer scopes and their analyses
  'cvpn-connection': 'resource_name', 'cvpn-assoc': 'resource_name', eice: 'resource_name',
  tmf: 'resource_name', tmfr: 'resource_name', tmt: 'resource_name', tms: 'resource_name', nis: 'resource_name', nisa: 'resource_name',
  // Verified Access instances, groups, endpoints and trust providers
  vai: 'resource_name', vagr: 'resource_name', vae: 'resource_name', vatp: 'resource_name'
})

/** Other ids recognisable by shape alone (regex sources, no capture groups). */
export const SHAPED_IDS: ReadonlyArray<{ kind: string, source: string }> = [
  { kind: 'rds_resource_id', source: '(?:db|cluster)-[A-Z0-9]{26}' },
  { kind: 'kms_key', source: 'mrk-[0-9a-f]{32}' },
  { kind: 'ec2_fleet', source: 'fleet-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  // GameLift builds, aliases, Realtime scripts and player sessions: the prefix + a UUID
  { kind: 'resource_name', source: '(?:build|alias|script|psess)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  // EC2 Spot Fleet requests (`sfr-<uuid>`) and Amazon Managed Service for Prometheus workspaces (`ws-<uuid>`)
  { kind: 'spot_request', source: 'sfr-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  { kind: 'resource_name', source: 'ws-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  { kind: 'organizational_unit', source: 'ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}' },
  { kind: 'organization', source: 'o-[a-z0-9]{10,32}' },
  { kind: 'organization_root', source: 'r-(?=[a-z]{0,31}[0-9])[a-z0-9]{4,32}' },
  // an access key id base64-encoded (a Kubernetes Secret's `data:`): `AKIA…` / `ASIA…`, 20 bytes, 28 chars
  { kind: 'access_key_id', source: '(?:QUtJQ|QVNJQ)[A-Za-z0-9+/]{22}=' },
  { kind: 'cognito_user_pool', source: '(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-)?[a-z]+-[0-9]_[A-Za-z0-9]{9}' },
  // a Cognito identity pool (`--identity-pool-id eu-west-1:<uuid>`) and the identities it issues (`IdentityId`): the region, a colon, a UUID
  { kind: 'cognito_identity_pool', source: '(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-)?[a-z]+-[0-9]:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  { kind: 'hosted_zone', source: 'Z(?=[A-Z]{0,31}[0-9])[A-Z0-9]{9,31}' },
  { kind: 'cloudfront_distribution', source: 'E(?=[A-Z]{0,12}[0-9])(?=[0-9]{0,12}[A-Z])[A-Z0-9]{12,14}' },
  // a CloudFront public key of a key group (a signed URL's or cookie's `Key-Pair-Id`): `K` + 12-13 upper-case letters and digits, mixed
  { kind: 'resource_name', source: 'K(?=[A-Z]{0,12}[0-9])(?=[0-9]{0,12}[A-Z])[A-Z0-9]{12,13}' },
  // CloudHSM clusters and HSMs: 11 lower-case base32 chars, letters and digits mixed
  { kind: 'resource_name', source: '(?:cluster|hsm)-(?=[a-z]{0,10}[2-7])(?=[2-7]{0,10}[a-z])[a-z2-7]{11}' },
  // Transfer Family servers, DataSync tasks, locations and executions: 17 hex digits only
  { kind: 'resource_name', source: '(?:s|task|loc|exec)-[0-9a-f]{17}' },
  // VPC Lattice service networks, services, target groups, listeners and associations; MGN and DRS jobs: 17 hex digits
  { kind: 'resource_name', source: '(?:sn|svc|tg|sna|snsa|snva|listener|mgnjob|drsjob)-[0-9a-f]{17}' },
  // Directory Service directories (`d-` + 10 hex digits: WorkSpaces, AD Connector, FSx's `ActiveDirectoryId`); an FSx for
  // ONTAP file system as its ONTAP CLI names the cluster (`FsxId` + the 17 hex digits of its `fs-` id)
  { kind: 'resource_name', source: 'd(?<![A-Za-z0-9.-]d)-[0-9a-f]{10}' },
  { kind: 'resource_name', source: 'FsxId[0-9a-f]{17}' },
  // WorkSpaces and their bundles: `ws-` / `wsb-` + 9 lower-case letters and digits, mixed (not `ws-broker`)
  { kind: 'resource_name', source: 'wsb?-(?=[a-z]{0,8}[0-9])(?=[0-9]{0,8}[a-z])[a-z0-9]{9}' },
  // Organizations policies (SCPs, tag policies): lower-case letters and digits mixed, a word of its own (not `build-p-20240101`);
  // AWS's own are mixed case (`p-FullAWSAccess`)
  { kind: 'resource_name', source: 'p(?<![A-Za-z0-9.-]p)-(?=[a-z]{0,31}[0-9])(?=[0-9]{0,31}[a-z])[a-z0-9]{8,32}' },
  // an Amazon MQ broker id (`b-` + UUID); the secret RDS manages for a cluster or instance (`rds!cluster-` + UUID)
  { kind: 'resource_name', source: 'b-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  { kind: 'secret_name', source: '(?:cluster|db)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  // Service Catalog portfolios, products, product views, provisioned products, provisioning artifacts, records and
  // constraints: 13 lower-case letters and digits, mixed (`pp-7wvq3zr2nkd4m`; also at the end of `SC-<account>-pp-...`)
  { kind: 'resource_name', source: '(?:prodview|port|prod|pp|pa|rec|cons)(?<![A-Za-z0-9.](?:prodview|port|prod|pp|pa|rec|cons))-(?=[a-z]{0,12}[0-9])(?=[0-9]{0,12}[a-z])[a-z0-9]{13}' },
  // an Elastic Beanstalk environment id: `e-` + 10 lower-case letters and digits, mixed, alone or in its resources' names (`awseb-e-x7mkq2fpzt-stack`)
  { kind: 'resource_name', source: 'e(?:(?<![A-Za-z0-9.-]e)|(?<=awseb-e))-(?=[a-z]{0,9}[0-9])(?=[0-9]{0,9}[a-z])[a-z0-9]{10}' },
  // Direct Connect connections, LAGs, virtual interfaces, BGP peers, interconnects: 8 lower-case letters and digits
  { kind: 'resource_name', source: 'dx(?:con|lag|vif|peer|ic)-[a-z0-9]{8}' },
  // Storage Gateway gateways, file shares and file system associations: 8 upper-case hex digits
  { kind: 'resource_name', source: '(?:sgw|share|fsa)-[0-9A-F]{8}' }
]

/** IAM key and unique-id prefixes (+ 16 or 17 of [A-Z0-9]). */
export const ACCESS_KEY_PREFIXES = ['AKIA', 'ASIA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'AGPA', 'APKA', 'ABIA', 'ACCA']

/** Well-known STS session token openings (base64 of the token header). */
export const SESSION_TOKEN_PREFIXES = ['IQoJb3JpZ2lu', 'FwoGZXIvYXdz']

/**
 * Field names (normalised: lower case, no `_`, `-`, `.`) whose value is a customer name.
 * Covers JSON/YAML keys, Terraform attributes, env vars and CLI flags (`--function-name`).
 */
export const NAME_FIELDS: Readonly<Record<string, string>> = lookupTable({
  bucketname: 's3_bucket', bucket: 's3_bucket', s3bucket: 's3_bucket', s3bucketname: 's3_bucket',
  targetbucket: 's3_bucket', sourcebucket: 's3_bucket', destinationbucket: 's3_bucket', logbucket: 's3_bucket',
  dbinstanceidentifier: 'rds_instance', identifier: 'rds_instance', dbinstanceid: 'rds_instance', dbidentifier: 'rds_instance',
  dbclusteridentifier: 'rds_cluster', clusteridentifier: 'rds_cluster',
  functionname: 'lambda_function',
  clustername: 'eks_cluster',
  servicename: 'ecs_service',
  tablename: 'dynamodb_table',
  queuename: 'sqs_queue', topicname: 'sns_topic',
  streamname: 'kinesis_stream', deliverystreamname: 'kinesis_stream', deliverystream: 'kinesis_stream', // fluent-bit `delivery_stream`
  statemachinename: 'state_machine',
  rolename: 'iam_role', username: 'iam_user', groupname: 'resource_name',
  policyname: 'iam_policy', instanceprofilename: 'iam_instance_profile',
  keyname: 'resource_name', keypairname: 'resource_name', keynames: 'resource_name', // `--key-names` (short: no plural rule)
  keypair: 'resource_name', // Image Builder's `keyPair`, Batch's `ec2KeyPair`
  loadbalancername: 'load_balancer', targetgroupname: 'resource_name',
  stackname: 'cloudformation_stack',
  loggroupname: 'log_group', loggroup: 'log_group', awslogsgroup: 'log_group',
  repositoryname: 'ecr_repository',
  cacheclusterid: 'elasticache_cluster', replicationgroupid: 'elasticache_cluster', membercluster: 'elasticache_cluster', // a replication group's `MemberClusters` (`member_clusters`)
  entityvalue: 'resource_name', // AWS Health's affected entity: a resource's name or id
  secretid: 'secret_name', secretname: 'secret_name',
  parametername: 'ssm_parameter',
  secretsmanager: 'secret_name', // Copilot's `secrets: {X: {secretsmanager: 'name'}}`
  auditreportid: 'resource_name', // Private CA's audit report
  awsparameterstore: 'ssm_parameter', awssecretsmanager: 'secret_name', // Spring Cloud AWS's `spring.config.import: aws-parameterstore:/path/`
  autoscalinggroupname: 'resource_name', launchtemplatename: 'resource_name',
  dbsubnetgroupname: 'resource_name', dbname: 'resource_name', databasename: 'resource_name',
  masterusername: 'resource_name', nodegroupname: 'resource_name', namespace: 'resource_name',
  domainname: 'hostname',
  dynamodbtable: 'dynamodb_table', rolesessionname: 'resource_name', replicatesourcedb: 'rds_instance',
  sourcedbinstanceidentifier: 'rds_instance',
  principalname: 'iam_user', resourcename: 'resource_name', iaminstanceprofile: 'iam_instance_profile',
  jobname: 'resource_name', workgroup: 'resource_name', connectionname: 'resource_name',
  virtualinterfacename: 'resource_name', alarmname: 'resource_name', consumername: 'resource_name',
  filtername: 'resource_name', subscriptionfilter: 'resource_name', // CloudWatch Logs' subscription and metric filters (`"subscriptionFilters": [...]` of a delivered batch)
  dynamotable: 'dynamodb_table', ddbtable: 'dynamodb_table', table: 'dynamodb_table',
  identitystoreid: 'resource_name',
  endpointname: 'resource_name', endpointconfigname: 'resource_name', // SageMaker
  firewallname: 'resource_name', firewallpolicyname: 'resource_name', // Network Firewall (and its `firewall_name` alert logs)
  identitypoolname: 'resource_name', // Cognito
  thingname: 'resource_name', thingtypename: 'resource_name', thinggroupname: 'resource_name', // IoT
  rolealias: 'resource_name', directconnectgatewayid: 'resource_name', // IoT role aliases, a Direct Connect gateway (a UUID)
  usergroupids: 'resource_name', // ElastiCache / MemoryDB user groups: named by the customer
  replicationinstanceidentifier: 'resource_name', replicationtaskidentifier: 'resource_name', endpointidentifier: 'resource_name', // DMS
  replicationsubnetgroupidentifier: 'resource_name',
  crawlername: 'resource_name', projectname: 'resource_name', pipelinename: 'resource_name', // Glue, CodeBuild, CodePipeline
  brokername: 'resource_name', apiname: 'resource_name', apiid: 'api_gateway', restapiid: 'api_gateway', // Amazon MQ, API Gateway
  taskdefinitionfamily: 'resource_name', taskdefinition: 'resource_name', // ECS (Container Insights, `--task-definition family:rev`)
  taskfamily: 'resource_name', // X-Ray's `task_family`, OTel's `aws.ecs.task.family`
  aminame: 'resource_name', // Packer's `ami_name`
  ecscluster: 'ecs_cluster', // the ECS agent's `ECS_CLUSTER=x` (ecs.config, user data)
  userpoolname: 'resource_name', webaclname: 'resource_name', dashboardname: 'resource_name', layername: 'resource_name',
  schedulename: 'resource_name', collectionname: 'resource_name', activityname: 'resource_name', eventbusname: 'resource_name',
  trailname: 'resource_name', environmentname: 'resource_name', // (no `RuleName`: Config rules keep AWS's managed names, `restricted-ssh`)
  applicationname: 'resource_name', capacityprovidername: 'resource_name', fargateprofilename: 'resource_name',
  capacityprovider: 'resource_name', // the ECS agent's `capacityProvider="x"` (FARGATE and FARGATE_SPOT are AWS's)
  authorizername: 'resource_name', usageplanname: 'resource_name', provisionedproductname: 'resource_name',
  backupvaultname: 'resource_name', backupplanname: 'resource_name', containername: 'resource_name',
  agentname: 'resource_name', knowledgebasename: 'resource_name', guardrailname: 'resource_name', // Bedrock
  knowledgebaseid: 'resource_name', datasourceid: 'resource_name', agentid: 'resource_name', agentaliasid: 'resource_name', // Bedrock's ids (`--knowledge-base-id`,
  actiongroupid: 'resource_name', ingestionjobid: 'resource_name', // `x-amz-bedrock-kb-data-source-id`): ten letters and digits, the ARN's resource part
  gatewayname: 'resource_name', meshname: 'resource_name', virtualnodename: 'resource_name', // Storage Gateway, App Mesh
  nodegroup: 'resource_name', // EKS's node label `eks.amazonaws.com/nodegroup=x`, eksctl's `--nodegroup x`
  instanceprofile: 'iam_instance_profile', // Karpenter's EC2NodeClass `instanceProfile: x`
  objectname: 'secret_name', // secrets-store CSI's SecretProviderClass: a Secrets Manager secret's or SSM parameter's name
  computeenvironment: 'resource_name', computeenvironmentname: 'resource_name', jobqueue: 'resource_name', jobqueuename: 'resource_name', // AWS Batch
  archivename: 'resource_name', replayname: 'resource_name', // EventBridge archives and replays
  dedupstring: 'resource_name', // an OpsItem's `/aws/dedup` (a CloudWatch alarm's: `<alarm name>-ALARM`)
  subscribername: 'resource_name', // Security Lake
  stacksetname: 'resource_name', stacksetid: 'resource_name', // CloudFormation StackSets (`--stack-set-name x`, `"StackSetId": "x:<uuid>"`)
  resourcesharename: 'resource_name', // RAM
  configurationsetname: 'resource_name', xsesconfigurationset: 'resource_name', // SES (and the header it sets on a mail)
  optoutlistname: 'resource_name', // End User Messaging SMS (its phone numbers, pools and configuration sets)
  instancealias: 'resource_name', // Amazon Connect: the alias is the instance's `<alias>.my.connect.aws` host
  passwordparam: 'ssm_parameter', // MediaLive's destination `PasswordParam` (the SSM parameter holding an ingest password)
  servicenetworkname: 'resource_name', // VPC Lattice
  calleridentity: 'iam_user', // SES notifications: the IAM identity that sent the mail
  iamr: 'iam_role', // Redshift's database user of an IAM role (`IAMR:etl-runner`)
  externalname: 'resource_name', // Crossplane's `crossplane.io/external-name` annotation: the AWS name of the resource
  mapname: 'resource_name', placeindex: 'resource_name', placeindexname: 'resource_name', routecalculator: 'resource_name', // Amazon Location (Amplify's `geo` outputs too)
  routecalculatorname: 'resource_name', calculatorname: 'resource_name', trackername: 'resource_name',
  aclname: 'resource_name', // MemoryDB's ACL (`ACLName`, `--acl-name`)
  dbproxyname: 'resource_name' // RDS Proxy (`DBProxyName`, `--db-proxy-name`)
})

/** Name fields only as AWS capitalises them: SageMaker's `ModelName` is a customer's model, while
 * Bedrock's `modelName` (`Claude`) and a chat tool's `model_name` (`gpt-4o`) name a vendor's. */
// a Map: keys like `__proto__` find nothing. AWS Budgets actions list bare names (`"Roles": ["x"]`); lower-case
// `roles:` are Ansible's or an app's, and IAM's `"Roles": [{...}]` holds objects, read by their own fields.
export const CAPITALISED_ONLY_FIELDS: ReadonlyMap<string, string> = new Map([['ModelName', 'resource_name'],
  ['Roles', 'iam_role'], ['Users', 'iam_user'], ['Groups', 'iam_group']])

/** Name fields whose key is also an everyday word: their value is a name only when shaped like
 * one (`"table": "orders-v2"`, not `"table": "users"`). */
export const SHAPED_VALUE_FIELDS = new Set(['table', 'projectname', 'apiname', 'pipelinename', 'brokername', 'crawlername', 'filtername', 'subscriptionfilters'])

/** Values AWS and Kubernetes give themselves, never a customer's name (`--username AWS`, namespace
 * `kube-system`, Athena work group `primary`, the `Default` backup vault, ECS's Fargate capacity providers). */
export const K8S_SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease'])
export const AWS_OWN_NAMES: ReadonlySet<string> = new Set(['AWS', 'aws', 'primary', 'Default', 'FARGATE', 'FARGATE_SPOT', ...K8S_SYSTEM_NAMESPACES,
  'TSTALIASID', // the test alias Bedrock (and Lex) give every agent's draft: `agentAliasId: TSTALIASID`
  'System', // the actor of tools' automated actions (Opsgenie's `"username": "System"`)
  'open-access', // MemoryDB's default ACL (`"ACLName": "open-access"`)
  'DefaultConfiguration', // App Runner's default auto scaling configuration (`autoscalingconfiguration/DefaultConfiguration/1/...`)
  'bitnami', 'dbmasteruser']) // Lightsail's login on its Bitnami blueprints and its databases' default master user
/** X-Ray subsegment namespaces (`"namespace": "remote"`). */
export const AWS_OWN_NAMESPACES = new Set(['remote', 'local'])

/** Idempotency tokens: generated per request, no credential (`RequestToken`, `ClientToken`). */
export const NOT_SECRET_TOKENS = new Set(['requesttoken', 'clienttoken', 'clientrequesttoken', 'idempotencytoken'])

/** Services by the words that name them in env vars and keys, with the nouns of what they hold. */
const SERVICE_NOUNS: ReadonlyArray<[string[], string[], string]> = [
  [['lambda'], ['', 'function', 'func', 'fn'], 'lambda_function'],
  [['ecs'], ['service'], 'ecs_service'], [['eks'], ['cluster'], 'eks_cluster'], [['ecs'], ['cluster'], 'ecs_cluster'],
  [['kinesis', 'firehose'], ['stream', 'deliverystream'], 'kinesis_stream'],
  [['sqs'], ['queue', 'dlq'], 'sqs_queue'], [['sns'], ['topic'], 'sns_topic'],
  [['ddb', 'dynamodb', 'dynamo'], ['table'], 'dynamodb_table'], [['ecr'], ['repo', 'repository'], 'ecr_repository'],
  [['rds', 'aurora'], ['cluster'], 'rds_cluster'], [['rds'], ['instance'], 'rds_instance'],
  [['sfn', 'stepfunction', 'stepfunctions'], ['', 'statemachine'], 'state_machine'],
  [['elasticache'], ['cluster'], 'elasticache_cluster'], [['cfn', 'cloudformation'], ['stack'], 'cloudformation_stack'],
  [['glue'], ['job', 'crawler'], 'resource_name'], [['codebuild'], ['project'], 'resource_name'],
  [['alb', 'nlb', 'elb'], [''], 'load_balancer'], [['asg'], [''], 'resource_name'], [['ssm'], ['parameter', 'param'], 'ssm_parameter'],
  [['eventbridge', 'events'], ['bus', 'eventbus', 'rule'], 'resource_name'], [['cognito'], ['userpool'], 'resource_name'],
  [['iam'], ['role'], 'iam_role'], [['iam'], ['user'], 'iam_user'], [['iam'], ['group'], 'iam_group'], [['ec2'], ['securitygroup'], 'resource_name'] // aws-nuke's `IAMRole:` filters, `EKS_NODE_IAM_ROLE`
]
/**
 * Keys made of a service word and a resource noun, `name` after it optional (`LAMBDA_NAME`,
 * `LAMBDA_FUNCTION`, `ECS_SERVICE`, `KINESIS_STREAM`, `ECR_REPO`), normalised as NAME_FIELDS
 * keys are. A service word alone (`lambda:`) says nothing.
 */
export const SERVICE_NOUN_FIELDS: ReadonlyMap<string, string> = new Map(SERVICE_NOUNS.flatMap(([services, nouns, kind]) =>
  services.flatMap(service => nouns.flatMap(noun => (noun === '' ? ['name'] : [noun, `${noun}name`]).map(tail => [`${service}${tail}`, kind] as [string, string])))))

/** Ambiguous words (`role`, `user`, `function` are chat and tool fields) are not name fields;
 * `Name` counts only capitalised, as AWS writes it, never lower-case `name`. */
export const CAPITALISED_NAME_FIELD = 'Name'

/** Field names whose value is a secret; anything ending in one of SECRET_FIELD_SUFFIXES too. */
export const SECRET_FIELDS: Readonly<Record<string, string>> = lookupTable({
  awssecretaccesskey: 'secret_access_key', secretaccesskey: 'secret_access_key',
  secretkey: 'secret_access_key', awssecretkey: 'secret_access_key',
  awssessiontoken: 'session_token', sessiontoken: 'session_token', xamzsecuritytoken: 'session_token',
  securitytoken: 'session_token', awssecuritytoken: 'session_token',
  secretstring: 'connection_secret', secretbinary: 'connection_secret', authorization: 'api_key',
  plaintext: 'api_key', // KMS's decrypted `Plaintext` (a data key, a secret): as generated-looking as a key to count (`--plaintext fileb://x` stays)
  authkey: 'api_key', bgpauthkey: 'api_key', // Direct Connect's BGP MD5 key
  activationcode: 'api_key', ssmactivationcode: 'api_key', // SSM hybrid activation: registers a machine as a managed instance (`export SSM_ACTIVATION_CODE=x`)
  auth: 'api_key', // Docker's config.json: `"auth": "<base64 of AWS:<ECR token>>"` (an auth scheme's word is no generated value)
  encrypteddecryptionkey: 'api_key', // MediaConvert's input decryption key (KMS-encrypted, but a data key all the same)
  mediapackagecdnidentifier: 'api_key', xmediapackagecdnidentifier: 'api_key', // MediaPackage CDN authorization: the secret header CloudFront sends the origin
  securitydbencryption: 'connection_secret', // DMS's Oracle TDE password (`securityDbEncryption=x` in extra connection attributes, OracleSettings' `SecurityDbEncryption`)
  passworddata: 'connection_secret', // EC2's `get-password-data`: the Administrator password, encrypted or decrypted with the key pair
  passwords: 'connection_secret', // ElastiCache / MemoryDB users: `Passwords: ["..."]`, `passwords = [...]`
  secrettoauthenticateinitiator: 'connection_secret', secrettoauthenticatetarget: 'connection_secret', // Storage Gateway's iSCSI CHAP secrets
  passwordin: 'connection_secret', // open-iscsi's mutual CHAP secret (`node.session.auth.password_in`)
  psk: 'connection_secret', wpapsk: 'connection_secret', // a Wi-Fi pre-shared key in a device's config
  tokensignature: 'api_key', unlockcode: 'api_key', activationkey: 'api_key' // IoT custom authorizer test token signature, Snowball unlock code, Storage Gateway activation key
})
export const SECRET_FIELD_SUFFIXES: ReadonlyArray<[string, string]> = [
  ['password', 'connection_secret'], ['passwd', 'connection_secret'], ['pwd', 'connection_secret'],
  ['apikey', 'api_key'], ['clientsecret', 'api_key'], ['accesstoken', 'api_key'], ['authtoken', 'api_key'],
  ['privatekey', 'private_key'], ['secret', 'api_key'], ['token', 'api_key'],
  ['presharedkey', 'connection_secret'], ['authkey', 'connection_secret'], ['passwordin', 'connection_secret'], // a VPN tunnel's PreSharedKey, a Direct Connect BGP authKey
  ['authuserinfo', 'connection_secret'], // Confluent Schema Registry's `basic.auth.user.info=user:x` (`schema.registry.`, `ksql.` before it)
  ['passphrase', 'connection_secret'], // s3cmd's gpg_passphrase, a TLS key's ssl_key_passphrase
  ['secretkey', 'api_key'], ['fernetkey', 'api_key'], // a framework's signing key under a section (`webserver.secret_key`, Airflow's `core.fernet_key`)
  ['secretkeybase', 'api_key'], ['appkey', 'api_key'], // Rails' secret_key_base, Laravel's APP_KEY, Datadog's app_key
  ['licensekey', 'api_key'], ['writekey', 'api_key'], ['signingkey', 'api_key'], ['encryptionkey', 'api_key'], // New Relic, Segment, a JWT or data key
  ['sessionkey', 'api_key'], ['hmackey', 'api_key'], ['jwtkey', 'api_key'], ['cookiekey', 'api_key'], // an app's session / cookie signing key (`ADMIN_SESSION_KEY`)
  ['validationkey', 'api_key'], ['decryptionkey', 'api_key'] // ASP.NET's web.config `<machineKey validationKey="…" decryptionKey="…">`: forges auth cookies
]

/** Keys whose number is a measure (`storedBytes`, `size`, `durationMillis`), never an account id. */
const MEASURE_WORDS = ['bytes', 'size', 'count', 'total', 'length', 'timestamp', 'time', 'epoch', 'millis', 'seconds',
  'duration', 'sequence', 'offset', 'capacity', 'usage', 'quota', 'limit', 'cost', 'price', 'amount']
const CAPITALISED_MEASURE_WORDS = MEASURE_WORDS.map(w => w[0].toUpperCase() + w.slice(1))
/** The measure word is the key, its last camelCase word or its last `_`/`-` part: `account` is no `count`. */
export const MEASURE_KEY = new RegExp(`(?:^|[_-])(?:${[...MEASURE_WORDS, ...MEASURE_WORDS.map(w => w.toUpperCase()), ...CAPITALISED_MEASURE_WORDS].join('|')
})$|[a-z0-9](?:${CAPITALISED_MEASURE_WORDS.join('|')})$|Bytes[A-Z]|^bytes[A-Z_]|_bytes_`) // bytes anywhere in the key: `BytesScannedCutoffPerQuery`, `EstimatedBytesToTransfer`

/** Field names whose value is a KMS key id when it is a UUID. */
export const KMS_FIELDS = new Set(['keyid', 'kmskeyid', 'kmskey', 'kmskeyarn', 'sseawskmskeyid', 'kmsmasterkeyid', 'targetkeyid'])

/** How AWS's own messages spell some nouns, glued in CamelCase (`DBInstanceNotFound: DBInstance x not found.`). */
export const CAMEL_NOUNS: Readonly<Record<string, string>> = lookupTable({ dbinstance: 'DBInstance', dbcluster: 'DBCluster', dynamodb: 'DynamoDB', codepipeline: 'CodePipeline' })

/** Prose nouns that announce a customer name, with the kind they imply on their own. */
export const PROSE_NOUNS: Readonly<Record<string, string>> = lookupTable({
  bucket: 's3_bucket', function: 'lambda_function', lambda: 'lambda_function',
  table: 'dynamodb_table', queue: 'sqs_queue', topic: 'sns_topic', role: 'iam_role', user: 'iam_user',
  stack: 'cloudformation_stack', repository: 'ecr_repository', repo: 'ecr_repository',
  cluster: 'resource_name', instance: 'resource_name', database: 'rds_instance', db: 'rds_instance', rds: 'rds_instance', // `RDS orders-pg CPU 97%`
  secret: 'secret_name', parameter: 'ssm_parameter', stream: 'kinesis_stream', policy: 'iam_policy',
  group: 'iam_group', 'load balancer': 'load_balancer', alb: 'load_balancer', nlb: 'load_balancer',
  elb: 'load_balancer', service: 'ecs_service', 'state machine': 'state_machine', key: 'kms_key',
  '버킷': 's3_bucket', '인스턴스': 'resource_name', '클러스터': 'resource_name', '테이블': 'dynamodb_table',
  '함수': 'lambda_function', '큐': 'sqs_queue', '역할': 'iam_role', '스택': 'cloudformation_stack',
  // Japanese, glued to their service word (`S3バケット x`, `Lambda関数 x`, `IAMロール x`)
  'バケット': 's3_bucket', 'テーブル': 'dynamodb_table', 'ロール': 'iam_role', 'キュー': 'sqs_queue', 'トピック': 'sns_topic',
  'クラスター': 'resource_name', 'インスタンス': 'resource_name', 'スタック': 'cloudformation_stack', '関数': 'lambda_function',
  alarm: 'resource_name', nodegroup: 'resource_name', 'node group': 'resource_name', snapshot: 'resource_name',
  'key pair': 'resource_name', // EC2 `KeyName`
  'instance profile': 'iam_instance_profile', // EC2's `InstanceProfileName` (`instance profile is x`)
  'key group': 'resource_name', // a CloudFront key group (`key group x`)
  tag: 'resource_name', // only as `Name tag x`
  dbinstance: 'rds_instance', dbcluster: 'rds_cluster', // RDS errors: `DBInstance prod-db not found.` (spelt as in CAMEL_NOUNS)
  replica: 'rds_instance', writer: 'rds_instance', // a read replica (`the replica orders-pg-ro1`), an Aurora writer (`behind writer orders-pg-01`)
  'event bus': 'resource_name', rule: 'resource_name', bus: 'resource_name', // EventBridge (`rule x`, `bus x` only as `EventBridge rule x`, `Config rule x`)
  archive: 'resource_name', replay: 'resource_name', // EventBridge archives and replays, only as `EventBridge archive x`, `replay from archive x`
  app: 'resource_name', // a CodeDeploy application, only as `CodeDeploy app x` or after CodeDeploy on its line (`(app x, group y)`)
  // named only with their service before them (`OpenSearch domain x`, `Glue job x`, `CodeBuild project x`, `API Gateway x`)
  domain: 'resource_name', job: 'resource_name', project: 'resource_name', pipeline: 'resource_name', gateway: 'api_gateway',
  asg: 'resource_name', crawler: 'resource_name', workgroup: 'resource_name', broker: 'resource_name',
  sg: 'resource_name', canary: 'resource_name', // a security group by name, a CloudWatch Synthetics canary
  tg: 'resource_name', 'target group': 'resource_name', // an ELB target group (`TG orders-blue-tg unhealthy`)
  vpc: 'resource_name', subnet: 'resource_name', 'launch template': 'resource_name', 'task definition': 'resource_name',
  'user pool': 'resource_name', 'file system': 'resource_name', 'permission set': 'resource_name', dashboard: 'resource_name',
  distribution: 'resource_name', // a CloudFront distribution by the name people give it (`distribution web-cdn-prod`)
  acl: 'resource_name', layer: 'resource_name', schedule: 'resource_name', // `web ACL x`, `Lambda layer x`, `Scheduler schedule x` only
  // only after their service too: `Serverless collection x`, `Global Accelerator x`, `Bedrock agent x`, `App Mesh x`,
  // `Grafana workspace x`, `response plan x` (Incident Manager), `Beanstalk environment x`, `Storage Gateway x`
  // organisation and network services (`stack set x`, `RAM share x`, `service network x`, `configuration set x` of SES,
  // SageMaker's `endpoint config x`, Verified Permissions' `policy store x`, a `service control policy x`, `SCP x` upper case
  // only: the `scp` command copies files)
  'stack set': 'resource_name', stackset: 'resource_name', 'resource share': 'resource_name', share: 'resource_name',
  'service network': 'resource_name', 'configuration set': 'resource_name', 'endpoint config': 'resource_name',
  'endpoint configuration': 'resource_name', 'policy store': 'resource_name', 'service control policy': 'iam_policy', scp: 'iam_policy',
  collection: 'resource_name', accelerator: 'resource_name', agent: 'resource_name', 'knowledge base': 'resource_name',
  mesh: 'resource_name', workspace: 'resource_name', plan: 'resource_name', application: 'resource_name', environment: 'resource_name',
  recipe: 'resource_name', box: 'resource_name', firewall: 'resource_name', // only as `Image Builder recipe x`, `Lightsail box x`, `Network Firewall x`
  // German, French, Spanish nouns spelt in ASCII (`des Benutzers »svc-jenkins«`, `Tabelle „orders“`, `la fonction x`)
  benutzer: 'iam_user', rolle: 'iam_role', tabelle: 'dynamodb_table', funktion: 'lambda_function', fonction: 'lambda_function',
  warteschlange: 'sqs_queue', datenbank: 'rds_instance', tabla: 'dynamodb_table', cola: 'sqs_queue',
  compartiment: 's3_bucket', rol: 'iam_role', fila: 'sqs_queue', // French `le compartiment S3 x`, Spanish `el rol x`, Portuguese `a fila x`
  // accented (the scanner finds them by ACCENTED_NOUN_HEADS): Spanish `el clúster x`, `la función x`, `la réplica x`, Portuguese `a função x`,
  // `a instância x`, `o tópico x`, French `le rôle x`
  'clúster': 'resource_name', 'función': 'lambda_function', 'réplica': 'rds_instance', 'função': 'lambda_function',
  'instância': 'resource_name', 'tópico': 'sns_topic', 'rôle': 'iam_role',
  buckt: 's3_bucket', bukcet: 's3_bucket', bucekt: 's3_bucket', lamda: 'lambda_function', fucntion: 'lambda_function', funtion: 'lambda_function', // typos chat is full of (`the buckt x`): no English word
  vault: 'resource_name', // only as `Backup vault x`
  proxy: 'resource_name', // only as `RDS Proxy x`, `DB proxy x`
  cache: 'elasticache_cluster', // only as `Valkey cache x`, `Redis cache x`
  thing: 'resource_name', thinggroup: 'resource_name', 'role alias': 'resource_name', // IoT: `thing evc-0042`, `thinggroup x`
  device: 'resource_name', authorizer: 'resource_name', // only as `core device x` (Greengrass), `custom authorizer x`
  // a service word straight before its resource (`SQS orders-q`, `DynamoDB orders-ledger-prod`): a name-shaped word only (SERVICE_NAME_NOUNS)
  sqs: 'sqs_queue', sns: 'sns_topic', dynamodb: 'dynamodb_table', kinesis: 'kinesis_stream', firehose: 'kinesis_stream', codepipeline: 'resource_name'
})

/** The accented nouns of PROSE_NOUNS up to their first accented letter, lower case (`clú`, `funció`): the scanner's words stop there. */
export const ACCENTED_NOUN_HEADS: ReadonlySet<string> = new Set(Object.keys(PROSE_NOUNS).flatMap(noun => {
  const k = noun.search(/[\u00c0-\u017f]/)
  return k > 0 && /^[a-z]+$/.test(noun.slice(0, k)) ? [noun.slice(0, k + 1)] : []
}))

/** Service words among PROSE_NOUNS: what follows them is often a feature (`SQS long-polling`), so only a word shaped as a name counts. */
export const SERVICE_NAME_NOUNS: ReadonlySet<string> = new Set(['sqs', 'sns', 'dynamodb', 'kinesis', 'firehose', 'codepipeline'])

/** A qualifier word before the noun refines the kind (`RDS instance`, `EKS cluster`). */
export const PROSE_QUALIFIERS: Readonly<Record<string, Readonly<Record<string, string>>>> = lookupTable<Readonly<Record<string, string>>>({
  rds: { instance: 'rds_instance', cluster: 'rds_cluster', proxy: 'resource_name', '인스턴스': 'rds_instance', '클러스터': 'rds_cluster' },
  aurora: { instance: 'rds_instance', cluster: 'rds_cluster' },
  db: { instance: 'rds_instance', cluster: 'rds_cluster', proxy: 'resource_name' },
  eks: { cluster: 'eks_cluster', '클러스터': 'eks_cluster' },
  ecs: { cluster: 'ecs_cluster', service: 'ecs_service' },
  elasticache: { cluster: 'elasticache_cluster', cache: 'elasticache_cluster', user: 'iam_user' },
  redis: { cluster: 'elasticache_cluster', instance: 'elasticache_cluster', cache: 'elasticache_cluster' },
  valkey: { cluster: 'elasticache_cluster', instance: 'elasticache_cluster', cache: 'elasticache_cluster' }, // ElastiCache for Valkey
  memcached: { cluster: 'elasticache_cluster' },
  ec2: { instance: 'resource_name' },
  iam: { role: 'iam_role', user: 'iam_user', group: 'iam_group', policy: 'iam_policy' },
  log: { group: 'log_group' },
  target: { group: 'resource_name' },
  kms: { key: 'kms_key' },
  opensearch: { domain: 'resource_name' },
  elasticsearch: { domain: 'resource_name' },
  glue: { job: 'resource_name', crawler: 'resource_name' },
  eventbridge: { rule: 'resource_name', bus: 'resource_name', archive: 'resource_name', replay: 'resource_name' },
  events: { rule: 'resource_name', archive: 'resource_name', replay: 'resource_name' },
  event: { archive: 'resource_name', replay: 'resource_name' },
  config: { rule: 'resource_name' },
  batch: { job: 'resource_name' },
  codebuild: { project: 'resource_name' },
  codepipeline: { pipeline: 'resource_name' },
  api: { gateway: 'api_gateway' },
  scaling: { group: 'resource_name' }, // `Auto Scaling group x`
  security: { group: 'resource_name' }, // `security group x` (its GroupName)
  replication: { group: 'elasticache_cluster' }, // ElastiCache `replication group x`
  parameter: { group: 'resource_name' }, option: { group: 'resource_name' }, // RDS `parameter group x`, `option group x`
  subnet: { group: 'resource_name' }, // RDS / ElastiCache `DB subnet group x`
  name: { tag: 'resource_name' }, // `Name tag: x` (an instance's Name tag in prose)
  mq: { broker: 'resource_name' },
  lambda: { layer: 'resource_name' },
  scheduler: { schedule: 'resource_name' }, // EventBridge Scheduler
  runner: { service: 'resource_name' }, // App Runner
  web: { acl: 'resource_name' }, // WAF
  serverless: { collection: 'resource_name', application: 'resource_name' }, // OpenSearch Serverless, EMR Serverless
  global: { accelerator: 'resource_name' },
  bedrock: { agent: 'resource_name', 'knowledge base': 'resource_name' },
  app: { mesh: 'resource_name' },
  grafana: { workspace: 'resource_name' },
  response: { plan: 'resource_name' },
  beanstalk: { application: 'resource_name', environment: 'resource_name' },
  storage: { gateway: 'resource_name' },
  codedeploy: { app: 'resource_name', application: 'resource_name' },
  deployment: { group: 'resource_name' }, // CodeDeploy's `deployment group x`
  ram: { share: 'resource_name' },
  backup: { plan: 'resource_name', vault: 'resource_name' }, // AWS Backup
  service: { domain: 'resource_name' }, // `Amazon OpenSearch Service domain x`
  builder: { pipeline: 'resource_name', recipe: 'resource_name' }, // EC2 Image Builder's `pipeline x`, `recipe x`
  lightsail: { instance: 'resource_name', box: 'resource_name', database: 'rds_instance' }, // `the lightsail box x`
  network: { firewall: 'resource_name' }, // `Network Firewall x`
  thing: { group: 'resource_name' }, core: { device: 'resource_name' }, custom: { authorizer: 'resource_name' }, // IoT, Greengrass
  iot: { rule: 'resource_name', policy: 'iam_policy', authorizer: 'resource_name' }, topic: { rule: 'resource_name' }
})

/** Nouns whose bare use says too little: they need a qualifier word before them. */
export const NOUNS_NEEDING_QUALIFIER = new Set(['group', 'key', 'service', 'policy', 'domain', 'job', 'project', 'pipeline', 'gateway', 'broker', 'rule', 'bus', 'layer', 'schedule', 'acl',
  'collection', 'accelerator', 'agent', 'knowledge base', 'mesh', 'workspace', 'plan', 'application', 'environment', 'tag', 'archive', 'replay', 'app', 'share', 'vault', 'proxy', 'cache',
  'recipe', 'box', 'firewall',
  'device', 'authorizer'])

/** Hyphenated English words that follow nouns in prose but are not names. */
export const PROSE_STOPWORDS = new Set([
  'cross-region', 'cross-account', 'read-only', 'multi-az', 'multi-region', 'in-place', 'built-in',
  'end-to-end', 'real-time', 'on-demand', 'high-availability', 'read-replica', 'point-in-time',
  'server-side', 'client-side', 'third-party', 'long-running', 'well-known', 'pre-signed', 'presigned',
  'up-to-date', 'so-called', 'non-production', 'e.g.', 'i.e.', 'etc.', 'auto-scaling', 'sign-in',
  'log-in', 'opt-in', 'opt-out', 'add-on', 'follow-up', 'set-up', 'one-time', 'two-way', 'x-ray',
  'bucket-owner-full-control', 'bucket-owner-read', 'bucket-owner-enforced', 'bucket-owner-preferred',
  'ed25519', 'ssh-rsa', 'ssh-ed25519', 'rsa-2048', 'rsa-3072', 'rsa-4096', // key pair types, not names
  'public-read', 'public-read-write', 'authenticated-read', 'aws-exec-read', 'log-delivery-write',
  'ec2-user', 'ssm-user', // the OS users of Amazon Linux and of Session Manager, not IAM users
  'add-ons', 'follow-ups', 'internet-facing', // a plural, a load balancer's scheme
  // EKS's own components and add-ons (`the cluster aws-auth ConfigMap`), never a cluster's name
  'aws-auth', 'aws-node', 'kube-proxy', 'vpc-cni', 'cluster-autoscaler', 'aws-load-balancer-controller', 'metrics-server',
  'aws-ebs-csi-driver', 'aws-efs-csi-driver', 'ebs-csi-driver', 'eks-pod-identity-agent',
  // compounds of DevOps prose (`the queue dead-letter config`, `the table pay-per-request mode`)
  'break-glass', 'on-call', 'long-lived', 'short-lived', // access and credentials prose (`the break-glass user`, `a long-lived key`)
  'dead-letter', 'pay-per-request', 'cold-start', 'fan-out', 'zero-downtime', 'least-privilege', 'blue-green', 'dual-stack',
  'at-least-once', 'exactly-once', 'at-most-once', 'time-to-live', 'out-of-date', 'rolling-update', 'write-through', 'read-through',
  'high-throughput', 'low-latency', 'single-tenant', 'front-end', 'back-end', 'end-user', 'e-mail', 'sign-up',
  // architectures, encodings, protocols, volume types, languages (`the function arm64 build`)
  'arm64', 'x86_64', 'amd64', 'aarch64', 'i386', 'base64', 'base32', 'grpc', 'ipv4', 'ipv6', 'oauth2', 'mtls', 'utf-8', 'utf8',
  'sha256', 'sha-256', 'md5', 'http2', 'websocket', 'gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'python3', 'node.js'
])

/** AWS service names written as one word (`and DynamoDB`, `and EventBridge rules`): service names are kept, never read as a listed name. */
export const AWS_SERVICE_WORDS: ReadonlySet<string> = new Set([
  'DynamoDB', 'EventBridge', 'CloudWatch', 'CloudFormation', 'CloudTrail', 'CloudFront', 'CloudShell', 'CloudHSM', 'CloudMap',
  'ElastiCache', 'OpenSearch', 'SageMaker', 'AppSync', 'AppRunner', 'AppMesh', 'AppConfig', 'AppFlow', 'AppStream',
  'CodeBuild', 'CodePipeline', 'CodeDeploy', 'CodeCommit', 'CodeArtifact', 'CodeCatalyst', 'CodeWhisperer', 'CodeGuru',
  'SecretsManager', 'GuardDuty', 'SecurityHub', 'SecurityLake', 'ElasticBeanstalk', 'DocumentDB', 'QuickSight', 'Route53',
  'LakeFormation', 'StepFunctions', 'DataSync', 'DirectConnect', 'GlobalAccelerator', 'ControlTower', 'NetworkFirewall',
  'MemoryDB', 'WorkSpaces', 'WorkMail', 'IoTCore', 'MediaConvert', 'MediaLive', 'DataZone', 'DevOpsGuru', 'EC2', 'S3', 'IAM',
  'ECS', 'EKS', 'ECR', 'RDS', 'SQS', 'SNS', 'KMS', 'SES', 'STS', 'SSM', 'ACM', 'WAF', 'VPC', 'EFS', 'EBS', 'ELB', 'ALB', 'NLB',
  'EMR', 'MSK', 'DMS', 'SSO', 'AppStream2', 'OpsWorks', 'OpsCenter', 'ParameterStore', 'SystemsManager', 'TrustedAdvisor',
  'CostExplorer', 'ServiceCatalog', 'ResourceGroups', 'LocalStack', 'FSx', 'Lightsail', 'Fargate', 'Lambda', 'Aurora',
  'Redshift', 'Kinesis', 'Firehose', 'Athena', 'Glue', 'Macie', 'Inspector', 'Detective', 'Cognito', 'Amplify', 'Bedrock', 'Textract'
])

/** Segments that make a hyphenated name self-describing (`prod-db-master`, `app-logs-bucket`). */
export const SELF_DESCRIBING_SEGMENTS: Readonly<Record<string, string>> = lookupTable({
  bucket: 's3_bucket', db: 'rds_instance', rds: 'rds_instance', aurora: 'rds_cluster',
  redis: 'elasticache_cluster', elasticache: 'elasticache_cluster', memcached: 'elasticache_cluster',
  dlq: 'sqs_queue', sqs: 'sqs_queue', lambda: 'lambda_function', eks: 'eks_cluster'
})

/** How the scanner finds the kinds that are not plain id shapes (hook = detect-*.ts handler). */
const MATCHERS: Readonly<Record<string, string>> = lookupTable({
  account_id: '12 digits standing alone or 4-4-4; ARN account field; ECR host label; SQS URL path',
  access_key_id: `${ACCESS_KEY_PREFIXES.join('|')} + 16-17 [A-Z0-9]`,
  secret_access_key: 'value of a secret-key field; bare 40 [A-Za-z0-9/+] mixing cases and digits or /+',
  session_token: `value of a session-token field; bare ${SESSION_TOKEN_PREFIXES.join('|')}...`,
  arn: 'hook detect-arn: customer resource part with no more specific kind',
  email: 'hook detect-backward: @domain, then the local part backwards',
  private_key: '-----BEGIN ... PRIVATE KEY----- block (an OpenVPN static key too), whole',
  connection_secret: 'hook detect-url: password of scheme://user:pass@host; password/passwd/pwd fields',
  api_key: 'apikey/token/secret/Authorization fields with generated-looking values; hook detect-third-party: other issuers\' prefixed keys (GitHub, Slack, Stripe, Anthropic, ...)',
  api_gateway: 'execute-api host label; execute-api/apigateway ARNs',
  ipv4_private: 'hook detect-ip: 10/8, 172.16/12, 192.168/16, 100.64/10 (CIDR suffix outside)',
  ipv4_public: 'hook detect-ip: other routable IPv4 (not special, not an all-single-digit version)',
  ipv6: 'hook detect-ip: 2000::/3 and fc00::/7',
  aws_hostname: 'hook detect-host: customer labels of *.amazonaws.com, *.compute.internal, ...',
  hostname: 'hook detect-url: hosts of connection strings and private TLDs; DomainName fields',
  kms_key: 'KeyId-like fields holding a UUID; kms ARNs; mrk- ids',
  token_literal: 'text already shaped like a token (token-format.ts)'
})

export interface KindSpec {
  kind: string
  label: string
  secret: boolean
  /** A regex source or the name of the scanner hook that emits the kind. */
  matcher: string
}

/** Every kind the detector emits, as data (metrics labels, docs, the summary of a response). */
export const CATALOGUE: readonly KindSpec[] = KINDS.map(kind => {
  const prefixes = Object.keys(RESOURCE_ID_PREFIXES).filter(p => RESOURCE_ID_PREFIXES[p] === kind)
  const shaped = SHAPED_IDS.filter(s => s.kind === kind).map(s => s.source)
  const named = [...new Set([...Object.entries(NAME_FIELDS), ...Object.entries(PROSE_NOUNS)]
    .filter(([, k]) => k === kind).map(([f]) => f))]
  const matcher = MATCHERS[kind] ??
    [prefixes.length > 0 ? `(${prefixes.join('|')})-(hex17|hex8)` : '', ...shaped,
      named.length > 0 ? `named by context: ${named.join(', ')}; ARNs, hosts, log groups` : ''].filter(Boolean).join(' | ')
  return { kind, label: labelFor(kind), secret: isSecretKind(kind), matcher: matcher || 'ARN and host context' }
})
