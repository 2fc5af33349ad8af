// Field context: what a key says about its value. Used for `"BucketName": "x"`, `bucket = "x"`,
// `AWS_SECRET_ACCESS_KEY=...`, `--function-name x` in flat text, and for context.field when
// the caller walks parsed JSON.
import {
  AWS_OWN_NAMES, AWS_OWN_NAMESPACES, CAPITALISED_NAME_FIELD, CAPITALISED_ONLY_FIELDS, KMS_FIELDS, NAME_FIELDS, NOT_SECRET_TOKENS, SECRET_FIELDS, SECRET_FIELD_SUFFIXES,
  SERVICE_NOUN_FIELDS, SHAPED_VALUE_FIELDS
} from './catalogue.js'
import { UUID_RE, indexWithin } from './detect-sink.js'
import { isAwsHost } from './detect-host.js'
import { AWS_ROLE_NAME, CONTROL_TOWER_NAME } from './detect-arn.js'
import { lookupTable } from './lookup-table.js'

export interface FieldRole {
  kind: string
  /** 'name' (customer name), 'secret' (credential), 'kms' (key id when UUID), 'tag' (maybe a Name tag value) */
  role: 'name' | 'secret' | 'kms' | 'tag' | 'tagkey'
}

const NAME_SUFFIXES = Object.keys(NAME_FIELDS).filter(k => k.length >= 6 && k !== 'identifier')
/** Longer and more precise than NAME_SUFFIXES (`ECS_CLUSTER_NAME` is no EKS `clustername`): looked at first. */
const SERVICE_NOUN_SUFFIXES = [...SERVICE_NOUN_FIELDS.keys()]
const cache = new Map<string, FieldRole | null>()

// Keys the scanner asked about, kept as char codes in one pool and found by a cheap signature
// (length, first, middle and last char): no hashing of the whole key, no slicing, and no key
// string kept (a slice of a long text would keep the whole text alive).
const KEY_SLOTS = 4096
const MAX_KEYS = 50_000
/** A slot holds few keys, so crafted keys sharing a signature cannot make lookups slow. */
const MAX_KEYS_PER_SLOT = 8
const keysBySlot: Array<number[] | undefined> = new Array(KEY_SLOTS).fill(undefined)
const keyStart: number[] = []
const keyLength: number[] = []
const keyKnown: boolean[] = []
let keyChars = new Uint16Array(16_384)
let keyCharsUsed = 0

function keySlot (text: string, i: number, j: number): number {
  const len = j - i
  const sig = (len << 21) ^ ((text.charCodeAt(i) & 127) << 14) ^ ((text.charCodeAt(i + (len >> 1)) & 127) << 7) ^ (text.charCodeAt(j - 1) & 127)
  return Math.imul(sig, 0x9E3779B1) >>> 20 // 12 bits: KEY_SLOTS
}

/**
 * Every name or suffix through which computeRole gives a role has at least this many chars that
 * are no digits (normaliseKey keeps digits and drops only `-_. `): a key with fewer, like the
 * `2024-01-10T03` of a timestamp before its `:`, says nothing and is not cached.
 */
const MIN_WORD_CHARS = Math.min(...[CAPITALISED_NAME_FIELD, 'Value', 'value', 'Key', 'key', ...Object.keys(SECRET_FIELDS),
  ...Object.keys(NAME_FIELDS), ...KMS_FIELDS, ...SECRET_FIELD_SUFFIXES.map(([suffix]) => suffix)].map(wordChars))

function wordChars (key: string): number {
  return key.replace(/[0-9-_. ]/g, '').length
}

function hasWordChars (text: string, i: number, j: number, min: number): boolean {
  let n = 0
  for (let k = i; k < j && n < min; k++) {
    const c = text.charCodeAt(k)
    if (!((c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46 || c === 32)) n++
  }
  return n >= min
}

/** Does the key text[i, j) say anything about its value? Cached, no slicing on a hit. */
export function hasFieldRole (text: string, i: number, j: number): boolean {
  if (!hasWordChars(text, i, j, MIN_WORD_CHARS)) return false
  const len = j - i
  const slot = keySlot(text, i, j)
  const keys = keysBySlot[slot]
  if (keys !== undefined) {
    for (let q = 0; q < keys.length; q++) {
      const e = keys[q]
      if (keyLength[e] !== len) continue
      const from = keyStart[e]
      let k = 0
      while (k < len && keyChars[from + k] === text.charCodeAt(i + k)) k++
      if (k === len) return keyKnown[e]
    }
  }
  const known = fieldRole(text.slice(i, j)) !== null
  if (keyStart.length < MAX_KEYS && (keys === undefined || keys.length < MAX_KEYS_PER_SLOT)) {
    if (keyCharsUsed + len > keyChars.length) {
      const grown = new Uint16Array(Math.max(keyChars.length * 2, keyCharsUsed + len))
      grown.set(keyChars)
      keyChars = grown
    }
    const e = keyStart.length
    keyStart.push(keyCharsUsed)
    keyLength.push(len)
    keyKnown.push(known)
    for (let k = i; k < j; k++) keyChars[keyCharsUsed++] = text.charCodeAt(k)
    if (keys === undefined) keysBySlot[slot] = [e]
    else keys.push(e)
  }
  return known
}

export function normaliseKey (key: string): string {
  return key.toLowerCase().replace(/[-_. ]/g, '')
}

/** What a field name says about its value, or null when it says nothing useful. */
export function fieldRole (key: string): FieldRole | null {
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const role = computeRole(key)
  // a copy, not the key: a slice of a request body would keep the whole body alive in the cache
  if (cache.size < 10_000) cache.set(JSON.parse(JSON.stringify(key)) as string, role)
  return role
}

function computeRole (key: string): FieldRole | null {
  if (key === CAPITALISED_NAME_FIELD) return { kind: 'resource_name', role: 'name' }
  if (key === 'Value' || key === 'value') return { kind: 'resource_name', role: 'tag' }
  if (key === 'Key' || key === 'key') return { kind: 'resource_name', role: 'tagkey' }
  const cased = CAPITALISED_ONLY_FIELDS.get(key)
  if (cased !== undefined) return { kind: cased, role: 'name' }
  const n = normaliseKey(key)
  if (n.length < 2) return null
  if (API_ACTION_KEY.test(key)) return null // `"ListBuckets": 88`: calls of an API action (Detective, Access Advisor), no bucket
  if (ERROR_CODE_KEY.test(key)) return null // `NoSuchBucket: The specified bucket does not exist`: an error code and its message
  const secret = SECRET_FIELDS[n]
  if (secret !== undefined) return { kind: secret, role: 'secret' }
  if (n === 'servicenamespace') return null // IAM's and Access Analyzer's `serviceNamespace: s3`, `--service-namespace ecs`: an AWS service prefix
  if (LOGIN_USER_KEY.test(n)) return null // Packer's `ssh_username = "ec2-user"`, `winrm_username = "Administrator"`: a login on the machine, no IAM user
  if (n === 'identifier' && key !== 'identifier') return null // Terraform's `identifier` (an RDS instance); Connect's flow actions use `"Identifier": "a1"`
  const name = NAME_FIELDS[n] ?? SERVICE_NOUN_FIELDS.get(n)
  if (name !== undefined) return { kind: name, role: 'name' }
  if (KMS_FIELDS.has(n) || KMS_KEY_SUFFIX.test(n)) return { kind: 'kms_key', role: 'kms' }
  if (NOT_SECRET_TOKENS.has(n)) return null
  if (PASS_KEY.test(key)) return { kind: 'connection_secret', role: 'secret' } // SMTP_PASS, dbPass
  const envNoun = ENV_NOUN_KEY.exec(key) // ORDERS_TABLE, PAYMENTS_QUEUE, EVENTS_TOPIC (env vars); lock_table (Make, just, HCL variables)
  if (envNoun !== null) return { kind: ENV_NOUN_KINDS[(envNoun[1] ?? envNoun[2]).toUpperCase()], role: 'name' }
  const unversioned = n.replace(/v?[0-9]+$/, '') // ses_smtp_password_v4
  // EventBridge connections' ApiKeyValue, a TokenValue: the secret's own value (not `"Value"` alone, a tag's)
  const bare = unversioned.length > 5 && unversioned.endsWith('value') ? unversioned.slice(0, -5) : unversioned
  for (const [suffix, kind] of SECRET_FIELD_SUFFIXES) if (unversioned.endsWith(suffix) || bare.endsWith(suffix)) return { kind, role: 'secret' }
  // ReadReplicaDBInstanceIdentifiers, LogBucketList: a list of names (not short plurals: `buckets:` starts prose lists)
  const singular = n.length >= 10 && n.endsWith('s') ? n.slice(0, -1) : n.length >= 10 && n.endsWith('list') ? n.slice(0, -4) : n // Shield's LogBucketList
  if (singular !== n && NAME_FIELDS[singular] !== undefined) return { kind: NAME_FIELDS[singular], role: 'name' }
  for (const suffix of SERVICE_NOUN_SUFFIXES) if (n.endsWith(suffix) || singular.endsWith(suffix)) return { kind: SERVICE_NOUN_FIELDS.get(suffix) as string, role: 'name' }
  for (const suffix of NAME_SUFFIXES) if (n.endsWith(suffix) || singular.endsWith(suffix)) return { kind: NAME_FIELDS[suffix], role: 'name' }
  const dotted = DOTTED_NOUN_KEY.exec(key)?.[1] // Flink / Spring properties: `feature.store.table`, `model.endpoint`
  if (dotted !== undefined) return { kind: DOTTED_NOUN_KINDS[dotted], role: 'name' }
  return null
}

/** A key naming a KMS key by its role (SageMaker's `VolumeKmsKeyId`, Transcribe's `OutputEncryptionKMSKeyId`, Bedrock's `s3EncryptionKeyId`), normalised. */
const KMS_KEY_SUFFIX = /^[a-z0-9]{1,40}(?:kmskeyid|kmskeyarn|encryptionkeyid)$/

/** Normalised keys of an operating-system login (SSH, WinRM, RDP, SFTP), not an IAM user. */
const LOGIN_USER_KEY = /^(?:ssh|winrm|rdp|sftp|ftp|os|linux|windows|bastion|sshbastion)username$/

/** A dotted property key whose last segment is the noun of what it names (too short a word to be a suffix of any key). */
const DOTTED_NOUN_KEY = /^[a-z][a-z0-9_-]{0,40}(?:\.[a-z][a-z0-9_-]{0,40}){0,6}\.(table|queue|endpoint)$/
const DOTTED_NOUN_KINDS: Readonly<Record<string, string>> = lookupTable({ table: 'dynamodb_table', queue: 'sqs_queue', endpoint: 'resource_name' })
/** What a dotted noun key names is one name (`velmora-fraud-xgb-v14`), not a word, a path or `host:port`. */
const DOTTED_NAME_VALUE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/

/** An AWS API action as a key (`ListBuckets`, `describeTable`, LocalStack's `s3.CreateBucket => 200`): counts and settings per call name it, never a resource. */
const API_ACTION_KEY = /^(?:[a-z][a-z0-9-]{1,30}\.)?(?:[Ll]ist|[Gg]et|[Dd]escribe|[Cc]reate|[Dd]elete|[Pp]ut|[Uu]pdate|[Hh]ead|[Bb]atch(?:Get|Write)|[Ss]tart|[Ss]top|[Tt]ag|[Uu]ntag)[A-Z][A-Za-z]*$/

/** An AWS error code as a key (`NoSuchBucket:`, `ResourceNotFoundException:`): what follows is its message, no name. */
const ERROR_CODE_KEY = /^(?:NoSuch|Duplicate|Invalid|Malformed|Unsupported)[A-Z][A-Za-z]*$|^[A-Z][A-Za-z]*(?:NotFound|Exception|Fault|AlreadyExists)$/

/** `SMTP_PASS`, `db-pass`, `smtpPass`, `es.net.http.auth.pass`: a password (not `bypass`, `compass`, nor a bare `pass` count of a test run). */
const PASS_KEY = /[_-](?:pass|PASS)$|[a-z0-9]Pass$|(?:auth|http|https|socks|proxy|smtp|mail)\.pass$/ // elasticsearch-hadoop's `es.net.http.auth.pass`
/** An upper-case env var ending in the noun of what it names. */
const ENV_NOUN_KEY = /[A-Z0-9]_(TABLE|QUEUE|TOPIC)$|[a-z0-9](?<!route)_(table|queue|topic)$/ // not STREAM: LOG_STREAM=stdout; not a route_table (an id)
const ENV_NOUN_KINDS: Readonly<Record<string, string>> = lookupTable({ TABLE: 'dynamodb_table', QUEUE: 'sqs_queue', TOPIC: 'sns_topic' })

const PLACEHOLDER = /^(?:\$\{.*|\$[A-Z_][A-Z0-9_]*|\{\{.*\}\}|\{[A-Za-z_][A-Za-z0-9_.]{0,62}\}|<[^>]*>|\*+|x{3,}|X{3,}|\.\.\.|null|true|false|none|None|~|-|REDACTED|redacted|changeme|string)$/
const NAME_SHAPE = /[-_.0-9/]/
/** The words for a credential: under a name field, a format's description, never a resource's name. */
const CREDENTIAL_WORD = /^(?:password|passwd|passphrase|secret|token)$/i
/** AWS's own values that name fields also hold: regions, zones, Local and Wavelength Zones and
 * their groups (`us-west-2-lax-1`, `us-east-1-wl1-bos-wlz-1`), zone ids, CloudWatch namespaces
 * (`AWS/...` and those of AWS's agents), YAML intrinsics (`!Ref X`), the names of AWS-managed policies,
 * AWS's `AWS-` names (managed WAF rule groups, SSM documents), the CDK bootstrap's parameter, RDS's database roles and Security Lake's Glue names. */
const AWS_VALUE = new RegExp('^(?:' +
  '(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-[a-z]+-\\d(?:-[a-z]{3}-\\d|-wl\\d(?:-[a-z]{3}-wlz-\\d)?)?[a-z]?' +
  '|[a-z]{3,5}\\d-(?:[a-z]{3}\\d-az\\d{1,2}|wl\\d-[a-z]{3}-wlz\\d|az\\d{1,2})' +
  '|AWS\\/.*|AWS-[A-Za-z0-9-]+|(?:ECS\\/)?ContainerInsights(?:\\/Prometheus)?|CWAgent(?:\\/Prometheus)?|LambdaInsights|CloudWatchSynthetics|!.*' +
  '|\\/cdk-bootstrap\\/[a-z0-9]{1,10}\\/version|rds_(?:iam|superuser|replication|password|ad|extension|reserved)|rdsadmin|rdsrepladmin|rdstopmgr' +
  '|amazon_security_lake_(?:glue_db|table)_[a-z0-9_]{1,80}' + // Security Lake's Glue database and tables, named by AWS per region
  '|aws\\.greengrass\\.[A-Za-z0-9.]{1,64}|iotsitewise:[a-z]{1,32}:[0-9]{1,3})$') // Greengrass's own components (`serviceName=aws.greengrass.Nucleus`), SiteWise gateway capabilities
/** CloudWatch dimension and filter names (`LoadBalancer`, `InstanceId`, `DBInstanceIdentifier`). */
const DIMENSION_NAME = /^(?:[A-Z][A-Za-z]*(?:Name|Id|Identifier|Arn|Type|Group|Balancer|Zone|Version|Resource|Operation|Stage|Method|Class|Domain)|Resource|Region|Operation|Stage|Method|Service|Protocol)$/
/** Field names in camelCase (AWS Config's `SelectFields: [{"Name": "resourceId"}]`, `awsRegion`): a column, not a resource. */
const FIELD_NAME = /^[a-z]+(?:[A-Z][a-z0-9]*)*(?:Id|Name|Type|Arn|Region|Zone|Time|Status|Address)$/ // ECS attachment details: `privateIPv4Address`, `macAddress`
/** An upper-case constant of two words or more (`TLS_WEB_SERVER_AUTHENTICATION`, `KEY_ENCIPHERMENT`). */
const ENUM_CONSTANT = /^[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}$/
/** HTTP header names with a dash (`User-Agent`, `x-forwarded-for`): a WAF request's `Headers` list names them under `Name`. */
const HTTP_HEADER_NAME = /^(?:x-(?:forwarded|amzn?|real|request|correlation|api|csrf|requested|client|original|envoy|b3|datadog|cloud-trace)[a-z0-9-]{0,50}|sec-(?:ch|fetch)-[a-z-]{1,30}|user-agent|content-(?:type|length|encoding|md5|disposition|language)|accept-(?:encoding|language|ranges)|cache-control|if-(?:none-match|modified-since|match|unmodified-since)|cf-[a-z-]{1,30}|true-client-ip|upgrade-insecure-requests|access-control-[a-z-]{1,40}|strict-transport-security|transfer-encoding|keep-alive)$/i
/** Transfer Family's and ELB's TLS / SSH security policies (`TransferSecurityPolicy-2024-01`, `ELBSecurityPolicy-TLS13-1-2-2021-06`). */
const AWS_SECURITY_POLICY = /^(?:Transfer[A-Za-z]{0,16}SecurityPolicy|ELBSecurityPolicy)-[A-Za-z0-9-]{1,40}$/
const AWS_MANAGED_POLICY = /^(?:(?:AWS|Amazon|CloudWatch|IAM|Elastic|CloudFront|Cloud9)[A-Z0-9][A-Za-z0-9]*|AdministratorAccess(?:-Amplify|-AWSElasticBeanstalk)?|PowerUserAccess|ReadOnlyAccess|ViewOnlyAccess|SecurityAudit|SystemAdministrator|DatabaseAdministrator|NetworkAdministrator|DataScientist|SupportUser|Billing|ResourceGroupsandTagEditor(?:FullAccess|ReadOnlyAccess)|FullAWSAccess)$/ // FullAWSAccess: the SCP AWS attaches to every root, OU and account

/** SigV4 signing names of AWS services (`es`, `aoss`, `execute-api`): no ECS service is named so. */
const AWS_SIGNING_NAME = /^(?:es|aoss|s3|s3-object-lambda|s3express|execute-api|apigateway|lambda|sqs|sns|dynamodb|kinesis|firehose|sts|iam|ec2|ecs|eks|ecr|logs|events|states|secretsmanager|ssm|kms|bedrock|bedrock-runtime|glue|athena|appsync|rds|rds-db|rds-data|elasticloadbalancing|monitoring|xray|sagemaker|cloudformation|route53|cognito-idp|redshift|redshift-data|elasticache|aps|osis)$/

/** The parameters of a Firehose stream's processors (`ProcessingConfiguration.Processors[].Parameters`), named by AWS. */
const FIREHOSE_PROCESSOR_PARAMETERS: ReadonlySet<string> = new Set(['LambdaArn', 'NumberOfRetries', 'MetadataExtractionQuery', 'JsonParsingEngine',
  'RoleArn', 'BufferSizeInMBs', 'BufferIntervalInSeconds', 'SubRecordType', 'Delimiter', 'CompressionFormat', 'DataMessageExtraction'])

/** The log streams Firehose creates for a stream's delivery errors, one per destination (and its S3 backup). */
const FIREHOSE_LOG_STREAMS: ReadonlySet<string> = new Set(['DestinationDelivery', 'BackupDelivery', 'S3Delivery', 'RedshiftDelivery',
  'ElasticsearchDelivery', 'AmazonOpenSearchServiceDelivery', 'SplunkDelivery', 'HttpEndpointDelivery', 'SnowflakeDelivery', 'IcebergDelivery'])

/** ASP.NET Core's built-in environment names (`IHostEnvironment.EnvironmentName`): no Beanstalk environment's. */
const ASPNET_ENVIRONMENT: ReadonlySet<string> = new Set(['Production', 'Staging', 'Development'])

/** RDS and ElastiCache default parameter and option groups (`default.postgres15`, `default:mysql-8-0`), under a group's key. */
const DEFAULT_GROUP = /^default[.:][a-z0-9][a-z0-9.-]{0,62}$/
const GROUP_KEY = /group/i

/** AWS error codes (`ResourceInUseException`, `BucketAlreadyExists`, `VcpuLimitExceeded`, `SpotMaxPriceTooLow`, `EntityTooLarge`): no customer names a resource so. */
const ERROR_CODE = /^[A-Z][A-Za-z0-9]{0,60}(?:Exception|Fault|NotFound|AlreadyExists|Exceeded|InUse|Denied|Violation|Required|DeletedRecently|Too(?:Low|High|Large|Small|Long|Many))$/
/** An exception or error class (`ConnectTimeoutError`, `SdkClientException`): CamelCase, no customer's resource name. */
const EXCEPTION_TYPE = /^[A-Z][a-z0-9]{1,30}(?:[A-Z][a-z0-9]{0,30}){0,8}(?:Error|Exception)$/

/** Codes of another shape, read as such only before the `:` that opens their message (a function may be `InvalidOrdersHandler`). */
const ERROR_CODE_BEFORE_COLON = /^(?:(?:Invalid|Unsupported|Unauthorized|Insufficient|Duplicate|Malformed|NoSuch|Incorrect)[A-Z][A-Za-z0-9]{0,60}(?:\.[A-Z][A-Za-z]{1,30})?|ValidationError|Throttling)$/

/** `follow`: the char after the name (58 `:` lets the second shape count too). */
export function isAwsErrorCode (name: string, follow = NaN): boolean {
  const c = name.charCodeAt(0)
  return c >= 65 && c <= 90 && (ERROR_CODE.test(name) || (follow === 58 && ERROR_CODE_BEFORE_COLON.test(name)))
}

/** Headers AWS sends and reads (`x-amzn-RequestId`, `X-Amz-Cf-Id`): not all of HTTP_HEADER_NAME, as a stack may be `cf-prod-api`. */
const AWS_HEADER_NAME = /^x-amzn?-[a-z][a-z0-9-]{0,50}$/i

/** AWS's own values where a prose noun announces a name, as under a name field: zones, AWS's role and managed policy names, header names. */
export function isAwsOwnName (kind: string, value: string): boolean {
  return AWS_VALUE.test(value) || (kind === 'iam_policy' && AWS_MANAGED_POLICY.test(value)) || (kind === 'iam_role' && AWS_ROLE_NAME.test(value)) ||
    AWS_HEADER_NAME.test(value) || CONTROL_TOWER_NAME.test(value) || ((kind === 'rds_instance' || kind === 'rds_cluster') && RDS_ENGINE.test(value))
}

/**
 * RDS engines, their parameter group families and CA ids (`DB aurora-postgresql 15.4`, `RDS MySQL`, `rds-ca-rsa2048-g1`)
 * and RDS's feature words (`RDS read-replicas`, `RDS option-groups`, `RDS for-postgresql`): AWS's.
 */
const RDS_ENGINE = /^(?:aurora(?:-mysql|-postgresql)?|mysql|mariadb|postgres(?:ql)?|oracle-(?:ee|se2)(?:-cdb)?|sqlserver-(?:ee|se|ex|web)|db2-(?:se|ae))(?:[0-9]{1,2}(?:\.[0-9]{1,2})?)?$|^rds-ca-[a-z0-9-]{1,24}$|^(?:read-replicas?|(?:db-)?(?:event-subscriptions?|option-groups?|parameter-groups?|subnet-groups?|snapshots?)|for-[a-z]{2,12}|io[12]-bx|blue-green|multi-az|single-az)$/i

/**
 * Kind to give the whole of `value` under this field role, or null when it should be left to
 * the ordinary scanner (ARNs, URLs, ids, ...) or kept (placeholders, plain words for `Name`).
 */
/** An API action's name as an IAM action writes it after the service prefix (`GetSecretValue`, `Describe*`). */
const IAM_ACTION_NAME = /^[A-Z][a-z]{1,20}(?:[A-Z][a-z0-9]{0,20}){0,8}\*?$|^\*$/

export function classifyValue (role: FieldRole, value: string, key: string): string | null {
  if (value.length === 0 || value.length > 65_536 || PLACEHOLDER.test(value)) return null
  if (role.role === 'secret') return secretValueKind(role.kind, value, key)
  if (/^(?:arn:|[a-z][a-z0-9+.-]*:\/\/|\/aws\/)/.test(value) || value.includes('://')) return null
  if (value.startsWith('aws:')) return null // AWS's own names: an SSM document's plugins (`aws:runPowerShellScript`), tag keys (`aws:cloudformation:stack-name`)
  if (value.includes('{{') || value.includes('${')) return null // `system:node:{{EC2PrivateDNSName}}`: a template
  if (value.charCodeAt(0) === 123) return null // the CLI shorthand's structure (`Bucket={DataRedundancy=SingleAvailabilityZone,Type=Directory}`): no name
  if (value.includes('.amazonaws.com') || value.startsWith('com.amazonaws.')) return null // an image URL, an endpoint (`repository: 1234….dkr.ecr.<region>.amazonaws.com/x`) or an endpoint service (`com.amazonaws.<region>.s3`): the scanner masks its parts, AWS's stay
  if (role.role === 'kms') return UUID_RE.test(value) ? 'kms_key' : /^alias\/(?!aws\/)[A-Za-z0-9/_-]+$/.test(value) ? 'resource_name' : null
  if (role.role === 'tag') return value.length <= 255 ? 'resource_name' : null
  if (IAM_ACTION_NAME.test(value) && normaliseKey(key) === 'secretsmanager') return null // `secretsmanager:GetSecretValue`: an IAM action, not Copilot's secret name
  if (/\s/.test(value) || value.length > 255 || AWS_VALUE.test(value) || AWS_OWN_NAMES.has(value) || CONTROL_TOWER_NAME.test(value)) return null
  if (SHAPED_VALUE_FIELDS.has(key.toLowerCase()) && !NAME_SHAPE.test(value)) return null
  if (DOTTED_NOUN_KEY.test(key) && (!NAME_SHAPE.test(value) || !DOTTED_NAME_VALUE.test(value))) return null
  if (AWS_OWN_NAMESPACES.has(value) && normaliseKey(key) === 'namespace') return null
  if (CREDENTIAL_WORD.test(value)) return null // a format's description (`# host:port:database:username:password`): a field's word, no name
  if (role.kind === 'iam_user' && value === 'system') return null // the actor of a tool's automated actions (Opsgenie's `"username": "system"`), as `System`
  if (ASPNET_ENVIRONMENT.has(value) && normaliseKey(key) === 'environmentname') return null // Serilog's `EnvironmentName` enricher: ASP.NET's built-in environments
  if (DEFAULT_GROUP.test(value) && GROUP_KEY.test(key)) return null // `DBParameterGroupName: default.postgres15`: AWS's (a customer's group has no `.` or `:`)
  if (FIREHOSE_LOG_STREAMS.has(value) && normaliseKey(key) === 'logstreamname') return null // Firehose's own error log streams (`"LogStreamName": "DestinationDelivery"`)
  if (FIREHOSE_PROCESSOR_PARAMETERS.has(value) && normaliseKey(key) === 'parametername') return null // Firehose's `{"ParameterName": "LambdaArn"}`: its processors' parameters, no SSM parameter
  if (role.kind === 'ecs_service' && AWS_SIGNING_NAME.test(value)) return null // Envoy's / a SigV4 proxy's `service_name: es`: the service AWS signs for
  if (role.kind === 's3_bucket' && isAwsErrorCode(value)) return null // `Error: creating S3 Bucket: BucketAlreadyExists`: an error code (no bucket has capitals)
  if (role.kind === 'iam_policy' && AWS_MANAGED_POLICY.test(value)) return null // its ARN says `aws`
  if (role.kind === 'iam_policy' && AWS_SECURITY_POLICY.test(value)) return null // `SecurityPolicyName`: a TLS/SSH policy AWS defines
  if (role.kind === 'iam_role' && AWS_ROLE_NAME.test(value)) return null // `ExecutionRoleName: AWSControlTowerExecution`: named by AWS, as in its ARNs
  if ((role.kind === 'hostname' || key === EXTERNAL_NAME) && isAwsHost(value)) return null // the scanner keeps the AWS suffix readable (a Kubernetes Service's `externalName` too)
  if (key === CAPITALISED_NAME_FIELD && (DIMENSION_NAME.test(value) || FIELD_NAME.test(value))) return null // `Name: FunctionName` (a metric dimension, a filter)
  if (key === CAPITALISED_NAME_FIELD && !NAME_SHAPE.test(value) && !/[a-z][A-Z]/.test(value)) return null
  if (key === CAPITALISED_NAME_FIELD && AWS_MANAGED_POLICY.test(value)) return null // Identity Center's `ManagedPolicies: [{"Name": "PowerUserAccess"}]`, its predefined permission sets: AWS's names
  if (key === CAPITALISED_NAME_FIELD && EXCEPTION_TYPE.test(value)) return null // X-Ray's `Exceptions: [{"Name": "ConnectTimeoutError"}]`: an error's class, no resource
  if (key === CAPITALISED_NAME_FIELD && ENUM_CONSTANT.test(value)) return null // ACM's `KeyUsages: [{"Name": "DIGITAL_SIGNATURE"}]`: an API enum (or a variable's name), no resource
  if (key === CAPITALISED_NAME_FIELD && (HTTP_HEADER_NAME.test(value) || value.startsWith('awswaf:managed:'))) return null // WAF sampled requests: `{"Name": "user-agent", "Value": ...}`, AWS's labels
  if (value.startsWith('/') && role.kind === 'resource_name') return 'ssm_parameter' // `Name: /prod/db/url`
  if (!/[A-Za-z0-9]/.test(value)) return null
  return role.kind
}

const AWS_CONSOLE_URL = /^https:\/\/(?:[a-z0-9-]+\.)*(?:console|docs)\.aws\.amazon\.com(?:[/?#]|$)/
const YES_NO = /^(?:yes|no|YES|NO|Yes|No)$/
const EXTERNAL_NAME = 'externalName'
const JSON_OPENING = /^[{[]\\*$/

/** A short secret (`secret: acme-a1`, `client_secret: hunter2`): letters and digits, no version (`v1.2`). */
const SHORT_SECRET = /^(?=[^0-9]*[0-9])(?=[^A-Za-z]*[A-Za-z])(?!v?[0-9]+(?:\.[0-9]+)*$)[!-~]{4,7}$/
/** Keys whose value is the secret itself (`secret`, `client_secret`, `WEBHOOK_SECRET`): a short value there is one too. */
const SECRET_KEY_END = /secret$/

/** Keys a secret's name may stand under instead of the secret (aws-sm plugins, env mappings), besides `*_SECRET`: `*_KEY`, `*_TOKEN`. */
const SECRET_REF_KEY_END = /(?:key|token)$/
/** A file's path on a host (`/run/secrets/api_key`, `/etc/ssl/key`): no secret's name under a `*_KEY` or `*_TOKEN`. */
const HOST_PATH = /^\/(?:run|var|etc|home|tmp|opt|usr|mnt|srv|root|proc|dev|secrets|certs)\//

function isSecretRefKey (key: string, value: string): boolean {
  return SECRET_KEY_END.test(key) || (SECRET_REF_KEY_END.test(key) && !HOST_PATH.test(value))
}

/** A Secrets Manager name held where the secret would be (`--claims_db_secret acme/prod/claims-db`): lower-case path segments. */
const SECRET_PATH = /^\/?[a-z0-9][a-z0-9_.+=@-]{0,63}(?:\/[a-z0-9][a-z0-9_.+=@-]{0,63}){1,8}$/

/** A path to a field (jq's `.Credentials.SecretAccessKey`, `$r.data.secret_key`, JMESPath's `Credentials.SessionToken`). */
const FIELD_PATH = /^(?:[.$][A-Za-z_][A-Za-z0-9_]{0,63}|(?:[A-Z][a-z]+){1,6})(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,7}$/
/** The credential fields of AWS's responses: alone, a JMESPath projection (`{secret:ClientSecret}`) names one, no password does. */
const SECRET_RESPONSE_FIELDS: ReadonlySet<string> = new Set(['secretaccesskey', 'sessiontoken', 'clientsecret', 'accesstoken', 'refreshtoken',
  'idtoken', 'secretstring', 'secretbinary', 'plaintext', 'secretkey', 'authorizationtoken'])

/** Is a secret field's value a reference to a secret field (`SecretAccessKey: .Credentials.SecretAccessKey`), not the secret? */
function isSecretFieldReference (value: string): boolean {
  if (value.length > 256 || !FIELD_PATH.test(value)) return false
  const dot = value.lastIndexOf('.')
  if (dot < 0) return SECRET_RESPONSE_FIELDS.has(normaliseKey(value))
  return fieldRole(value.slice(dot + 1))?.role === 'secret'
}

/** The words of a warning or a sentence after a password flag (`Using --password via the CLI is insecure`, docker's): no password. */
const FLAG_PROSE_WORDS: ReadonlySet<string> = new Set(['via', 'on', 'in', 'is', 'as', 'or', 'and', 'for', 'from', 'with', 'the', 'to', 'of', 'by'])

/** strongSwan's authentication methods (`auth = eap-mschapv2`, `rightauth=xauth-pam`): words, no Docker `auth` value. */
const AUTH_KEY_END = /auth$/
const IKE_AUTH_METHOD = /^(?:(?:eap|xauth)(?:-[a-z0-9]{2,16}){0,2}|psk|pubkey|rsa|ecdsa|bliss)$/
/** AWS CLI shorthand (`--auth SecretArn=arn:...,IAMAuth=REQUIRED` of `aws rds create-db-proxy`): a structure, read inside. */
const CLI_SHORTHAND = /^[A-Z][a-z]{1,20}(?:[A-Z]{1,4}[a-z]{0,20}){0,4}=[^=,\s][^,\s]{0,2047}(?:,[A-Z][A-Za-z]{1,40}=[^,\s]{1,2048}){0,8}$/ // (no base64: its `=` ends it)

function secretValueKind (kind: string, value: string, key: string): string | null {
  if (isSecretFieldReference(value) || FLAG_PROSE_WORDS.has(value)) return null
  if (kind === 'api_key' && IKE_AUTH_METHOD.test(value) && AUTH_KEY_END.test(key)) return null
  if (kind === 'api_key' && AUTH_KEY_END.test(key) && CLI_SHORTHAND.test(value)) return null
  if (kind === 'connection_secret' && YES_NO.test(value)) return null // MySQL `(using password: YES)`
  if (kind === 'connection_secret' && JSON_OPENING.test(value)) return null // `"SecretString":"{\\"user\\"...`: JSON's opening, read decoded (detect-encoded.ts)
  if (kind === 'connection_secret' || kind === 'private_key') return value.length >= 1 ? kind : null
  if (value.startsWith('hmac-sha256:')) return null // Vault's audit log hashes every secret so: a digest, no secret
  if (/\s/.test(value) && kind !== 'api_key') return null
  if (kind === 'secret_access_key' || kind === 'session_token') return value.length >= 16 ? kind : null
  if (AWS_CONSOLE_URL.test(value)) return null // `Secret: https://...console.aws.amazon.com/...`: a link, the scanner masks its parts
  if (kind === 'api_key' && value.length < 8 && SHORT_SECRET.test(value) && SECRET_KEY_END.test(normaliseKey(key))) return kind
  if (kind === 'api_key' && SECRET_PATH.test(value) && (/[-_.0-9]/.test(value) || value.split('/').length > 2) && isSecretRefKey(normaliseKey(key), value)) {
    return 'secret_name' // `DB_SECRET=acme/prod/db`, a plugin's `DATADOG_API_KEY: acme/ci/datadog-api-key`: the secret's name (`read/write` is a word)
  }
  if (EXCEPTION_TYPE.test(value) || isAwsErrorCode(value)) return null // `EKS Auth: AccessDeniedException: ...`: an error's name, no credential
  if (kind === 'api_key' && ASPNET_AUTO_KEY.test(value)) return null // `<machineKey validationKey="AutoGenerate,IsolateApps">`: ASP.NET's own setting, no key
  if (kind === 'api_key' && FIELD_WORDS.test(value)) return null // `--query '{Auth:AuthMode}'`: a JMESPath alias of a field, no generated value
  // Generic *token / *secret / *apikey fields: only values that look generated.
  if (value.length < 8 || /\s/.test(value.replace(/^Bearer /i, ''))) return null
  return /[0-9]/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value)) ? kind : null
}

/** ASP.NET's machineKey setting that asks it to generate the key (`AutoGenerate,IsolateApps`). */
const ASPNET_AUTO_KEY = /^AutoGenerate(?:,IsolateApps|,IsolateByAppId){0,2}$/

/** Two to four capitalised words and nothing else (`AuthMode`, `TokenType`): a field's name, never a generated key. */
const FIELD_WORDS = /^(?:[A-Z][a-z]{2,15}){2,4}$/

/** Where a quoted or bare value sits after a key separator; null when there is none. */
export interface ValueSpan { start: number, end: number, next: number, quoted: boolean }

/** A quoted value longer than this names nothing: its closing quote is not looked for further. */
const MAX_QUOTED_VALUE = 16_384

export function parseValue (text: string, pos: number): ValueSpan | null {
  const c = text.charCodeAt(pos)
  if (c === 92 /* \ */) { // \"value\" inside a JSON string, \\\"value\\\" inside one nested twice, \'value\' inside SQL's quotes (a MySQL audit log)
    const quote = text.charCodeAt(pos + 1) === 34 ? '\\"' : text.charCodeAt(pos + 1) === 39 ? "\\'" : text.startsWith('\\\\\\"', pos) ? '\\\\\\"' : ''
    if (quote === '') return null
    const close = indexWithin(text, quote, pos + quote.length, pos + MAX_QUOTED_VALUE)
    return close < 0 ? null : { start: pos + quote.length, end: close, next: close + quote.length, quoted: true }
  }
  if (c === 34 /* " */) {
    let i = pos + 1
    while (i < text.length) {
      const d = text.charCodeAt(i)
      if (d === 92) i += 2
      else if (d === 34) return { start: pos + 1, end: i, next: i + 1, quoted: true }
      else if (d === 10) return null
      else i++
    }
    return null
  }
  if (c === 39 /* ' */) {
    const limit = Math.min(text.length, pos + MAX_QUOTED_VALUE)
    for (let i = pos + 1; i < limit; i++) {
      const d = text.charCodeAt(i)
      if (d === 39) return { start: pos + 1, end: i, next: i + 1, quoted: true }
      if (d === 10) return null
    }
    return null
  }
  let i = pos
  while (i < text.length && !endsBareValue(text.charCodeAt(i))) i++
  while (i > pos && (text.charCodeAt(i - 1) === 46 || text.charCodeAt(i - 1) === 58)) i-- // sentence punctuation
  return i === pos ? null : { start: pos, end: i, next: i, quoted: false }
}

function endsBareValue (c: number): boolean {
  // whitespace , ; & } ] ) " ' \ < > |
  return c <= 32 || c === 44 || c === 59 || c === 38 || c === 125 || c === 93 || c === 41 ||
    c === 34 || c === 39 || c === 92 || c === 60 || c === 62 || c === 124
}
