// A generic `name` under a key that says what it names: `{"cluster": {"name": "prod-eks-main"}}`,
// `{"bucket": {"name": "acme-exports"}}` (Pulumi and CDK outputs, app configs, IaC exports). The
// name is read as the value of the parent's name field (`bucket` as `BucketName`). LLM tool calls
// have the same shape (`{"type": "function", "function": {"name": "get_weather", "arguments": ...}}`,
// `tool_choice: {"type": "function", "function": {"name": ...}}`): the object is no resource when
// it holds a tool's keys (arguments, parameters, description, ...) or its parent object says
// `type: function`. `tool`, `tool_use` and `functionCall` are no resource nouns at all.
// Ambiguous nouns (cluster, function, role, instance, ...) name only a value shaped like an AWS
// name (a `-`, `_`, `.`, digit or `/` in it), as prose nouns do. YAML blocks read `role:` and
// `function:` as no parent at all (chat and tool settings).
import type { MatchSink } from './detect-sink.js'
import { indexWithin, lastIndexWithin } from './detect-sink.js'
import { classifyValue, fieldRole, normaliseKey, parseValue } from './detect-fields.js'
import { CAPITALISED_NAME_FIELD } from './catalogue.js'

interface ParentNoun { field: string, shaped: boolean }

const noun = (field: string, shaped: boolean): ParentNoun => ({ field, shaped })
/** Parent keys (normalised) with the field their `name` is read as. */
const PARENT_NOUNS: ReadonlyMap<string, ParentNoun> = new Map([
  ['bucket', noun('BucketName', false)], ['s3bucket', noun('BucketName', false)],
  ['queue', noun('QueueName', false)], ['sqsqueue', noun('QueueName', false)],
  ['topic', noun('TopicName', false)], ['snstopic', noun('TopicName', false)],
  ['repository', noun('RepositoryName', true)], ['ecrrepository', noun('RepositoryName', false)],
  ['stack', noun('StackName', true)], ['statemachine', noun('StateMachineName', false)],
  ['loggroup', noun('LogGroupName', false)], ['lambda', noun('FunctionName', false)], ['lambdafunction', noun('FunctionName', false)],
  ['dbinstance', noun('DBInstanceIdentifier', false)], ['dbcluster', noun('DBClusterIdentifier', false)],
  ['db', noun('DBInstanceIdentifier', true)], ['database', noun('DBInstanceIdentifier', true)], ['rdsinstance', noun('DBInstanceIdentifier', false)],
  ['table', noun('TableName', true)], ['dynamodbtable', noun('TableName', false)],
  ['stream', noun('StreamName', true)], ['kinesisstream', noun('StreamName', false)],
  ['function', noun('FunctionName', true)], ['role', noun('RoleName', true)], ['iamrole', noun('RoleName', false)],
  ['cluster', noun('ResourceName', true)], ['ekscluster', noun('ClusterName', false)], ['ecscluster', noun('ECSCluster', false)],
  ['instance', noun('ResourceName', true)], ['cache', noun('CacheClusterId', true)],
  ['collection', noun('ResourceName', true)], ['createcollectiondetail', noun('ResourceName', false)], // OpenSearch Serverless
  ['knowledgebase', noun('ResourceName', false)], ['datasource', noun('ResourceName', true)] // Bedrock's `get-knowledge-base`, `get-data-source`
])

/** Keys of a tool or function definition or call: the object is a tool's, its `name` the tool's. */
const TOOL_KEYS: ReadonlySet<string> = new Set(['arguments', 'parameters', 'input', 'input_schema', 'inputSchema', 'description',
  'strict', 'args', 'response', 'output', 'call_id', 'schema', 'returns', 'partial_json'])
/** A parent object's `type` that makes its `function` a tool's. */
const TOOL_TYPES: ReadonlySet<string> = new Set(['function', 'tool', 'tool_use', 'tool_call', 'function_call', 'custom', 'server_tool_use'])

const NAME_SHAPE = /[-_.0-9/]/

/** A Terraform resource type (`aws_iam_role`), as Terraform JSON (`*.tf.json`, CDKTF's `cdk.tf.json`) keys its resources: `{"aws_iam_role": {"<label>": {"name": ...}}}`. */
const TERRAFORM_TYPE = /^aws_([a-z0-9_]{2,60})$/

/** The field the `name` of a resource of Terraform type `type` is read as (any AWS resource's name is the customer's), or undefined. */
export function terraformTypeField (type: string | undefined): string | undefined {
  const m = type === undefined ? null : TERRAFORM_TYPE.exec(type)
  return m === null ? undefined : PARENT_NOUNS.get(normaliseKey(m[1]))?.field ?? 'ResourceName'
}

/** The field a `name` under `parent` is read as, given its value; undefined when the parent names nothing. */
function nameField (parent: string, value: string): string | undefined {
  if (parent.length > 40) return undefined
  const found = PARENT_NOUNS.get(normaliseKey(parent))
  return found === undefined || (found.shaped && !NAME_SHAPE.test(value)) ? undefined : found.field
}

/** The field a `Name` in each item of the list `listKey` is read as (`Buckets[].Name`: BucketName); undefined when none. */
export function listItemNameField (listKey: string, value: string): string | undefined {
  const key = listKey.endsWith('ies') ? `${listKey.slice(0, -3)}y` : listKey.endsWith('s') ? listKey.slice(0, -1) : ''
  return key === '' ? undefined : nameField(key, value)
}

/**
 * The camelCase APIs (VPC Lattice, RAM, EKS, CodeBuild) give a resource's `name` beside its own ARN
 * (`{"arn": ..., "name": "x"}`, RAM's `resourceShareArn`): a customer's ARN (12-digit account) makes the
 * name a resource's. AWS's own ARNs (`arn:aws:ram::aws:permission/...`) name AWS's resources. Not any
 * `<x>Arn`: an ECS container's `name` beside its `containerArn` is often its image's (`aws-otel-collector`),
 * and a name learnt there would be masked in the public image's path.
 */
const OWN_ARN_KEY = /^(?:arn|resourceShareArn|knowledgeBaseArn|guardrailArn|flowArn|promptArn)$/ // Bedrock's objects name their own ARN so
const CUSTOMER_ARN = /^arn:aws[a-z-]{0,12}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:[0-9]{12}:/
const ARN_SIBLING_FIELD = 'ResourceName'
/** How far into the object an ARN is looked for before its keys are read (a cheap pre-check per `"name"`). */
const ARN_WINDOW = 4096

function arnSiblingField (record: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (typeof value === 'string' && OWN_ARN_KEY.test(key) && CUSTOMER_ARN.test(value)) return ARN_SIBLING_FIELD
  }
  return typeof record.origin === 'string' && X_RAY_SERVICE_ORIGINS.has(record.origin) ? CAPITALISED_NAME_FIELD : undefined
}

/**
 * An X-Ray segment's `origin` when it is the customer's own service (`{"name": "label-renderer",
 * "origin": "AWS::EC2::Instance"}`): its `name` is the service's, as the customer set it, read as `Name`
 * (no plain word). AWS's services (`AWS::DynamoDB::Table`) name themselves (`DynamoDB`).
 */
const X_RAY_SERVICE_ORIGINS: ReadonlySet<string> = new Set(['AWS::EC2::Instance', 'AWS::ECS::Container', 'AWS::EKS::Container',
  'AWS::ElasticBeanstalk::Environment', 'AWS::Lambda::Function', 'AWS::Lambda', 'AWS::ApiGateway::Stage', 'AWS::AppSync::GraphQLAPI',
  'AWS::StepFunctions::StateMachine', 'AWS::AppRunner::Service'])
const ORIGIN_KEY = 'origin'

/** For the JSON walk: the field of `record.name`, under the key `parent` of `outer`; undefined when none. */
export function parentNameContext (parent: string | undefined, record: Record<string, unknown>, outer: Record<string, unknown> | undefined): string | undefined {
  if (typeof record.name !== 'string') return undefined
  const field = (parent === undefined ? undefined : nameField(parent, record.name) ?? terraformTypeField(parent)) ?? arnSiblingField(record)
  if (field === undefined) return undefined
  for (const key of Object.keys(record)) if (TOOL_KEYS.has(key)) return undefined
  const type = outer?.type
  return typeof type === 'string' && TOOL_TYPES.has(type) ? undefined : field
}

/** How far back an enclosing object's `{` is looked for, and how far an object is read on. */
const BACK_MAX = 4096
const OBJECT_MAX = 16_384

/** How many backslashes stand right before `q`. */
export function runBefore (text: string, q: number): number {
  let n = 0
  while (q - 1 - n >= 0 && n < 16 && text.charCodeAt(q - 1 - n) === 92) n++
  return n
}

/**
 * Is the quote at `q` a string delimiter of JSON nested `level` times in JSON strings (0: plain
 * JSON, `"`; 1: `\"`; 2: `\\\"`)? A content quote or escaped backslash has another run before it.
 */
function isDelimiter (text: string, q: number, level: number): boolean {
  const mod = 2 << level
  return runBefore(text, q) % mod === (mod >> 1) - 1
}

/** The `{` opening the JSON object that holds position `at` (outside any string), or -1. */
function openingBrace (text: string, at: number, level: number): number {
  let depth = 0
  let inString = false
  for (let p = at - 1, stop = Math.max(0, at - BACK_MAX); p >= stop; p--) {
    const c = text.charCodeAt(p)
    if (c === 34 && isDelimiter(text, p, level)) inString = !inString
    else if (inString) continue
    else if (c === 125 || c === 93) depth++
    else if (c === 123 || c === 91) {
      if (depth === 0) return c === 123 ? p : -1
      depth--
    }
  }
  return -1
}

/**
 * Calls `onKey(keyStart, keyEnd)` for each key of the object opening at `open` (its own, not
 * nested ones; `keyEnd` at its closing delimiter) until it returns true; returns true if one did,
 * false at the object's end, and null when the object does not end within OBJECT_MAX.
 */
function someKey (text: string, open: number, level: number, onKey: (start: number, end: number) => boolean): boolean | null {
  let depth = 0
  const limit = Math.min(text.length, open + OBJECT_MAX)
  const escape = (1 << level) - 1 // backslashes of a delimiter
  for (let p = open; p < limit; p++) {
    const c = text.charCodeAt(p)
    if (c === 34 && isDelimiter(text, p, level)) {
      let e = p + 1
      while (e < limit && !(text.charCodeAt(e) === 34 && isDelimiter(text, e, level))) e++
      if (e >= limit) return null
      if (depth === 1) {
        let k = e + 1
        while (k < limit && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) k++
        if (text.charCodeAt(k) === 58 && onKey(p + 1, e - escape)) return true
      }
      p = e
    } else if (c === 123 || c === 91) depth++
    else if (c === 125 || c === 93) { if (--depth === 0) return false }
  }
  return null
}

function skipBlanksBack (text: string, p: number): number {
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 10 || text.charCodeAt(p) === 13)) p--
  return p
}

/** The value after a key whose closing delimiter ends at `keyEnd` (its quote), as a string, or undefined. */
function stringAfterKey (text: string, keyEnd: number): string | undefined {
  let k = keyEnd + 1
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
  if (text.charCodeAt(k) !== 58) return undefined
  k++
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
  const value = parseValue(text, k)
  return value === null || !value.quoted ? undefined : text.slice(value.start, value.end)
}

/**
 * Flat JSON: `"name": "x"` in an object that is the value of a resource noun's key
 * (`"cluster": {"name": "x"}`), also as JSON in a JSON string (`{\"cluster\": {\"name\": ...}}`).
 * `i` is at `name` (after its quote), `pos` past its `:`.
 */
export function handleJsonParentName (text: string, i: number, pos: number, sink: MatchSink): number {
  if (text.charCodeAt(i - 1) !== 34) return -1
  const run = runBefore(text, i - 1)
  const level = run === 0 ? 0 : run === 1 ? 1 : run === 3 ? 2 : -1
  if (level < 0 || !text.startsWith('"', i + 4 + run) || runBefore(text, i + 4 + run) !== run) return -1
  while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9) pos++
  const value = parseValue(text, pos)
  if (value === null || !value.quoted || value.start - pos !== run + 1) return -1
  const open = openingBrace(text, i - 1 - run, level)
  if (open < 0) return -1
  const key = keyBefore(text, open, level, run)
  const raw = text.slice(value.start, value.end)
  const field = (key === null ? undefined : nameField(text.slice(key[0] + 1, key[1]), raw) ?? terraformField(text, key[0] - run, level, run)) ??
    (indexWithin(text, 'arn:aws', open, open + ARN_WINDOW) >= 0 && someKey(text, open, level, (s, e) => OWN_ARN_KEY.test(text.slice(s, e)) && CUSTOMER_ARN.test(stringAfterKey(text, e + run) ?? '')) === true ? ARN_SIBLING_FIELD : undefined) ??
    (indexWithin(text, 'AWS::', open, open + ARN_WINDOW) >= 0 && someKey(text, open, level, (s, e) => e - s === 6 && text.startsWith(ORIGIN_KEY, s) && X_RAY_SERVICE_ORIGINS.has(stringAfterKey(text, e + run) ?? '')) === true ? CAPITALISED_NAME_FIELD : undefined)
  if (field === undefined) return -1
  const tool = someKey(text, open, level, (s, e) => TOOL_KEYS.has(text.slice(s, e)))
  if (tool === true || (tool === null && field === 'FunctionName')) return -1
  const outer = key === null ? -1 : openingBrace(text, key[0] - run, level)
  if (outer >= 0 && someKey(text, outer, level, (s, e) => e - s === 4 && text.startsWith('type', s) && TOOL_TYPES.has(stringAfterKey(text, e + run) ?? '')) === true) return -1
  const role = fieldRole(field)
  const kind = role === null ? null : classifyValue(role, raw, field)
  if (kind === null) return -1
  sink.push(value.start, value.end, kind)
  return value.next
}

/** The key whose value is the object opening at `open`: its opening quote and its end, or null. */
export function keyBefore (text: string, open: number, level: number, run: number): [number, number] | null {
  let p = skipBlanksBack(text, open - 1)
  if (text.charCodeAt(p) !== 58) return null
  p = skipBlanksBack(text, p - 1)
  if (text.charCodeAt(p) !== 34 || !isDelimiter(text, p, level)) return null
  const keyEnd = p - run
  const keyQuote = lastIndexWithin(text, 34, keyEnd, keyEnd - 61)
  return keyQuote < 0 ? null : [keyQuote, keyEnd]
}

/** Terraform JSON: the field of a `name` whose object is keyed by a label (at `labelAt`) under a resource type's key. */
function terraformField (text: string, labelAt: number, level: number, run: number): string | undefined {
  const open = openingBrace(text, labelAt, level)
  const key = open < 0 ? null : keyBefore(text, open, level, run)
  return key === null ? undefined : terraformTypeField(text.slice(key[0] + 1, key[1]))
}

/** Nouns YAML blocks use for chat and tool settings (`role:\n  name: admin-x`, fixes-round6-probe): no parent there. */
const YAML_CHAT_NOUNS: ReadonlySet<string> = new Set(['role', 'function'])

/** YAML: the field the `name:` under `parent:` is read as (a resource noun's), or undefined; `value` is the name's. */
export function yamlParentField (parent: string, value: string): string | undefined {
  return YAML_CHAT_NOUNS.has(parent) ? undefined : nameField(parent, value)
}

const YAML_SIBLING = /^([ \t]*)(?:- )?([A-Za-z_][A-Za-z0-9_]{0,40})[ \t]*:/
/** How many lines after `name:` its siblings are read (a tool's `description:`, `parameters:`). */
const SIBLING_LINES = 64

/**
 * Do the lines after a YAML `name:` (from `from`, its line's end) hold a tool's key at the name's
 * indent (`indent` chars), before the block ends?
 */
export function yamlToolSiblings (text: string, from: number, indent: number): boolean {
  let start = from + 1
  for (let n = 0; n < SIBLING_LINES && start < text.length; n++) {
    let end = text.indexOf('\n', start)
    if (end < 0 || end - start > 1024) end = Math.min(text.length, start + 1024)
    const line = text.slice(start, end)
    start = end + 1
    if (line.trim() === '') continue
    const m = YAML_SIBLING.exec(line)
    const lead = line.length - line.trimStart().length
    if (lead < indent) return false
    if (m !== null && m[1].length === indent && TOOL_KEYS.has(m[2])) return true
  }
  return false
}
