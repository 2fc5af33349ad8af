// ARNs: the account and the customer resource parts are masked, partition/service/region and
// resource types stay readable (`arn:aws:iam::ACCOUNT_ID_1:role/IAM_ROLE_1`). A `*` account is a
// pattern over customer ARNs. ARNs owned by AWS (account `aws` or empty, e.g. managed policies)
// stay, but for ids and account numbers (masked by shape wherever they stand) and the services
// whose ARNs never carry an account (S3, Route 53, API Gateway, Identity Center). The object key
// of an S3 ARN goes back to the ordinary scanner (ids, accounts, addresses, e-mails).
import { IOT_NAMING_WORDS } from './detect-iot-topic.js'
import { MatchSink, indexWithin, isAlnum, lastIndexWithin } from './detect-sink.js'
import { encodedSlashBefore, tokenEndAt } from './token-match.js'
import { wholeIdKind } from './detect-ids.js'
import { maskLogGroupName } from './detect-loggroup.js'
import { lookupTable } from './lookup-table.js'

/**
 * `${AWS::Region}`, `${data.aws_caller_identity.current.account_id}`: template placeholders; in a
 * region or account field also a format placeholder (`{account_id}`, Python's `{ACCOUNTS['prod']}`, just's `{{account}}`).
 */
const PLACEHOLDER = '\\$\\{[A-Za-z0-9_.:]{1,80}\\}'
/** API Gateway integration URIs name the integrated service where the account stands (`apigateway:<region>:sqs:path/...`, `<bucket>.s3:path/...`). */
const INTEGRATED_SERVICE = '[a-z0-9][a-z0-9.-]{0,80}(?=:(?:path|action)/)'
/** just, Jinja, Ansible and GitHub Actions expressions in a field: `{{account}}`, `{{ account_id }}`, `${{ secrets.ACCOUNT_ID }}`. */
const MUSTACHE = '\\$?\\{\\{ {0,2}[A-Za-z_][A-Za-z0-9_.\\[\\]\'"]{0,78} {0,2}\\}\\}'
const FIELD_PLACEHOLDER = `(?:${PLACEHOLDER}|\\{[A-Za-z_][A-Za-z0-9_.\\[\\]'"]{0,78}\\}|${MUSTACHE})`
/**
 * A JSON `\uXXXX` escape inside a name (`arn:aws:s3:::\u0041cme`, `my\u002dbucket`): part of it, unless it
 * stands for a char that ends an ARN (a control, a blank, a quote, a bracket, one of `,;<>|` and the backtick). Any run of
 * backslashes before the `u` (`\\u0041`: JSON in a JSON string), as escapes.ts reads them.
 */
export const NAME_ESCAPE = '\\\\{1,8}u(?!00(?:[01][0-9A-Fa-f]|2[02789cC]|3[bBcCeE]|5[cC]|60|7[b-dB-D]))[0-9A-Fa-f]{4}'
export const ARN_SOURCE =
  `arn:aws(?:-cn|-us-gov|-iso(?:-[bef])?)?:[a-z0-9-]*:(?:[a-z0-9-*]*|${FIELD_PLACEHOLDER}):(?:[0-9]{12}|aws|\\*|${FIELD_PLACEHOLDER}|${INTEGRATED_SERVICE})?:(?:${PLACEHOLDER}|[^\\s"'<>,;\`{}()|\\\\]|\\\\/|${NAME_ESCAPE})+`
/** Percent-encoded ARNs in console links and query strings: `arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fx`, or twice encoded (`arn%253Aaws...`). */
export const ENCODED_ARN_SOURCE =
  'arn%(?:25)?3[Aa]aws(?:-cn|-us-gov|-iso(?:-[bef])?)?%(?:25)?3[Aa][a-z0-9-]*%(?:25)?3[Aa][a-z0-9-]*%(?:25)?3[Aa](?:[0-9]{12}|aws)?%(?:25)?3[Aa]' +
  '(?:[A-Za-z0-9_.+=@-]|%(?!2[02Cc7]|5[Dd]|7[Dd]|252[02Cc7]|255[Dd]|257[Dd])[0-9A-Fa-f]{2})+'

const KEEP = ''
/** Per service and resource type: the kind of each segment after the type. */
const TYPE_KINDS: Readonly<Record<string, Readonly<Record<string, string[]>>>> = lookupTable<Readonly<Record<string, string[]>>>({
  lambda: { function: ['lambda_function', KEEP], layer: ['resource_name', KEEP] },
  dynamodb: { table: ['dynamodb_table', KEEP, 'resource_name'] },
  rds: { db: ['rds_instance'], cluster: ['rds_cluster'] },
  eks: {
    cluster: ['eks_cluster'], nodegroup: ['eks_cluster', 'resource_name', 'resource_name'],
    addon: ['eks_cluster', KEEP, 'resource_name'], fargateprofile: ['eks_cluster', 'resource_name', 'resource_name']
  },
  ecs: {
    cluster: ['ecs_cluster'], service: ['ecs_cluster', 'ecs_service'], task: ['ecs_cluster', 'resource_name'],
    'task-definition': ['resource_name', KEEP], 'container-instance': ['ecs_cluster', 'resource_name']
  },
  elasticloadbalancing: {
    loadbalancer: ['load_balancer', 'load_balancer'], targetgroup: ['resource_name', 'target_group'],
    listener: ['load_balancer', 'load_balancer', 'resource_name'],
    'listener-rule': ['load_balancer', 'load_balancer', 'resource_name', 'resource_name']
  },
  cloudformation: { stack: ['cloudformation_stack', 'resource_name'], stackset: ['resource_name', 'resource_name'] },
  kms: { key: ['kms_key'] },
  states: { stateMachine: ['state_machine'], execution: ['state_machine', 'resource_name'] },
  kinesis: { stream: ['kinesis_stream', KEEP, 'resource_name'] }, // stream/S/consumer/C:epoch
  firehose: { deliverystream: ['kinesis_stream'] },
  elasticache: { cluster: ['elasticache_cluster'], replicationgroup: ['elasticache_cluster'] },
  route53: { hostedzone: ['hosted_zone'] },
  cloudfront: { distribution: ['cloudfront_distribution'] },
  sts: { 'assumed-role': ['iam_role', 'resource_name'], 'federated-user': ['iam_user'] },
  apigateway: { restapis: ['api_gateway'], apis: ['api_gateway'] },
  sso: { permissionSet: ['resource_name', 'resource_name'], instance: ['resource_name'], account: ['account_id'] },
  // nested layouts: the words between the names are AWS's types (`mesh/M/virtualNode/N`), kept readable, not learned as names
  appmesh: { mesh: ['resource_name', KEEP, 'resource_name', KEEP, 'resource_name'] },
  globalaccelerator: { accelerator: ['resource_name', KEEP, 'resource_name', KEEP, 'resource_name'] },
  'route53-recovery-control': { controlpanel: ['resource_name', KEEP, 'resource_name'] },
  timestream: { database: ['resource_name', KEEP, 'resource_name'] },
  connect: { instance: ['resource_name', KEEP, 'resource_name'] },
  datasync: { task: ['resource_name', KEEP, 'resource_name'] }, // task/T/execution/E
  amplify: { apps: ['resource_name', KEEP, 'resource_name', KEEP, KEEP] }, // apps/A/branches/B/jobs/<number>
  storagegateway: { gateway: ['resource_name', KEEP, 'resource_name'] } // gateway/G/volume/V
})
/** Services whose resource parts are AWS-defined (standards, control ids, actions) but the segment after these words. */
const NAMED_AFTER: Readonly<Record<string, Readonly<Record<string, string>>>> = lookupTable<Readonly<Record<string, string>>>({
  securityhub: { finding: 'resource_name', custom: 'resource_name', 'automation-rule': 'resource_name' },
  swf: { domain: 'resource_name' },
  // `apis/<id>/types/<type>/resolvers/<field>`: a GraphQL type name is the schema's, kept with AWS's words
  appsync: { apis: 'resource_name', datasources: 'resource_name', functions: 'resource_name', resolvers: 'resource_name', domainnames: 'resource_name' },
  'emr-serverless': { applications: 'resource_name', jobruns: 'resource_name' }, // `:/applications/<id>/jobruns/<id>`
  'emr-containers': { virtualclusters: 'resource_name', jobruns: 'resource_name', endpoints: 'resource_name' }
})
/** Words after which the rest of a resource is made by AWS (`table/T/stream/<timestamp label>`). */
const AWS_MADE_AFTER: Readonly<Record<string, string>> = lookupTable({ dynamodb: 'stream' })
/** Role names AWS itself creates in every account (and the default service roles its consoles create under a fixed name): patterns over them (`arn:aws:iam::*:role/...`) name no customer. */
/** What Control Tower creates in every account it enrols, under fixed names (`aws-controltower-NotificationForwarder`, `aws-controltower/CloudTrailLogs`,
 * its stack sets `AWSControlTowerBP-BASELINE-CLOUDWATCH`). */
export const CONTROL_TOWER_NAME = /^(?:aws-controltower[-/][A-Za-z0-9-]{1,64}|AWSControlTower[A-Za-z0-9]{0,40}(?:-[A-Za-z0-9]{1,40}){0,8})$/
export const AWS_ROLE_NAME = /^(?:AWSControlTower[A-Za-z]*|OrganizationAccountAccessRole|AWSCloudFormationStackSet(?:Administration|Execution)Role|AWSServiceRoleFor[A-Za-z0-9_.-]*|AWSBackupDefaultServiceRole|workspaces_DefaultRole|EMR_(?:EC2_|AutoScaling_|Notebooks_)?DefaultRole|AWSDataLifecycleManagerDefaultRole(?:ForAMIManagement)?|DataPipelineDefault(?:Resource)?Role|AWSAFT(?:Execution|Admin|Service)|aws-elasticbeanstalk-(?:service|ec2)-role|AppRunnerECRAccessRole)$/
/** Session names AWS services give the roles they assume (`assumed-role/<role>/APPSYNC_ASSUME_ROLE`): the same in every account. */
const AWS_SESSION_NAMES: ReadonlySet<string> = new Set(['APPSYNC_ASSUME_ROLE', 'AWSAFT-Session']) // AFT's pipelines' session
/** Types whose whole remainder (slashes included) is one name. */
const REST_KINDS: Readonly<Record<string, Readonly<Record<string, string>>>> = lookupTable<Readonly<Record<string, string>>>({
  ecr: { repository: 'ecr_repository' },
  ssm: { parameter: 'ssm_parameter' },
  secretsmanager: { secret: 'secret_name' },
  kms: { alias: 'resource_name' },
  'cognito-identity': { identitypool: 'cognito_identity_pool' } // `identitypool/eu-west-1:<uuid>`: the region is the id's, not the ARN's
})
const IAM_KINDS: Readonly<Record<string, string>> = lookupTable({
  role: 'iam_role', user: 'iam_user', group: 'iam_group', policy: 'iam_policy', 'instance-profile': 'iam_instance_profile'
})
/** Services whose resource has no type: the whole resource is one name. */
const UNTYPED: Readonly<Record<string, string>> = lookupTable({ sqs: 'sqs_queue', sns: 'sns_topic', 'execute-api': 'api_gateway' })
/** Bedrock's system-defined cross-region inference and guardrail profiles (`eu.anthropic.claude-3-5-sonnet-20240620-v1:0`, `us.guardrail.v1:0`): AWS's ids, in a customer ARN. */
/** A foundation model's id, `<provider>.<model>` (`amazon.titan-text-express-v1`, `meta.llama3-8b-instruct-v1`). */
const FOUNDATION_MODEL = /^[a-z][a-z0-9-]{1,20}\.[a-z0-9][a-z0-9.-]{1,80}$/
const SYSTEM_PROFILE = /^(?:us|eu|apac|us-gov|global|jp|au|ca)\.[a-z0-9-]+\.[a-z0-9.-]+$/
/** A CloudWatch alarm action that opens an OpsItem (`arn:aws:ssm:<region>:<account>:opsitem:3#CATEGORY=Availability`): severity and category are AWS's. */
const OPSITEM_ACTION = /^[1-4]#CATEGORY=[A-Za-z]{1,32}$/
// services whose ARNs name the customer's resource even without an account field (GameLift's `::gamesession/<fleet>/<id>`)
const UNOWNED_SERVICES = new Set(['s3', 'route53', 'apigateway', 'sso', 'identitystore', 'gamelift'])
const ELB_FLAVOURS = new Set(['app', 'net', 'gwy'])

type Seg = [number, number]

/**
 * Handles one ARN match text[start, end); returns where scanning continues. Text shaped like a
 * token inside it (`arn:aws:iam::aws:policy/VPC_1`) is masked as its own value even where the
 * ARN stays, or restoration would turn it into another value.
 */
export function handleArn (text: string, start: number, end: number, sink: MatchSink): number {
  if (indexWithin(text, '_', start, end) < 0) return handleArnParts(text, start, end, sink)
  const inner = new MatchSink()
  const next = handleArnParts(text, start, end, inner)
  let k = 0
  for (let i = start; i < next; i++) {
    const c = text.charCodeAt(i)
    if (c < 65 || c > 90 || (isAlnum(text.charCodeAt(i - 1)) && encodedSlashBefore(text, i) === 0)) continue
    const tokenEnd = tokenEndAt(text, i)
    if (tokenEnd < 0) continue
    while (k < inner.list.length && inner.list[k].end <= i) { const m = inner.list[k++]; sink.push(m.start, m.end, m.kind) }
    if (k < inner.list.length && inner.list[k].start < tokenEnd) continue // inside a masked part already
    sink.push(i, tokenEnd, 'token_literal')
    i = tokenEnd - 1
  }
  for (; k < inner.list.length; k++) sink.push(inner.list[k].start, inner.list[k].end, inner.list[k].kind)
  return next
}

function handleArnParts (text: string, start: number, end: number, sink: MatchSink): number {
  while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 58)) end-- // sentence punctuation
  if (text.charCodeAt(end - 1) === 93 && indexWithin(text, '[', start, end) < 0) end-- // the `]` closing a list the ARN ends (`[--role-arn, arn:...]`)
  const c1 = indexWithin(text, ':', start + 4, end) // after partition
  const c2 = indexWithin(text, ':', c1 + 1, end) // after service
  const c3 = c2 < 0 ? -1 : nextColon(text, c2 + 1, end) // after region
  const c4 = c3 < 0 ? -1 : nextColon(text, c3 + 1, end) // after account
  if (c1 < 0 || c4 < 0) return end
  const service = text.slice(c1 + 1, c2)
  const account = text.slice(c3 + 1, c4)
  if (service === 'apigateway' && /^[a-z]/.test(account) && account !== 'aws') return maskIntegration(text, c3 + 1, c4, end, sink)
  if (/^[0-9]{12}$/.test(account)) sink.push(c3 + 1, c4, 'account_id')
  else if (account !== '*' && !account.startsWith('${') && !account.startsWith('{') && !UNOWNED_SERVICES.has(service)) { // `${AWS::AccountId}`, `{account}`: a customer ARN
    maskShapedIds(text, c4 + 1, end, sink)
    return end
  }
  return maskResource(text, service, c4 + 1, end, sink, account !== '')
}

/**
 * An API Gateway integration URI, its service field at text[from, to): `action/SendMessage` is
 * AWS's; `sqs:path/<account>/<queue>` and `s3:path/<bucket>/...` (or `<bucket>.s3:path/...`) name
 * the customer's; the rest of another path (`lambda:path/2015-03-31/functions/<ARN>/...`) goes
 * back to the scanner, which reads the ARN in it.
 */
function maskIntegration (text: string, from: number, to: number, end: number, sink: MatchSink): number {
  const dot = text.lastIndexOf('.', to - 1)
  const service = text.slice(dot >= from ? dot + 1 : from, to)
  if (dot > from) sink.push(from, dot, service === 's3' ? 's3_bucket' : 'resource_name') // a subdomain: `<bucket>.s3`
  const segs = splitSegments(text, to + 1, end)
  if (!text.startsWith('path/', to + 1) || segs.length < 2) return end
  if (service === 'sqs' && segs.length > 2) {
    if (/^[0-9]{12}$/.test(text.slice(segs[1][0], segs[1][1]))) sink.push(segs[1][0], segs[1][1], 'account_id')
    pushSeg(text, segs[2], 'sqs_queue', sink)
    return segs[2][1]
  }
  if (service === 's3' && dot < from) { pushSeg(text, segs[1], 's3_bucket', sink); return segs[1][1] }
  return segs[0][1]
}

/** In an AWS-owned ARN, ids and account numbers still name the customer's things (`::snapshot/snap-...`). */
function maskShapedIds (text: string, start: number, end: number, sink: MatchSink): void {
  for (const seg of splitSegments(text, start, end)) {
    const value = text.slice(seg[0], seg[1])
    const kind = /^[0-9]{12}$/.test(value) ? 'account_id' : wholeIdKind(value)
    if (kind !== null) sink.push(seg[0], seg[1], kind)
  }
}

/** The `:` ending the field that starts at `from`, stepping over a `${...}` or `{...}` placeholder. */
function nextColon (text: string, from: number, end: number): number {
  if (text.startsWith('${', from) || text.charCodeAt(from) === 123 /* { */) {
    const close = indexWithin(text, '}', from, end)
    if (close > 0) return indexWithin(text, ':', close, end)
  }
  return indexWithin(text, ':', from, end)
}

/** A percent-encoded customer ARN is masked whole; AWS-owned ones (account `aws` or empty) stay. */
export function handleEncodedArn (text: string, start: number, end: number, sink: MatchSink): number {
  const fields: number[] = [] // indices of the `%3A` (or twice-encoded `%253A`) separators
  const ends: number[] = [] // and where each ends
  for (let i = indexWithin(text, '%', start, end); i >= 0 && fields.length < 5; i = indexWithin(text, '%', i + 1, end)) {
    const at = text.startsWith('25', i + 1) ? i + 3 : i + 1
    if (text[at] === '3' && (text[at + 1] === 'A' || text[at + 1] === 'a')) { fields.push(i); ends.push(at + 2) }
  }
  if (fields.length < 5) return end
  // Whole: a token glued to `%3A` would not read back as one.
  if (fields[4] - ends[3] === 12 || text.startsWith('s3%', ends[1])) sink.push(start, end, 'arn')
  else maskEncodedTokenLiterals(text, start, end, sink)
  return end
}

/** In an encoded ARN that stays, text shaped like a token right after `%2F` reads back as one: masked as its own value. */
function maskEncodedTokenLiterals (text: string, start: number, end: number, sink: MatchSink): void {
  for (let i = indexWithin(text, '%2', start, end); i >= 0; i = indexWithin(text, '%2', i + 1, end)) {
    const at = encodedSlashBefore(text, i + 3) === 3 ? i + 3 : encodedSlashBefore(text, i + 5) === 5 ? i + 5 : -1 // `%2F`, `%252F`
    if (at < 0) continue
    const tokenEnd = tokenEndAt(text, at)
    if (tokenEnd >= 0 && tokenEnd <= end) sink.push(at, tokenEnd, 'token_literal')
  }
}

function splitSegments (text: string, start: number, end: number): Seg[] {
  const segs: Seg[] = []
  let from = start
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 47
    if (c === 36 /* $ */ && text.charCodeAt(i + 1) === 123) { // `${aws:username}`: one piece
      const close = indexWithin(text, '}', i, end)
      if (close > 0) { i = close; continue }
    }
    if (c === 47 /* / */ || c === 58 /* : */) {
      const segEnd = text.charCodeAt(i - 1) === 92 ? i - 1 : i // JSON-escaped `\/`
      segs.push([from, segEnd])
      from = i + 1
    }
  }
  return segs
}

/**
 * Masks the customer parts of the resource text[start, end); returns where scanning continues.
 * `owned`: the ARN names an account, so an S3 one is S3 Control's (`accesspoint/x`, `job/<id>`,
 * `storage-lens/x`): its first segment is a type, not a bucket (a bucket's ARN has no account).
 */
function maskResource (text: string, service: string, start: number, end: number, sink: MatchSink, owned: boolean): number {
  const segs = splitSegments(text, start, end)
  const type = text.slice(segs[0][0], segs[0][1])
  if (service === 's3') {
    let named = segs[0]
    if (PLACEHOLDER_SEGMENT.test(type)) return segs.length > 1 ? named[1] : end // `${BucketName}/*`: a template's placeholder
    if (!owned && type !== 'accesspoint' && type !== '*' && segs[0][1] > segs[0][0]) sink.push(named[0], named[1], 's3_bucket')
    else if (segs.length > 1) pushSeg(text, named = segs[1], type === 'access-grants' ? KEEP : 'resource_name', sink) // Access Grants' instance is `default`
    return segs.length > 1 ? named[1] : end // the object key: any shape may stand in it
  }
  if (service === 'logs' && type === 'log-group') {
    const nameEnd = indexWithin(text, ':', segs[0][1] + 1, end)
    maskLogGroupName(text, segs[0][1] + 1, nameEnd < 0 ? end : nameEnd, sink)
    // `:log-stream:<stream>`: the agent's stream names carry instance ids and hostnames (`i-0abc...`,
    // `ip-10-0-1-23.<region>.compute.internal-application...`): the scanner reads the stream
    return nameEnd >= 0 && text.startsWith(':log-stream:', nameEnd) ? nameEnd + 12 : end
  }
  if (service === 'bedrock' && (type === 'inference-profile' || type === 'guardrail-profile') && segs.length > 1 && SYSTEM_PROFILE.test(text.slice(segs[1][0], segs[1][1]))) return end
  if (service === 'bedrock' && type === 'custom-model' && segs.length > 2 && FOUNDATION_MODEL.test(text.slice(segs[1][0], segs[1][1]))) { // `custom-model/amazon.titan-text-express-v1:0:8k/<id>`: AWS's base model, then the customer's id
    pushSeg(text, segs[segs.length - 1], 'arn', sink)
    return end
  }
  if (service === 'ssm' && type === 'opsitem' && segs.length === 2 && OPSITEM_ACTION.test(text.slice(segs[1][0], segs[1][1]))) return end
  if (service === 'servicequotas') return end // `ec2/L-1216C47A`: AWS's service and quota codes
  const rest = REST_KINDS[service]?.[type]
  if (rest !== undefined && segs.length > 1) {
    if (!(service === 'kms' && text.startsWith('aws/', segs[1][0]))) sink.push(segs[1][0], end, rest)
    return end
  }
  if (service === 'iam') { maskIam(text, type, segs, sink); return end }
  const untyped = UNTYPED[service]
  if (untyped !== undefined) {
    pushSeg(text, segs[0], untyped, sink)
    for (let k = 1; k < segs.length; k++) pushSeg(text, segs[k], service === 'sns' ? 'resource_name' : KEEP, sink)
    return end
  }
  const namedAfter = NAMED_AFTER[service]
  if (namedAfter !== undefined) {
    for (let k = 0; k < segs.length; k++) {
      pushSeg(text, segs[k], k > 0 ? namedAfter[text.slice(segs[k - 1][0], segs[k - 1][1])] ?? KEEP : KEEP, sink)
    }
    return end
  }
  if (segs.length === 1) { pushSeg(text, segs[0], 'arn', sink); return end }
  if (service === 'iot' && (type === 'topic' || type === 'topicfilter') && segs.length > 2 && text.startsWith('$aws', segs[1][0]) && segs[1][1] - segs[1][0] === 4) {
    for (let k = 3; k < segs.length; k++) { // `topic/$aws/things/<thing>/shadow/*`: AWS's reserved topic, its words kept
      if (IOT_NAMING_WORDS.has(text.slice(segs[k - 1][0], segs[k - 1][1]))) pushSeg(text, segs[k], 'resource_name', sink)
    }
    return end
  }
  if (service === 'storagegateway' && segs.length === 5 && text.startsWith('iqn.', segs[3][0])) { // `gateway/G/target/iqn.1997-05.com.amazon:<target>`: AWS's IQN prefix
    pushSeg(text, segs[1], 'resource_name', sink)
    pushSeg(text, segs[4], 'resource_name', sink)
    return end
  }
  let kinds = TYPE_KINDS[service]?.[type]
  let first = 1
  if (service === 'apigateway' && type === '') { first = 2; kinds = TYPE_KINDS.apigateway[text.slice(segs[1][0], segs[1][1])] }
  if (service === 'elasticloadbalancing' && ELB_FLAVOURS.has(text.slice(segs[1][0], segs[1][1]))) first = 2
  if (service === 'ecs' && type === 'service' && segs.length === 2) kinds = ['ecs_service']
  const awsMadeAfter = AWS_MADE_AFTER[service]
  for (let k = first; k < segs.length; k++) {
    // Known layouts list every customer part; deeper segments are stages, versions, qualifiers.
    const kind = kinds === undefined ? 'arn' : kinds[k - first]
    if (service === 'sts' && k === 2 && AWS_SESSION_NAMES.has(text.slice(segs[k][0], segs[k][1]))) continue
    if (service === 'sts' && type === 'assumed-role' && awsAssumedRole(text, segs, k)) continue
    pushSeg(text, segs[k], kind ?? KEEP, sink)
    if (awsMadeAfter !== undefined && text.startsWith(awsMadeAfter, segs[k][0]) && segs[k][1] - segs[k][0] === awsMadeAfter.length) break
  }
  return end
}

/**
 * An assumed role's segment that AWS named (`assumed-role/AWSServiceRoleForSNS/sns`): a role AWS creates
 * in every account, and the session a service-linked role's service opens (a user's own session under
 * `OrganizationAccountAccessRole` stays masked).
 */
function awsAssumedRole (text: string, segs: Seg[], k: number): boolean {
  const role = text.slice(segs[1][0], segs[1][1])
  if (k === 1) return AWS_ROLE_NAME.test(role)
  return k === 2 && role.startsWith('AWSServiceRoleFor') && AWS_ROLE_NAME.test(role)
}

const PATH_REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-[a-z]{4,9}-[0-9]$/

function maskIam (text: string, type: string, segs: Seg[], sink: MatchSink): void {
  const kind = IAM_KINDS[type]
  if (type === 'root' || segs.length < 2) return
  if (type === 'oidc-provider') { // the issuer host is public; only the EKS issuer id names a cluster
    if (segs.length > 3) pushSeg(text, segs[segs.length - 1], 'resource_name', sink)
    return
  }
  const path = segs.slice(1, -1).map(s => text.slice(s[0], s[1]))
  if (path.includes('aws-service-role')) return
  const last = segs[segs.length - 1]
  if (type === 'role' && AWS_ROLE_NAME.test(text.slice(last[0], last[1]))) return
  if (path[0] !== 'aws-reserved') { // aws-reserved/sso.amazonaws.com/<region>/: Identity Center's own path
    for (let k = 1; k < segs.length - 1; k++) {
      // a region in a path is AWS's word (Lightsail's `role/amazon/lightsail/<region>/containers/<service>/…`), never learned as a name
      if (path[k - 1] !== 'service-role' && !PATH_REGION.test(path[k - 1])) pushSeg(text, segs[k], 'resource_name', sink)
    }
  }
  pushSeg(text, last, kind ?? 'resource_name', sink)
}

/** A whole segment that is one CloudFormation or Terraform placeholder (`${TableName}`, `${var.function_name}`). */
const PLACEHOLDER_SEGMENT = /^\$\{[A-Za-z_][A-Za-z0-9_.:[\]'"-]{0,80}\}$/

/** A version after a name (Image Builder's `image/<name>/1.4.2/3`, `x.x.x`): no customer value. */
const VERSION_SEGMENT = /^(?:[0-9]{1,6}|x)(?:\.(?:[0-9]{1,6}|x)){1,3}$/

/** The alias Amazon Lex V2 gives every bot's draft version (`bot-alias/<bot id>/TSTALIASID`): AWS's own, as `$LATEST` is. */
const LEX_TEST_ALIAS = 'TSTALIASID'
/** The auto scaling configuration App Runner gives every service (`autoscalingconfiguration/DefaultConfiguration/1/…`). */
const APP_RUNNER_DEFAULT = 'DefaultConfiguration'

/** Masks one segment unless it is empty, a wildcard, a policy variable or a plain version/qualifier. */
function pushSeg (text: string, seg: Seg, kind: string, sink: MatchSink): void {
  const value = text.slice(seg[0], seg[1])
  if (value === '' || value === '*' || value === '$LATEST' || value === LEX_TEST_ALIAS || value === APP_RUNNER_DEFAULT || value.startsWith('${aws:')) return // `${aws:username}`: a policy variable
  if (PLACEHOLDER_SEGMENT.test(value)) return // `table/${TableName}`: a template's placeholder, no name yet
  const idKind = wholeIdKind(value)
  if (idKind !== null && !(idKind === 'hosted_zone' && value.length === 10 && kind !== KEEP)) { sink.push(seg[0], seg[1], idKind); return } // a Bedrock id (`agent/ZLQ7X2M9KZ`) is no zone: see fieldIdKind
  if (kind === KEEP || CONTROL_TOWER_NAME.test(value)) return
  if (kind === 'arn' && (/^[0-9]{1,6}$/.test(value) || VERSION_SEGMENT.test(value))) return
  sink.push(seg[0], seg[1], kind)
}

/** A KMS alias's name outside an ARN: `alias/<name>` (`aws/...` are AWS's own). */
const KMS_ALIAS_NAME = /[A-Za-z0-9/_-]{1,250}/y
/** Words on an alias's line that say it is KMS's: `kms`, `AliasName`, `--key-id`, `TargetKeyId`, `key alias`, `key policy`, `CMK`, `encrypted with`. */
const KMS_CONTEXT = /kms|alias_?name|key[ _-]?(?:id|alias|polic)|crypt|\bcmk/i
/** How far along its line from the alias the context is looked for, each way. */
const KMS_CONTEXT_REACH = 160

function hasKmsContext (text: string, j: number): boolean {
  const newline = lastIndexWithin(text, 10, j, j - KMS_CONTEXT_REACH)
  const from = newline >= 0 ? newline + 1 : Math.max(0, j - KMS_CONTEXT_REACH)
  let to = indexWithin(text, '\n', j, j + KMS_CONTEXT_REACH)
  if (to < 0) to = Math.min(text.length, j + KMS_CONTEXT_REACH)
  return KMS_CONTEXT.test(text.slice(from, to)) || (newline >= 0 && KMS_CONTEXT.test(listKeyLine(text, from)))
}

/** YAML list items run up to this far below their key (`KMSAlias:` then `- alias/x` lines). */
const LIST_KEY_REACH = 2000
const LIST_ITEM = /^[ \t]*- /

/** The key line above a block list whose item is the line at `lineStart`, else ''. */
function listKeyLine (text: string, lineStart: number): string {
  const stop = Math.max(0, lineStart - LIST_KEY_REACH)
  for (let start = lineStart; ;) {
    if (!LIST_ITEM.test(text.slice(start, Math.min(text.length, start + 64)))) return start === lineStart ? '' : text.slice(start, indexWithin(text, '\n', start, lineStart))
    if (start <= stop) return ''
    const previous = lastIndexWithin(text, 10, start - 1, stop)
    start = previous >= 0 ? previous + 1 : stop
  }
}

/**
 * `--key-id alias/orders-ddb`, `"AliasName": "alias/orders-ddb"`, prose `KMS key alias/x`: the name
 * masked as in an alias ARN. `j` is right after the word `alias`, at its `/`; a path segment
 * (`/etc/alias/x`) is the caller's to exclude.
 */
export function handleKmsAlias (text: string, j: number, sink: MatchSink): number {
  if (text.startsWith('aws/', j + 1)) return j + 4
  if (!hasKmsContext(text, j)) return -1 // `git alias/shortcuts`, `nginx alias/`: another tool's aliases
  KMS_ALIAS_NAME.lastIndex = j + 1
  if (!KMS_ALIAS_NAME.test(text)) return -1
  let end = KMS_ALIAS_NAME.lastIndex
  while (end > j + 1 && (text.charCodeAt(end - 1) === 47 || text.charCodeAt(end - 1) === 45)) end-- // a sentence's `/` or dash is not the name's
  if (end === j + 1 || tokenEndAt(text, j + 1) === end) return -1
  sink.push(j + 1, end, 'resource_name')
  return end
}
