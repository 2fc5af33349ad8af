// Infrastructure as code: Terraform imports and `[id=...]` lines, CDK imports by name and `cdk diff`,
// CloudFormation physical ids, construct props, YAML parent keys and `default`s of variables/parameters.
import { indexWithin, isNameChar, lastIndexWithin, type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, parseValue, type FieldRole } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'
import { maskLogGroupName } from './detect-loggroup.js'
import { isNameCandidate } from './detect-prose.js'
import { yamlParentField, yamlToolSiblings } from './detect-parent.js'
import { backtickValue, templateLiterals } from './detect-code-values.js'
import { isBlank, emit } from './detect-emit.js'
import { lookupTable } from './lookup-table.js'

/** One old or new value under a property of `cdk diff` (`     ├─ [-] old`): the rest of the line above, then the value's line. */
const CDK_DIFF_VALUE = /[^\r\n]{0,40}\r?\n[ \t]{0,16}[├└]─ \[[-+]\] ([^\r\n]{1,255})/y

/**
 * A property change of `cdk diff` (` └─ [~] BucketName` over `├─ [-] old` and `└─ [+] new`): the
 * old and new values are the field's. text[i, j) is the property name, after `[~] `. Returns the
 * end of the last value, or -1.
 */
export function handleCdkDiffField (text: string, i: number, j: number, sink: MatchSink): number {
  if (!text.startsWith('[~] ', i - 4)) return -1
  const key = text.slice(i, j)
  const role = fieldRole(key)
  if (role === null || (role.role !== 'name' && role.role !== 'secret')) return -1
  let at = j
  let end = -1
  for (let n = 0; n < 2; n++) {
    CDK_DIFF_VALUE.lastIndex = at
    const m = CDK_DIFF_VALUE.exec(text)
    if (m === null) break
    const valueEnd = CDK_DIFF_VALUE.lastIndex
    const value = m[1].trimEnd()
    const start = valueEnd - m[1].length
    const kind = classifyValue(role, value, key)
    if (kind !== null) end = emit(text, start, start + value.length, start + value.length, kind, sink)
    at = valueEnd
  }
  return end
}

/** How far above an HCL `role = "x"` its resource's header is looked for. */
const HCL_BLOCK_REACH = 3000
const IAM_ROLE_BLOCK = /^resource "aws_iam_(?:role_policy|role_policy_attachment|instance_profile|policy_attachment)" /

/** HCL's `role = "x"` in an IAM policy or instance profile resource (a plan, a .tf) names the role; elsewhere `role` says nothing. */
export function hclRoleField (text: string, start: number, end: number): FieldRole | null {
  if (text.charCodeAt(end) !== 34 || !isBlank(text.charCodeAt(start + 4))) return null
  const before = text.slice(Math.max(0, start - HCL_BLOCK_REACH), start)
  const header = before.lastIndexOf('resource "')
  if (header < 0 || !IAM_ROLE_BLOCK.test(before.slice(header, header + 64))) return null
  return blockOpen(before, header) ? { kind: 'iam_role', role: 'name' } : null
}

/** No `}` closes the block of the header at `header` before the end of `text` (a close stands at the header's column or left of it). */
function blockOpen (text: string, header: number): boolean {
  const column = header - (text.lastIndexOf('\n', header) + 1)
  for (let nl = text.indexOf('\n', header); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let k = nl + 1
    while (k < text.length && k - nl - 1 <= column && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
    if (text.charCodeAt(k) === 125 && k - nl - 1 <= column) return false
  }
  return true
}

/** `terraform import [options] ADDRESS ID`: the address's resource type. */
const IMPORT_ADDRESS = /[ \t]+(?:-[^\s]+[ \t]+)*(['"]?)(?:module\.[\w-]+(?:\[[^\]\n]*\])?\.)*aws_([a-z0-9_]+)\.[\w-]+(?:\[[^\]\n]*\])?\1[ \t]+(['"]?)/y

/**
 * `terraform import module.x.aws_s3_bucket.logs my-bucket`: the id of the types whose id is the
 * name (as in `[id=...]`), the role of `aws_iam_role_policy_attachment` (`role/policy-arn`) too.
 * `i` is at `import`; returns where scanning continues, or -1.
 */
export function handleTerraformImport (text: string, i: number, sink: MatchSink): number {
  const before = text.slice(Math.max(0, i - 11), i)
  if (!/(?:terraform|tofu|terragrunt)[ \t]+$/.test(before)) return -1
  IMPORT_ADDRESS.lastIndex = i + 6
  const m = IMPORT_ADDRESS.exec(text)
  if (m === null) return -1
  const pos = IMPORT_ADDRESS.lastIndex
  let end = pos
  while (end < text.length && end - pos < 255 && text.charCodeAt(end) > 32 && text.charCodeAt(end) !== 34 && text.charCodeAt(end) !== 39) end++
  const type = m[2]
  const kind = TERRAFORM_ID_KINDS.find(([prefix]) => type.startsWith(prefix))?.[1]
  if (kind === undefined) return pos
  if (type.startsWith('iam_role_policy')) { // `role/arn:...` (attachment), `role:policy` (inline)
    const cut = text.slice(pos, end).search(/[/:]/)
    if (cut > 0) end = pos + cut
  }
  const id = text.slice(pos, end)
  if (/^(?:arn:|https?:)/.test(id) || wholeIdKind(id) !== null || !isNameCandidate(id)) return pos
  sink.push(pos, end, kind)
  return end
}

/** `module.db.aws_db_subnet_group.main: Refreshing state... [` (Terraform's progress lines, also as the `"@message":"..."` of `-json` output). */
const TERRAFORM_ADDRESS = /(?:^|[\n"])[ \t]*(?:module\.[\w-]+(?:\[[^\]\n]*\])?\.)*(?:data\.)?aws_([a-z0-9_]+)\.[\w-]+(?:\[[^\]\n]*\])?: [^\n[]*\[$/

/** The kind of a resource's Terraform id, by type prefix (the id of these types is the name). */
const TERRAFORM_ID_KINDS: ReadonlyArray<[string, string]> = [
  ['s3_bucket', 's3_bucket'], ['db_instance', 'rds_instance'], ['rds_cluster_instance', 'rds_instance'],
  ['rds_cluster', 'rds_cluster'], ['lambda_function', 'lambda_function'], ['iam_role', 'iam_role'],
  ['iam_user', 'iam_user'], ['iam_group', 'iam_group'], ['iam_instance_profile', 'iam_instance_profile'],
  ['dynamodb_table', 'dynamodb_table'], ['eks_cluster', 'eks_cluster'], ['ecr_repository', 'ecr_repository'],
  ['elasticache_', 'elasticache_cluster'], ['ssm_parameter', 'ssm_parameter'], ['kinesis_stream', 'kinesis_stream']
]

const TERRAFORM_ID = /[A-Za-z0-9/_+=.@:-]{1,255}(?=[\],])/y

/** `aws_db_subnet_group.main: Refreshing state... [id=nimbus-pg-subnets]`; `pos` is past the `=`. */
export function handleTerraformId (text: string, keyStart: number, pos: number, sink: MatchSink): number {
  const address = TERRAFORM_ADDRESS.exec(text.slice(Math.max(0, keyStart - 300), keyStart))
  if (address === null) return -1
  TERRAFORM_ID.lastIndex = pos
  if (!TERRAFORM_ID.test(text)) return -1
  const end = TERRAFORM_ID.lastIndex
  const id = text.slice(pos, end)
  if (id.startsWith('/aws/')) { // the id ends at `]`, which the log group shape would take in
    maskLogGroupName(text, pos, end, sink)
    return end
  }
  // ARNs, URLs and ids have their own shapes: the scanner takes them from here
  if (/^(?:arn:|https?:)/.test(id) || wholeIdKind(id) !== null || !isNameCandidate(id)) return -1
  const type = address[1]
  sink.push(pos, end, TERRAFORM_ID_KINDS.find(([prefix]) => type.startsWith(prefix))?.[1] ?? 'resource_name')
  return end
}

/** `(this, 'Originals', 'gull-originals-prod')`: the scope (`Stack.of(x)` too), the construct id, then the name. */
const CDK_IMPORT_ARGS = /\([ \t]*[A-Za-z_$][\w$.]*(?:\([\w$.]{0,64}\))?[ \t]*,[ \t]*(['"`])[^'"`\n]{0,128}\1[ \t]*,[ \t]*(['"`])([^'"`\n]{1,255})\2[ \t]*\)/yd

/**
 * CDK imports by name: `s3.Bucket.fromBucketName(this, 'Id', 'name')`, `fromRoleName`,
 * `fromSecretNameV2`; in Python `ecr.Repository.from_repository_name(self, "Id", "name")`
 * (`snake`: the word at `i` is `from`, the identifier runs on with `_`).
 */
export function handleCdkImport (text: string, i: number, j: number, sink: MatchSink, snake = false): number {
  if (snake) {
    let e = j
    while (e < text.length && e - i < 48 && (isNameChar(text.charCodeAt(e)) && text.charCodeAt(e) !== 45)) e++
    if (text.charCodeAt(e) !== 40 /* ( */) return -1
    j = e
  }
  const field = (snake ? text.slice(i + 5, j).replace(/(?:^|_)([a-z])/g, (_m, c: string) => c.toUpperCase()) : text.slice(i + 4, j)).replace(/V[0-9]$/, '')
  if (!field.endsWith('Name')) return -1
  const role = fieldRole(field)
  if (role === null || role.role !== 'name') return -1
  CDK_IMPORT_ARGS.lastIndex = j
  const m = CDK_IMPORT_ARGS.exec(text)
  const span = m?.indices?.[3]
  if (m === null || span === undefined) return -1
  const kind = classifyValue(role, m[3], field)
  if (kind === null) return -1
  return emit(text, span[0], span[1], CDK_IMPORT_ARGS.lastIndex, kind, sink)
}

/** CloudFormation resource types whose physical id is the resource's name. */
const PHYSICAL_ID_KINDS: Readonly<Record<string, string>> = lookupTable({
  'S3::Bucket': 's3_bucket', 'Lambda::Function': 'lambda_function', 'DynamoDB::Table': 'dynamodb_table',
  'IAM::Role': 'iam_role', 'IAM::User': 'iam_user', 'IAM::Group': 'iam_group', 'IAM::InstanceProfile': 'iam_instance_profile',
  'RDS::DBInstance': 'rds_instance', 'RDS::DBCluster': 'rds_cluster', 'Logs::LogGroup': 'log_group',
  'ECR::Repository': 'ecr_repository', 'EKS::Cluster': 'eks_cluster', 'ECS::Cluster': 'ecs_cluster',
  'Kinesis::Stream': 'kinesis_stream', 'SSM::Parameter': 'ssm_parameter', 'CloudFormation::Stack': 'cloudformation_stack'
})

const RESOURCE_TYPE = /[Rr]esourceType\\?["']?[ \t]*[:=][ \t]*\\?["']?AWS::([A-Za-z0-9]+::[A-Za-z0-9]+)/

/**
 * CloudFormation stack events: `"PhysicalResourceId": "<name>"` names the resource its sibling
 * `ResourceType` says (looked for in the same object only); `pos` is past the separator. AWS
 * Config's `"resourceId"` (`known`): only where its `resourceType` is one whose id is the name
 * (the ids of other types have their own shapes, or are AWS-made).
 */
export function handlePhysicalId (text: string, keyStart: number, pos: number, sink: MatchSink, known = false): number {
  while (isBlank(text.charCodeAt(pos))) pos++
  const value = parseValue(text, pos)
  if (value === null || value.end - value.start > 255) return -1
  const from = Math.max(lastIndexWithin(text, 123 /* { */, keyStart, keyStart - 400), keyStart - 400, 0)
  let to = indexWithin(text, '}', value.next, value.next + 400)
  if (to < 0) to = Math.min(text.length, value.next + 400)
  const type = RESOURCE_TYPE.exec(text.slice(from, to))?.[1]
  const kind = physicalIdKind(text.slice(value.start, value.end), type, known)
  if (kind === null) return -1
  sink.push(value.start, value.end, kind)
  return value.next
}

/**
 * The kind of a physical id whose resource type is `type` (without `AWS::`), or null when it is
 * no name of ours to mask: an ARN, URL or AWS-made path, an id with its own shape, or (`known`)
 * a type whose id is not the resource's name.
 */
export function physicalIdKind (raw: string, type: string | undefined, known: boolean): string | null {
  if (raw.length > 255 || /^(?:arn:|https?:|\/aws\/)/.test(raw) || wholeIdKind(raw) !== null || !isNameCandidate(raw)) return null
  const kind = type === undefined ? undefined : PHYSICAL_ID_KINDS[type]
  if (known && kind === undefined) return null
  return kind ?? 'resource_name'
}

/** Infrastructure-as-code classes by the resource they declare (CDKTF `SqsQueue`, `DataAwsIamRole`; Pulumi `aws.sqs.Queue`). */
const CONSTRUCT_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/(?:SqsQueue|sqs\.Queue)$/, 'sqs_queue'], [/(?:IamRole|iam\.Role)$/, 'iam_role'], [/(?:IamUser|iam\.User)$/, 'iam_user'],
  [/(?:IamPolicy|iam\.Policy)$/, 'iam_policy'], [/(?:IamInstanceProfile|iam\.InstanceProfile)$/, 'iam_instance_profile'],
  [/(?:LambdaFunction|lambda\.Function)$/, 'lambda_function'], [/(?:DynamodbTable|dynamodb\.Table)$/, 'dynamodb_table'],
  [/(?:SnsTopic|sns\.Topic)$/, 'sns_topic'], [/(?:EcsCluster|ecs\.Cluster)$/, 'ecs_cluster'], [/(?:EksCluster|eks\.Cluster)$/, 'eks_cluster'],
  [/(?:CloudwatchLogGroup|cloudwatch\.LogGroup)$/, 'log_group'], [/(?:EcrRepository|ecr\.Repository)$/, 'ecr_repository'],
  [/(?:KinesisStream|kinesis\.Stream)$/, 'kinesis_stream'], [/(?:SecretsmanagerSecret|secretsmanager\.Secret)$/, 'secret_name'],
  [/(?:SsmParameter|ssm\.Parameter)$/, 'ssm_parameter'], [/(?:SfnStateMachine|sfn\.StateMachine)$/, 'state_machine']
]

/** The `new X(` whose props object is still open at the end of the text before a key. */
const OPEN_CONSTRUCT = /new[ \t]+([A-Za-z_$][\w$.]{2,60})[ \t]*\([^()]{0,160}?\{[^{}]{0,400}$/

/**
 * `new SqsQueue(this, "events", { name: "orders-dlq" })`: a lower-case `name` property names the
 * resource its construct declares. `i` is at `name`, `pos` past its `:`; returns -1 elsewhere.
 */
export function handleConstructName (text: string, i: number, pos: number, sink: MatchSink): number {
  const cls = OPEN_CONSTRUCT.exec(text.slice(Math.max(0, i - 600), i))?.[1]
  if (cls === undefined) return -1
  const kind = CONSTRUCT_KINDS.find(([re]) => re.test(cls))?.[1]
  if (kind === undefined) return -1
  while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9) pos++
  const value = text.charCodeAt(pos) === 96 ? backtickValue(text, pos) : parseValue(text, pos)
  if (value === null || !value.quoted) return -1
  const name = text.slice(value.start, value.end)
  if (name.includes('${')) return templateLiterals(text, value, { kind, role: 'name' }, 'name', sink, 'dollar') // `name: \`orders-${stage}\``
  if (!isNameCandidate(name)) return -1
  sink.push(value.start, value.end, kind)
  return value.next
}

/** Longest line read as a parent key (indent, key, colon). */
const PARENT_LINE_MAX = 256

/** `deploymentBucket:` alone on its line, a parent key opening a block. */
const PARENT_KEY = /^([ \t]*)(?:- )?([A-Za-z][A-Za-z0-9_]{1,40}):[ \t]*\r?$/

/**
 * YAML `name:` under a parent key that names a resource (`deploymentBucket:` then `  name: x`,
 * Serverless and similar configs): the value is read as the parent's. `i` is at `name`, `pos`
 * past its `:`; returns -1 when the line above is no such parent.
 */
export function handleParentName (text: string, i: number, pos: number, sink: MatchSink): number {
  // Bounded looks back: a `"name":` key of one-line JSON must not scan (or copy) all that precedes it
  let lineStart = i
  while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--
  if (lineStart < 2 || text.charCodeAt(lineStart - 1) !== 10) return -1
  const newline = lastIndexWithin(text, 10, lineStart - 1, lineStart - 1 - PARENT_LINE_MAX)
  if (newline < 0 && lineStart - 1 > PARENT_LINE_MAX) return -1 // the line above is too long to be a parent key
  const prevStart = newline + 1
  const parent = PARENT_KEY.exec(text.slice(prevStart, lineStart - 1))
  if (parent === null || parent[1].length >= i - lineStart) return -1 // the parent is less indented
  while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9) pos++
  const value = parseValue(text, pos)
  if (value === null) return -1
  let key = parent[2]
  let role = fieldRole(key)
  if (role === null) { // `cluster:\n  name: x`: a resource noun, unless the block is a tool's (`function:` with `parameters:`)
    const field = yamlParentField(key, text.slice(value.start, value.end))
    if (field === undefined || yamlToolSiblings(text, value.next, i - lineStart)) return -1
    key = field
    role = fieldRole(field)
  }
  if (role === null || role.role !== 'name') return -1
  const kind = classifyValue(role, text.slice(value.start, value.end), key)
  if (kind === null) return -1
  sink.push(value.start, value.end, kind)
  return value.next
}

/** The block a `default` belongs to: Terraform's `variable "bucket_name" {`, a CloudFormation or SAM parameter's `  TableName:` (`"TableName": {`). */
const BLOCK_HEADER = /^([ \t]*)(?:variable[ \t]+"([A-Za-z][A-Za-z0-9_-]{0,63})"[ \t]*\{|([A-Za-z][A-Za-z0-9_]{1,63}):|"([A-Za-z][A-Za-z0-9_]{1,63})"[ \t]*:[ \t]*\{)[ \t]*\r?$/

/** How many lines above its `default` a block's header may stand (`type`, `description` between). */
const BLOCK_LINES = 8

/**
 * `default = "x"` in `variable "bucket_name" {`, `Default: x` under a template parameter
 * `TableName:`: the variable's name says what its default names. `i` is at `default`, `pos` past
 * its separator; returns -1 when no such block holds it.
 */
export function handleBlockDefault (text: string, i: number, pos: number, sink: MatchSink): number {
  const keyStart = text.charCodeAt(i - 1) === 34 ? i - 1 : i // JSON's `"Default":`
  let lineStart = keyStart
  while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--
  if (lineStart < 2 || text.charCodeAt(lineStart - 1) !== 10) return -1
  const indent = keyStart - lineStart
  let header: RegExpExecArray | null = null
  for (let end = lineStart - 1, n = 0; n < BLOCK_LINES && end > 0 && header === null; n++) { // `end` at the newline after the line
    const newline = lastIndexWithin(text, 10, end, end - PARENT_LINE_MAX)
    if (newline < 0 && end > PARENT_LINE_MAX) return -1
    const line = text.slice(newline + 1, end)
    const lead = line.length - line.trimStart().length
    if (lead < indent && line.trim() !== '') {
      header = BLOCK_HEADER.exec(line)
      if (header === null) return -1
    }
    end = newline
  }
  const name = header?.[2] ?? header?.[3] ?? header?.[4]
  if (name === undefined) return -1
  const role = fieldRole(name)
  if (role === null || role.role !== 'name') return -1
  while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9) pos++
  const value = parseValue(text, pos)
  if (value === null) return -1
  const kind = classifyValue(role, text.slice(value.start, value.end), name)
  return kind === null ? -1 : emit(text, value.start, value.end, value.next, kind, sink)
}
