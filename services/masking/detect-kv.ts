// `key: value` forms in flat text: JSON (`"BucketName": "x"`, also JSON inside a JSON string
// with `\"`), YAML, env files, Terraform (`bucket = "x"`), CLI flags (`--function-name x`),
// URL queries (`X-Amz-Security-Token=...`), AWS CLI tags (`Key=Name,Value=web-1`).
import { indexWithin, isNameChar, type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, normaliseKey, parseValue, type FieldRole, type ValueSpan } from './detect-fields.js'
import { API_EXECUTION_LOGS, isAwsMadeLogGroup, maskLogGroupName } from './detect-loggroup.js'
import { isNameCandidate, isReservedName } from './detect-prose.js'
import { isAsciiAlnum, pastGluedEscapes } from './escapes.js'
import { backtickValue, isFStringPrefix, templateLiterals, subValue, concatenation, defaultAfter, isCode, isCodeSecret } from './detect-code-values.js'
import { namingTagKey, remoteRefKey, SECURE_STRING_ROLE, inSecureStringRecord, pairValue, FILTER_VALUES, filterValues, VALUES_AFTER, isMetricDefinition, filterList, itemValues, inFilterBlock, publicAmiNameEnd } from './detect-filters.js'
import { isBlank, emitList, emit, deferBlockList } from './detect-emit.js'
import { hclRoleField } from './detect-iac.js'
import { deferBlockMap } from './detect-yaml-block.js'
import { nameTagWords } from './detect-name-tag-words.js'
import { formatListCollection } from './detect-powershell.js'
import { windowsKeptValue } from './detect-windows.js'
import { flagRole, ecsServiceFlag, eksClusterFlag, secureStringFlag, parameterPathFlag, isAwsCliLine, flagItems } from './detect-cli-commands.js'

export const KV_SOURCE =
  '(?:--[a-z][a-z0-9_-]{1,40}(?:[ \\t]+|=)|(?:\\\\?["\'])?[A-Za-z_][A-Za-z0-9_.-]{0,60}(?:(?:\\\\){0,3}["\'`])?[ \\t]*(?:=>|[:?]=|[:=])[ \\t]*)'

/** `&`s and glued quotes read past in one bare secret (bounded: a line of `&`-joined words is no password). */
const MAX_AMPERSANDS = 8

/** What Terraform prints for a value it hides or does not know yet: no secret. */
const TERRAFORM_PLACEHOLDER = /^\((?:sensitive(?: value)?|known after apply)\)/

/** The SigV4 algorithm names that open an `Authorization` header: a scheme, not a credential. */
const SIGV4_SCHEME = /^AWS4-(?:HMAC-SHA256|ECDSA-P256-SHA256)$/

// AWS APIs write `Key`/`Value`; GuardDuty, Config and others `key`/`value`. Pretty-printed JSON inside a
// JSON string (an agent's tool_result) puts escaped line breaks (`,\n    \"Value\"`) between them.
const TAG_VALUE_AFTER = /[ \t]*,?(?:[ \t\r\n]|\\[nrt])*\\?["']?[Vv]alue\\?["']?[ \t]*[:=][ \t]*/y

/** How far back a tag's `Key: Name` is looked for before its `Value` (escaped indentation included). */
const TAG_NAME_WINDOW = 120

const TAG_NAME_BEFORE = /[Kk]ey\\?["']?[ \t]*[:=][ \t]*\\?["']?Name\\?["']?[ \t]*,?(?:[ \t\r\n-]|\\[nrt])*\\?["']?$/

const TAG_NAME_AFTER = /[ \t]*,?(?:[ \t\r\n]|\\[nrt])*\\?["']?[Kk]ey\\?["']?[ \t]*[:=][ \t]*\\?["']?Name(?![A-Za-z0-9])/y

/** A query's next parameter (`&next=1`, `&amp;X-Amz-Date=`): any other `&` is part of a secret (`p@ss&word!`). */
const QUERY_PARAM_AFTER = /&(?:amp;)?[A-Za-z_][A-Za-z0-9_.[\]-]{0,60}=/y

/** Python's string prefixes (`b'...'`, `f"..."`): the quote after them opens a string. */
const STRING_PREFIX = /^(?:[bBrRuUfF]{1,2})$/

/** Chars after which a quote opens a string or an index (`creds["SecretAccessKey"]`, `{"Ref": ...}`), glued to no secret. */
function opensAfter (c: number): boolean {
  return c === 91 || c === 40 || c === 123 || c === 60 || c === 61 || c === 58 || c === 44
}

/** Is the quote at `end` glued inside the bare secret text[start, end): no string opening after a bracket or a prefix? */
function gluesQuote (text: string, start: number, end: number): boolean {
  return !opensAfter(text.charCodeAt(end - 1)) && !(end - start <= 2 && STRING_PREFIX.test(text.slice(start, end)))
}

/** A bare secret read on past each `&` that does not start a query parameter, each quote glued between its chars and each `)` or `]` before a letter or digit (a bare value stops at every `&`, quote and bracket). */
function pastAmpersands (text: string, value: ValueSpan): ValueSpan {
  let end = value.end
  for (let i = 0; i < MAX_AMPERSANDS; i++) {
    const c = text.charCodeAt(end)
    let from = end + 1
    if (c === 38) {
      QUERY_PARAM_AFTER.lastIndex = end
      if (QUERY_PARAM_AFTER.test(text)) break
    } else if (c === 92 && text.charCodeAt(end + 1) === 34) from = end + 2 // `password=ab\"cd` in a JSON string
    else if (c === 41 || c === 93) { // `password=Ab(cd)1234`: a bracket glued between letters or digits
      if (!isAsciiAlnum(text.charCodeAt(end + 1))) break
    } else if (c !== 34 && c !== 39) break
    if (c !== 38 && c !== 41 && c !== 93 && !gluesQuote(text, value.start, end)) break
    const more = parseValue(text, from) // a quote glued inside (`password=ab"cd123`): the rest is the secret's, not a quoted string's
    if (more === null || more.quoted || more.start !== from) break
    end = more.end
  }
  return end === value.end ? value : { ...value, end, next: end }
}

function keyOf (text: string, start: number, end: number): string {
  let i = start
  for (let c = text.charCodeAt(i); i < end && (c === 45 || c === 92 || c === 34 || c === 39); c = text.charCodeAt(++i));
  let j = i
  while (j < end && isNameChar(text.charCodeAt(j))) j++
  return text.slice(i, j)
}

export function handleKeyValue (text: string, start: number, end: number, sink: MatchSink): number {
  let key = keyOf(text, start, end)
  // `--name x` and HCL `name = "x"`: a name when it looks like one (JSON `"name":` is a chat/tool field)
  // `--filters Name=group-name,Values=...`; SSM's targets `--targets Key=tag:eks:nodegroup-name,Values=...`
  if ((key === 'Name' || key === 'Key') && FILTER_VALUES.test(text.slice(end, end + 130))) return filterValues(text, end, sink)
  // HCL writes `name = "x"`; `name="aws-cni"` without spaces is a logfmt field of a log line
  if (key === 'name' && (text.startsWith('--', start) || (text.charCodeAt(end) === 34 && isBlank(text.charCodeAt(start + 4))))) key = 'Name'
  if (key === 'Name' && text.charCodeAt(start) === 110 && inFilterBlock(text, start)) { // Packer's `filters = { name = "al2023-ami-*" }`
    const kept = publicAmiNameEnd(text, end)
    if (kept >= 0) return kept
  }
  const kept = windowsKeptValue(text, start, end, key, sink) // `<Data Name="IpPort">`, `Set-ItemProperty -Name processModel`, `"AMIName"="Windows_Server-…"`
  if (kept !== -2) return kept
  const flag = text.startsWith('--', start)
  const role = flag ? ecsServiceFlag(text, start, key) ?? secureStringFlag(text, start, key) ?? eksClusterFlag(text, start, key) ?? parameterPathFlag(text, start, key) ?? flagRole(key)
    : key === 'role' ? hclRoleField(text, start, end) : fieldRole(key)
  if (!flag && text.charCodeAt(end) === 123 && formatListCollection(text, start, end, key, role, sink)) return -1 // PowerShell's `SecurityGroups : {a, b}`
  if (role === null) return -1
  if (role.kind === 'eks_cluster' && key === 'cluster_name' && ENVOY_ASSIGNMENT_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return -1 // an Envoy cluster: the proxy's own name
  if (text.charCodeAt(end) === 91 /* [ */ && (role.role === 'name' || role.role === 'secret')) return emitList(text, end + 1, role, key, sink)
  if ((text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13) && (role.role === 'name' || role.role === 'kms') && !flag) { // `IAMRole:` over `  - x` lines
    deferBlockList(text, end, role, key, sink)
    if (role.role === 'name' && isPluralNameKey(key)) deferBlockMap(text, start, end, role, key, sink) // Loki's `bucketNames:` over `  chunks: x`
    return -1
  }
  if (key === 'resource_name' && TERRAFORM_TYPE_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return -1
  const glued = text.charCodeAt(end) === 92 ? pastGluedEscapes(text, end, false) : end // `BucketName: \u0041name`: the name after the escape
  let value = text.charCodeAt(glued) === 96 ? backtickValue(text, glued) ?? parseValue(text, glued) : parseValue(text, glued)
  if (value === null) return -1
  if (glued > end && role.role === 'secret' && !value.quoted) value = { ...value, start: end } // a secret's escaped chars are its own
  const fString = role.role === 'name' && isFStringPrefix(text, value)
  if (fString) value = parseValue(text, value.end) as ValueSpan // Python's `f"acme-{stage}-exports"`
  if (!value.quoted) { // `namespace: default` in a markdown code span: the backtick closes the span
    const tick = indexWithin(text, '`', value.start, value.end)
    if (tick === value.start) return -1
    if (tick > 0) value = { ...value, end: tick, next: tick }
  }
  if (role.role === 'secret' && !value.quoted && text.charCodeAt(value.start) === 40 && TERRAFORM_PLACEHOLDER.test(text.slice(value.start, value.start + 24))) return value.start // `password = (sensitive value)`
  if (role.role === 'secret' && !value.quoted) value = pastAmpersands(text, value)
  let raw = text.slice(value.start, value.end)
  if (key === 'Name') {
    VALUES_AFTER.lastIndex = value.next
    if (VALUES_AFTER.test(text)) return filterList(text, raw, VALUES_AFTER.lastIndex, value.next, sink)
    if (isMetricDefinition(text, start, value.next)) return value.next
  }
  if (!value.quoted && role.role === 'secret' && SPRING_ID.test(raw) && text.charCodeAt(value.end) === 125) { // `{noop}s3cret`, `{bcrypt}$2a$...`: Spring's encoder id is part of the password
    const rest = parseValue(text, value.end + 1)
    if (rest !== null && !rest.quoted && rest.start === value.end + 1) value = { ...rest, start: value.start }
    raw = text.slice(value.start, value.end)
  }
  if (!value.quoted && (raw === '{' || raw === '[' || raw.startsWith('{{'))) { // an object, an array or a template opens: no value
    return raw === '{' && (role.role === 'secret' || role.role === 'name') ? wrappedValue(text, value.start + 1, role, key, sink) : value.start
  }
  if (role.role === 'name' && !value.quoted && GO_STRING_CALL.test(raw)) { // Go: `TableName: aws.String("orders")`
    const inner = parseValue(text, value.end)
    if (inner === null || !inner.quoted || text.charCodeAt(inner.next) !== 41 /* ) */) return value.end
    value = inner
    raw = text.slice(value.start, value.end)
  }
  const sub = role.role === 'name' && !value.quoted && raw === '!Sub' && isBlank(text.charCodeAt(value.end))
  if (sub) { // CloudFormation: `BucketName: !Sub "acme-${Env}"`
    const built = subValue(text, value.end)
    if (built === null) return value.end
    value = built
    raw = text.slice(value.start, value.end)
  }
  if (role.role === 'name' && !value.quoted && isJsonKey(text, start) && JSON_NUMBER.test(raw)) return value.start // `"Bucket": 88`: AWS names are JSON strings (an account id in it is the scanner's)
  if (role.role === 'name' && (isReservedName(raw) || isCode(text, value.start, value.end, raw, key, value.quoted))) {
    const fallback = isReservedName(raw) ? null : defaultAfter(text, value.end) // `props.functionName ?? \`invoice-sync-${stage}\``
    if (fallback === null) return value.start
    value = fallback
    raw = text.slice(value.start, value.end)
  }
  if (role.role === 'secret' && !value.quoted && isCodeSecret(text, value.start, raw)) return value.start // code, not a secret: the scanner reads on inside
  if (role.role === 'secret' && SIGV4_SCHEME.test(raw)) return value.end // `Authorization: AWS4-HMAC-SHA256 Credential=AKIA.../...`: key id and signature are the scanner's
  if (role.role === 'secret' && /^(?:Bearer|Basic|Token)$/i.test(raw) && text.charCodeAt(value.end) === 32) {
    const credential = parseValue(text, value.end + 1) // the scheme stays readable
    if (credential === null) return -1
    value = credential
    raw = text.slice(value.start, value.end)
  }
  if (role.role === 'tagkey') {
    const named = raw === 'Name' ? role : namingTagKey(raw)
    if (named === null) return remoteRefKey(text, start, key, value, sink)
    VALUES_AFTER.lastIndex = value.next // SSM's targets: `{"Key": "tag:eks:nodegroup-name", "Values": ["x"]}`
    if (VALUES_AFTER.test(text)) return filterList(text, raw, VALUES_AFTER.lastIndex, value.next, sink)
    TAG_VALUE_AFTER.lastIndex = value.next
    if (TAG_VALUE_AFTER.exec(text) === null) return itemValues(text, value.next, named, raw, sink)
    const tagValue = parseValue(text, TAG_VALUE_AFTER.lastIndex)
    if (tagValue === null) return value.next
    const words = named === role ? nameTagWords(text, tagValue) : null // `"Value": "orders api primary"`: one name
    if (words !== null) return emit(text, words.start, words.end, words.next, 'resource_name', sink)
    const kind = classifyValue(named, text.slice(tagValue.start, tagValue.end), named === role ? 'Value' : raw)
    return kind === null ? tagValue.start : emit(text, tagValue.start, tagValue.end, tagValue.next, kind, sink)
  }
  if (role.role === 'tag') {
    if (inSecureStringRecord(text, start, value.next)) { // `aws ssm get-parameter --with-decryption`: the decrypted value
      if (raw.includes('://')) return value.start // a connection URL: the scanner masks its password and names, its AWS parts stay readable
      const secret = classifyValue(SECURE_STRING_ROLE, raw, key)
      return secret === null ? value.start : emit(text, value.start, value.end, value.next, secret, sink)
    }
    TAG_NAME_AFTER.lastIndex = value.next
    const named = TAG_NAME_BEFORE.test(text.slice(Math.max(0, start - TAG_NAME_WINDOW), start)) || TAG_NAME_AFTER.test(text)
    if (!named) return pairValue(text, start, value.start, value.end, value.next, sink)
  }
  if (role.kind === 'log_group' && (raw.startsWith('/aws/') || raw.startsWith(API_EXECUTION_LOGS) || isAwsMadeLogGroup(raw))) {
    maskLogGroupName(text, value.start, value.end, sink)
    return value.next
  }
  if (fString && raw.includes('{')) return templateLiterals(text, value, role, key, sink, 'python')
  const kind = classifyValue(role, raw, key)
  if (kind === null && role.role === 'name' && raw.includes('${')) return templateLiterals(text, value, role, key, sink, sub ? 'fnSub' : 'dollar')
  if (kind === null) return value.start // let the scanner look inside (ARNs, ids, URLs)
  if (flag && role.role === 'name' && key.endsWith('s') && isAwsCliLine(text, start)) return flagItems(text, value, role, key, sink)
  const state = key === 'dedupString' ? ALARM_STATE.exec(raw) : null
  if (state !== null) return emit(text, value.start, value.end - state[0].length, value.next, kind, sink) // the alarm's state stays readable
  const revision = role.kind === 'resource_name' ? TASK_REVISION.exec(raw) : null // `--task-definition orders-api:41`: the revision stays readable
  if (revision !== null && normaliseKey(key) === 'taskdefinition') return emit(text, value.start, value.end - revision[0].length, value.next, kind, sink)
  if (role.role === 'name' && !value.quoted && !flag && isPluralNameKey(key)) return emitProseList(text, value, kind, role, key, sink)
  const next = emit(text, value.start, value.end, value.next, kind, sink)
  return role.role === 'name' && value.quoted ? planChange(text, concatenation(text, next, role, key, sink), role, key, sink) : next
}

/** Terraform plan's change of a value: `name = "a" -> "b"`. */
const PLAN_ARROW = /[ \t]+->[ \t]+(?=")/y

/** The new value of a name a plan changes (`parameter_group_name = "x-pg15" -> "x-pg16"`) is masked as the old one was. */
function planChange (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): number {
  PLAN_ARROW.lastIndex = pos
  if (!PLAN_ARROW.test(text)) return pos
  const value = parseValue(text, PLAN_ARROW.lastIndex)
  if (value === null || !value.quoted) return pos
  const kind = classifyValue(role, text.slice(value.start, value.end), key)
  return kind === null ? value.start : emit(text, value.start, value.end, value.next, kind, sink)
}

const TASK_REVISION = /:[0-9]{1,9}$/
/** Envoy's `load_assignment:` (YAML or JSON) right before a `cluster_name`: the name of one of the proxy's upstream clusters. */
const ENVOY_ASSIGNMENT_BEFORE = /load_assignment\\?["']?[ \t]*:[ \t]*\{?[ \t]*(?:\r?\n[ \t]{0,40})?\\?["']?$/
/** The state a CloudWatch alarm's OpsItem dedup string ends with (`payments-api-5xx-ALARM`). */
const ALARM_STATE = /-(?:ALARM|OK|INSUFFICIENT_DATA)$/

/** `nodegroups`, `bucket_names`, `BucketNames`: a name field's plural (not `alias`, `address`: the singular must be a name field too). */
function isPluralNameKey (key: string): boolean {
  return key.length > 2 && key.endsWith('s') && !key.endsWith('ss') && fieldRole(key.slice(0, -1))?.role === 'name'
}

/** `, `, ` and `, `, or `, ` or ` between the names of a plural key's list, on one line. */
const ITEM_SEP = /[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)/y

/**
 * `nodegroups: ng-a1 and ng-b2`, `bucket_names: logs-a1, logs-b2 and logs-c3`: a plural key's bare
 * value is a list written as prose; each name-shaped item after the first is masked as the first was.
 */
function emitProseList (text: string, first: ValueSpan, kind: string, role: FieldRole, key: string, sink: MatchSink): number {
  let next = emit(text, first.start, first.end, first.next, kind, sink)
  for (let n = 0; n < 100; n++) {
    ITEM_SEP.lastIndex = next
    if (!ITEM_SEP.test(text)) return next
    const item = parseValue(text, ITEM_SEP.lastIndex)
    if (item === null || item.quoted || item.start !== ITEM_SEP.lastIndex) return next
    const raw = text.slice(item.start, item.end)
    const itemKind = isNameCandidate(raw) ? classifyValue(role, raw, key) : null
    if (itemKind === null) return next
    next = emit(text, item.start, item.end, item.next, itemKind, sink)
  }
  return next
}

/** The Go SDKs' and CDK's string wrappers, `aws.String(` (v1, v2), `jsii.String(`, `pulumi.String(`, as a bare value reads them. */
const GO_STRING_CALL = /^(?:aws|jsii|pulumi)\.String\($/

/** The encoder id before a Spring Security password (`{noop}`, `{bcrypt}`), as parseValue leaves it (without its `}`). */
const SPRING_ID = /^\{[a-z][a-z0-9-]{1,15}$/

/**
 * Terraform's JSON wraps a variable or output in an object (`{"sensitive": true, "type": "string",
 * "value": ...}`), Pulumi a secret shown in a stack export (`{"4dabf18193072939515e22adb298388d":
 * "1b47061264138c4ac30d75fd1eb44270", "plaintext": "\"...\""}`, its secret signature first); the
 * quotes may be escaped (`\"value\"`: JSON inside a JSON string). CloudFormation JSON builds a
 * name with `{"Fn::Sub": "acme-${Env}"}`.
 */
const WRAPPED_VALUE = /[ \t\r\n]*(?:(?:\\?"(?:sensitive|type)\\?"[ \t]*:[ \t]*(?:true|false|\\?"[a-z]{1,16}\\?")[ \t\r\n]*,[ \t\r\n]*){0,2}\\?"value|\\?"4dabf18193072939515e22adb298388d\\?"[ \t]*:[ \t]*\\?"[0-9a-f]{32}\\?"[ \t\r\n]*,[ \t\r\n]*\\?"plaintext|\\?"Fn::Sub)\\?"[ \t]*:[ \t]*(?=\\?")/y

/**
 * `"db_password": { "value": "x" }` (`terraform show -json` variables, `terraform output -json`,
 * Pulumi's `plaintext`): the wrapped value is the field's; `pos` is past the `{`. Returns where scanning goes on.
 */
function wrappedValue (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): number {
  WRAPPED_VALUE.lastIndex = pos
  if (!WRAPPED_VALUE.test(text)) return pos
  const value = parseValue(text, WRAPPED_VALUE.lastIndex)
  if (value === null) return pos
  const raw = text.slice(value.start, value.end)
  const kind = classifyValue(role, raw, key)
  if (kind === null && role.role === 'name' && raw.includes('${') && indexWithin(text, 'Fn::Sub', pos, value.start) >= 0) { // `{"Fn::Sub": "acme-${Env}"}`
    return templateLiterals(text, value, role, key, sink, 'fnSub')
  }
  return kind === null ? value.start : emit(text, value.start, value.end, value.next, kind, sink)
}

const JSON_NUMBER = /^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/

/** A JSON key (`"x":`, `\"x\":` inside a JSON string) at `start`, its quote included or just before it. */
function isJsonKey (text: string, start: number): boolean {
  const c = text.charCodeAt(start)
  return c === 34 || (c === 92 && text.charCodeAt(start + 1) === 34) || (start > 0 && text.charCodeAt(start - 1) === 34)
}

/** `terraform -json` resource objects: `"resource_type":"aws_instance","resource_name":"web"` is the local name in the configuration. */
const TERRAFORM_TYPE_BEFORE = /"resource_type"[ \t]*:[ \t]*"[a-z0-9]+_[a-z0-9_]+"[ \t]*,[ \t]*"?$/
