// `key: value` forms in flat text: JSON (`"BucketName": "x"`, also JSON inside a JSON string
// with `\"`), YAML, env files, Terraform (`bucket = "x"`), CLI flags (`--function-name x`),
// URL queries (`X-Amz-Security-Token=...`), AWS CLI tags (`Key=Name,Value=web-1`).
import { UUID_RE, indexWithin, isNameChar, lastIndexWithin, type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, hasFieldRole, normaliseKey, parseValue, type FieldRole, type ValueSpan } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'
import { API_EXECUTION_LOGS, isAwsMadeLogGroup, maskLogGroupName } from './detect-loggroup.js'
import { isNameCandidate, isReservedName } from './detect-prose.js'
import { isAsciiAlnum, pastGluedEscapes } from './escapes.js'
import { yamlParentField, yamlToolSiblings } from './detect-parent.js'

export const KV_SOURCE =
  '(?:--[a-z][a-z0-9_-]{1,40}(?:[ \\t]+|=)|(?:\\\\?["\'])?[A-Za-z_][A-Za-z0-9_.-]{0,60}(?:(?:\\\\){0,3}["\'`])?[ \\t]*(?:=>|[:=])[ \\t]*)'

/** `&`s and glued quotes read past in one bare secret (bounded: a line of `&`-joined words is no password). */
const MAX_AMPERSANDS = 8

/** What Terraform prints for a value it hides or does not know yet: no secret. */
const TERRAFORM_PLACEHOLDER = /^\((?:sensitive(?: value)?|known after apply)\)/

/** The SigV4 algorithm names that open an `Authorization` header: a scheme, not a credential. */
const SIGV4_SCHEME = /^AWS4-(?:HMAC-SHA256|ECDSA-P256-SHA256)$/

// AWS APIs write `Key`/`Value`; GuardDuty, Config and others `key`/`value`.
const TAG_VALUE_AFTER = /[ \t]*,?[ \t\r\n]*\\?["']?[Vv]alue\\?["']?[ \t]*[:=][ \t]*/y
const TAG_NAME_BEFORE = /[Kk]ey\\?["']?[ \t]*[:=][ \t]*\\?["']?Name\\?["']?[ \t]*,?[ \t\r\n-]*\\?["']?$/
const TAG_NAME_AFTER = /[ \t]*,?[ \t\r\n]*\\?["']?[Kk]ey\\?["']?[ \t]*[:=][ \t]*\\?["']?Name(?![A-Za-z0-9])/y

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
  const flag = text.startsWith('--', start)
  const role = flag ? ecsServiceFlag(text, start, key) ?? secureStringFlag(text, start, key) ?? eksClusterFlag(text, start, key) ?? flagRole(key) : fieldRole(key)
  if (role === null) return -1
  if (text.charCodeAt(end) === 91 /* [ */ && (role.role === 'name' || role.role === 'secret')) return emitList(text, end + 1, role, key, sink)
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
    const named = TAG_NAME_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || TAG_NAME_AFTER.test(text)
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
  const revision = role.kind === 'resource_name' ? TASK_REVISION.exec(raw) : null // `--task-definition orders-api:41`: the revision stays readable
  if (revision !== null && normaliseKey(key) === 'taskdefinition') return emit(text, value.start, value.end - revision[0].length, value.next, kind, sink)
  const next = emit(text, value.start, value.end, value.next, kind, sink)
  return role.role === 'name' && value.quoted ? concatenation(text, next, role, key, sink) : next
}
const TASK_REVISION = /:[0-9]{1,9}$/
/** A literal part of a name between substitutions, without the separators around it. */
const LITERAL_PART = /^[-_./:]*([A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9])[-_./:]*$/
/** Longest substitution read (an unclosed one runs this far); most substitutions in one value. */
const SUBSTITUTION_MAX = 200
const SUBSTITUTIONS_MAX = 32
/** Longest JavaScript template literal read as a value: one line. */
const BACKTICK_VALUE_MAX = 256

/**
 * A JavaScript template literal (CDK: `` bucketName: `acme-${stage}-exports` ``) or a markdown
 * code span as a quoted value; `pos` is at the backtick. Null when it does not close on its line.
 */
function backtickValue (text: string, pos: number): ValueSpan | null {
  const limit = Math.min(text.length, pos + 1 + BACKTICK_VALUE_MAX)
  for (let i = pos + 1; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c === 96) return i === pos + 1 ? null : { start: pos + 1, end: i, next: i + 1, quoted: true }
    if (c === 10 || c === 13) return null
  }
  return null
}

/** A bare `f` right before a quote: Python's f-string (`bucket_name=f"acme-{stage}"`), its value the string. */
function isFStringPrefix (text: string, value: ValueSpan): boolean {
  if (value.quoted || value.end !== value.start + 1 || text.charCodeAt(value.start) !== 102) return false
  const q = text.charCodeAt(value.end)
  return (q === 34 || q === 39) && parseValue(text, value.end)?.quoted === true
}

/**
 * The spans of the substitutions in `raw`: `${...}` (Serverless `${sls:stage}`, CloudFormation
 * `${AWS::Region}`, a JavaScript template literal's `${props.stage ?? "dev"}`), or `{...}` in a
 * Python f-string; braces nest; an unclosed one runs SUBSTITUTION_MAX chars.
 */
function substitutions (raw: string, python: boolean): Array<[number, number]> {
  const open = python ? '{' : '${'
  const spans: Array<[number, number]> = []
  for (let at = raw.indexOf(open); at >= 0 && spans.length < SUBSTITUTIONS_MAX; at = raw.indexOf(open, spans[spans.length - 1][1])) {
    const limit = Math.min(raw.length, at + SUBSTITUTION_MAX)
    let k = at + open.length
    for (let depth = 1; k < limit && depth > 0; k++) {
      const c = raw.charCodeAt(k)
      if (c === 123) depth++
      else if (c === 125) depth--
    }
    spans.push([at, k])
  }
  return spans
}

/**
 * How a built name writes its substitutions: `${...}`, Python's `{...}`, or CloudFormation's
 * Fn::Sub, where a plain word after a pseudo parameter (`${AWS::StackName}-sender`) is kept (the
 * black-box rounds' expectations) and only compound parts (`acme-exports`) are names.
 */
type TemplateStyle = 'dollar' | 'python' | 'fnSub'
const COMPOUND = /[-_.0-9]/

/**
 * `bucketName: acme-exports-${sls:stage}`, `TableName: ${self:service}-orders-${sls:stage}`: the
 * name is built, its literal parts are the customer's and are masked as the field's; the
 * substitutions stay (the model needs them). A bare value runs to the next blank.
 */
function templateLiterals (text: string, value: ValueSpan, role: FieldRole, key: string, sink: MatchSink, style: TemplateStyle): number {
  let end = value.end
  if (!value.quoted) while (end < text.length && end - value.start < 256 && text.charCodeAt(end) > 32 && text.charCodeAt(end) !== 34 && text.charCodeAt(end) !== 39) end++
  const raw = text.slice(value.start, end)
  let from = 0
  for (const span of [...substitutions(raw, style === 'python'), null]) {
    const to = span === null ? raw.length : span[0]
    const part = LITERAL_PART.exec(raw.slice(from, to))
    const kind = part === null || (style === 'fnSub' && !COMPOUND.test(part[1])) ? null : classifyValue(role, part[1], key)
    if (part !== null && kind !== null && part[1].length >= 3 && /[A-Za-z]/.test(part[1])) {
      const at = value.start + from + raw.slice(from, to).indexOf(part[1])
      sink.push(at, at + part[1].length, kind)
    }
    if (span !== null) from = span[1]
  }
  return value.quoted ? value.next : end
}
/** The string after `!Sub` and blanks at `pos`; null for a block (`|`, `>`) or the list form (`[`): the scanner's. */
function subValue (text: string, pos: number): ValueSpan | null {
  while (isBlank(text.charCodeAt(pos)) && pos < text.length) pos++
  const c = text.charCodeAt(pos)
  return c === 124 || c === 62 || c === 91 ? null : parseValue(text, pos)
}

/** `+ stage + '-exports'`: a term of a string concatenation, a quoted literal or a variable (a call without arguments too). */
const CONCAT_TERM = /[ \t]*\+[ \t]*(?:(["'])([^"'\r\n\\]{0,255})\1|[A-Za-z_$][\w$.]{0,127}(?:\(\))?)/y
/** Most terms read after a quoted name. */
const CONCAT_TERMS_MAX = 8

/**
 * `bucketName: 'acme-' + stage + '-exports'`: the terms concatenated to a quoted name at `pos`;
 * each literal's part is masked as the field's (as a built name's), variables stay. Returns where
 * scanning goes on.
 */
function concatenation (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): number {
  let at = pos
  for (let n = 0; n < CONCAT_TERMS_MAX && text.charCodeAt(at) !== 10; n++) {
    CONCAT_TERM.lastIndex = at
    const m = CONCAT_TERM.exec(text)
    if (m === null) break
    at = CONCAT_TERM.lastIndex
    const part = m[2] === undefined ? null : LITERAL_PART.exec(m[2])
    const kind = part === null ? null : classifyValue(role, part[1], key)
    if (part !== null && kind !== null && part[1].length >= 3 && /[A-Za-z]/.test(part[1])) {
      const from = at - 1 - m[2].length + m[2].indexOf(part[1])
      sink.push(from, from + part[1].length, kind)
    }
  }
  return at
}

/** `??` or `||` after code: a default follows (`props.tableName || 'orders-v2'`). */
const DEFAULT_OP = /[ \t]*(?:\?\?|\|\|)[ \t]*/y

/** The quoted or backtick default after the code ending at `end`, or null. */
function defaultAfter (text: string, end: number): ValueSpan | null {
  DEFAULT_OP.lastIndex = end
  if (!DEFAULT_OP.test(text)) return null
  const at = DEFAULT_OP.lastIndex
  const c = text.charCodeAt(at)
  if (c === 96) return backtickValue(text, at)
  const value = c === 34 || c === 39 ? parseValue(text, at) : null
  return value !== null && value.quoted ? value : null
}

/** The Go SDKs' and CDK's string wrappers, `aws.String(` (v1, v2), `jsii.String(`, `pulumi.String(`, as a bare value reads them. */
const GO_STRING_CALL = /^(?:aws|jsii|pulumi)\.String\($/
/** The encoder id before a Spring Security password (`{noop}`, `{bcrypt}`), as parseValue leaves it (without its `}`). */
const SPRING_ID = /^\{[a-z][a-z0-9-]{1,15}$/

/** A MySQL or MariaDB client earlier on the line: it takes a password glued to `-p` (`mysql -u admin -pS3cret`). */
const MYSQL_CLIENT_BEFORE = /(?:^|[\s;|&(`])(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)[ \t]/
/** The password glued to `-p`, quoted or bare (not a shell variable: `-p$MYSQL_PWD`). */
const GLUED_PASSWORD = /'([^'\r\n]{1,128})'|"([^"\r\n]{1,128})"|([^\s'"$][^\s'"]{0,127})/y
/** How far back on its line the client is looked for. */
const CLIENT_LINE_MAX = 512

/**
 * `mysql ... -pS3cret` (shell history, runbooks): `i` is at the `-` of `-p`, after a blank. The
 * password glued to it is masked when a MySQL client starts the command on that line; returns
 * its end, or -1.
 */
export function handleGluedPassword (text: string, i: number, sink: MatchSink): number {
  GLUED_PASSWORD.lastIndex = i + 2 // the cheap check first: most ` -p` are `mkdir -p`, `ssh -p 22`
  const m = GLUED_PASSWORD.exec(text)
  if (m === null) return -1
  let lineStart = i
  while (lineStart > 0 && i - lineStart < CLIENT_LINE_MAX && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  if (!MYSQL_CLIENT_BEFORE.test(text.slice(lineStart, i))) return -1
  if (m[3] !== undefined) { // glued to the `p`, a token would read back at no boundary: it takes the `p`
    sink.push(i + 1, GLUED_PASSWORD.lastIndex, 'connection_secret')
    return GLUED_PASSWORD.lastIndex
  }
  const value = m[1] ?? m[2]
  sink.push(i + 3, i + 3 + value.length, 'connection_secret')
  return GLUED_PASSWORD.lastIndex
}

/** Clients that take a password as a flag's own argument, by flag: redis-cli `-a x` / `--pass x`, sshpass `-p x`, curl `-u user:x` / `--user user:x`. */
const REDIS_CLI_BEFORE = /(?:^|[\s;|&(`])(?:redis|valkey|keydb)-cli[ \t]/
const FLAG_CLIENTS: Readonly<Record<string, RegExp>> = {
  '-a': REDIS_CLI_BEFORE,
  '--pass': REDIS_CLI_BEFORE,
  '-p': /(?:^|[\s;|&(`])(?:sshpass|mongosh|mongo|mongodump|mongorestore|mongoexport|mongoimport)[ \t]/, // (mongo's tools: `-u admin -p x`)
  '-u': /(?:^|[\s;|&(`])curl[ \t]/,
  '--user': /(?:^|[\s;|&(`])curl[ \t]/
}
/** What stands for a password in docs: `<password>`, `********`. */
const FLAG_PLACEHOLDER = /^(?:<[^>]{1,40}>|\*{3,}|\.\.\.)$/
/** The flag's argument after blanks, quoted or bare (not a shell variable). */
const FLAG_ARGUMENT = /[ \t]{1,8}(?:'([^'\r\n]{1,256})'|"([^"\r\n]{1,256})"|([^\s'"$][^\s'"]{0,255}))/y

/**
 * A password given as a client's flag argument (`redis-cli -a x`, `sshpass -p x`, `curl -u user:x`):
 * `i` is at the flag's `-`, after a blank; the client must start the command earlier on the line
 * (`cp -a`, `ssh -p 22`, `sort -u` are other options). curl's user stays, the part after its `:`
 * is the password (none: curl prompts). Returns the argument's end, or -1.
 */
export function handleFlagPassword (text: string, i: number, flag: string, sink: MatchSink): number {
  const client = FLAG_CLIENTS[flag]
  if (client === undefined) return -1
  FLAG_ARGUMENT.lastIndex = i + flag.length
  const m = FLAG_ARGUMENT.exec(text)
  if (m === null) return -1
  let lineStart = i
  while (lineStart > 0 && i - lineStart < CLIENT_LINE_MAX && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  if (!client.test(text.slice(lineStart, i))) return -1
  const value = m[1] ?? m[2] ?? m[3]
  if (FLAG_PLACEHOLDER.test(value)) return -1 // `redis-cli -a <password>`
  let start = FLAG_ARGUMENT.lastIndex - value.length - (m[3] === undefined ? 1 : 0)
  const end = start + value.length
  if (flag === '-u' || flag === '--user') {
    const colon = value.indexOf(':')
    if (colon < 0 || colon === value.length - 1 || value.charCodeAt(colon + 1) === 36 /* $ */) return -1
    start += colon + 1
  }
  sink.push(start, end, 'connection_secret')
  return FLAG_ARGUMENT.lastIndex
}

/** SQL's `IDENTIFIED BY` before a password literal (MySQL), as `PASSWORD` is (PostgreSQL, Redshift). */
const IDENTIFIED_BEFORE = /IDENTIFIED[ \t]+$/i

/**
 * The literal after SQL's `PASSWORD` or `IDENTIFIED BY` (`ALTER ROLE app WITH PASSWORD '...'` in a
 * pgaudit line, `CREATE USER x IDENTIFIED BY '...'`), or Redshift's `KMS_KEY_ID '<uuid>'` (UNLOAD):
 * text[i, keyEnd) is the keyword, `k` at the quote. Returns where scanning goes on, or -1.
 */
export function handleSqlLiteral (text: string, i: number, keyEnd: number, k: number, sink: MatchSink): number {
  const word = text.slice(i, keyEnd).toUpperCase()
  const kms = word === 'KMS_KEY_ID'
  if (!kms && word !== 'PASSWORD' && !(word === 'BY' && IDENTIFIED_BEFORE.test(text.slice(Math.max(0, i - 16), i)))) return -1
  const value = parseValue(text, k)
  if (value === null || value.end === value.start) return -1
  if (kms) return UUID_RE.test(text.slice(value.start, value.end)) ? emit(text, value.start, value.end, value.next, 'kms_key', sink) : -1
  return emit(text, value.start, value.end, value.next, 'connection_secret', sink)
}

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

/**
 * A namespaced tag key that says its value is a name: AWS's `aws:autoscaling:groupName`,
 * `aws:cloudformation:stack-name`, `eks:cluster-name`, and the like (the part after the last `:`
 * or `/` is a name field); null otherwise (`aws:cloudformation:logical-id`, `team`).
 */
export function namingTagKey (key: string): FieldRole | null {
  const cut = Math.max(key.lastIndexOf(':'), key.lastIndexOf('/'))
  if (cut <= 0 || key.length > 128) return null
  const role = fieldRole(key.slice(cut + 1))
  return role !== null && role.role === 'name' ? role : null
}

/** external-secrets' `remoteRef:` / `extract:` just before its `key:` (YAML, a few fields before it, or JSON). */
const REMOTE_REF_BEFORE = /\b(?:remoteRef|extract)\\?["']?[ \t]*:[ \t]*(?:\r?\n(?:[ \t]{0,32}[A-Za-z]{1,32}:[^\r\n]{0,200}\r?\n){0,3}[ \t]{0,32}|\{[ \t\r\n]*(?:\\?"[A-Za-z]{1,32}\\?"[ \t]*:[ \t]*\\?"[^"\r\n]{0,200}\\?"[ \t]*,[ \t\r\n]*){0,3}(?:\\?")?)$/
const SECRET_NAME: FieldRole = { kind: 'secret_name', role: 'name' }

/**
 * external-secrets' `remoteRef: {key: prod/app/db}`: the key is the name of a Secrets Manager secret
 * or an SSM parameter (an ARN there is the scanner's); -1 for any other `key`.
 */
function remoteRefKey (text: string, start: number, key: string, value: ValueSpan, sink: MatchSink): number {
  if (key !== 'key' || !REMOTE_REF_BEFORE.test(text.slice(Math.max(0, start - 400), start))) return -1
  const kind = classifyValue(SECRET_NAME, text.slice(value.start, value.end), 'SecretId')
  return kind === null ? -1 : emit(text, value.start, value.end, value.next, kind, sink)
}

/** `- name: DB_PASSWORD` / `{"name": "API_TOKEN", ` right before a `value:` (k8s env, ECS, SSM). */
const PAIR_NAME_BEFORE = /[Nn]ame\\?["']?[ \t]*[:=][ \t]*\\?["']?([A-Za-z0-9_./-]{2,128})\\?["']?[ \t]*,?(?:[ \t]*\\?["']?Type\\?["']?[ \t]*:[ \t]*\\?["']?[A-Za-z]+\\?["']?[ \t]*,)?[ \t\r\n-]*\\?["']?$/

/**
 * The value of a name/value pair whose name says what it is: a secret's (`DB_PASSWORD`,
 * `/prod/stripe-api-key`) or a resource name field (a CloudWatch dimension `DBInstanceIdentifier`).
 */
const SECURE_STRING_ROLE: FieldRole = { kind: 'connection_secret', role: 'secret' }
/** How far around a `Value` its parameter record is read for `SecureString`. */
const RECORD_WINDOW = 512

/**
 * Whether the record holding the `Value` key at `start` says `SecureString` (an SSM parameter read
 * with decryption, JSON or YAML): from its opening brace or YAML list item to its closing brace
 * or the next item, at most RECORD_WINDOW chars each way.
 */
function inSecureStringRecord (text: string, start: number, next: number): boolean {
  const lo = Math.max(0, start - RECORD_WINDOW)
  let from = start
  while (from > lo && !recordEdge(text, from - 1)) from--
  const hi = Math.min(text.length, next + RECORD_WINDOW)
  let to = next
  while (to < hi && !recordEdge(text, to)) to++
  return indexWithin(text, 'SecureString', from, to) >= 0 // bounded: an unbounded search per `Value` key is quadratic on a big text of tags
}

/** A brace, or the dash of a YAML list item (`\n  - Name: x`). */
function recordEdge (text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 123 || c === 125) return true
  if (c !== 45 || text.charCodeAt(i + 1) !== 32) return false
  let k = i - 1
  while (k >= 0 && text.charCodeAt(k) === 32) k--
  return k < 0 || text.charCodeAt(k) === 10
}

function pairValue (text: string, start: number, vStart: number, vEnd: number, next: number, sink: MatchSink): number {
  const name = PAIR_NAME_BEFORE.exec(text.slice(Math.max(0, start - 200), start))?.[1]
  const role = name === undefined || name === 'Name' ? null : fieldRole(name)
  if (role === null || (role.role !== 'secret' && role.role !== 'name')) return -1
  const kind = classifyValue(role, text.slice(vStart, vEnd), name as string)
  return kind === null ? -1 : emit(text, vStart, vEnd, next, kind, sink)
}

const FILTER_VALUES = /^[A-Za-z0-9:._-]+,Values=/
const JSON_NUMBER = /^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/

/** A JSON key (`"x":`, `\"x\":` inside a JSON string) at `start`, its quote included or just before it. */
function isJsonKey (text: string, start: number): boolean {
  const c = text.charCodeAt(start)
  return c === 34 || (c === 92 && text.charCodeAt(start + 1) === 34) || (start > 0 && text.charCodeAt(start - 1) === 34)
}
const FILTER = /([A-Za-z0-9:._-]{1,128}),Values=/y
/** Values of a filter, at most this many (`Values=a,b,c`). */
const MAX_FILTER_VALUES = 64

/**
 * `--filters Name=tag:Name,Values=web-1,web-2` / `Name=group-name,Values=x`: the values of a
 * filter whose name is a name field or a naming tag key are names; `pos` is past `Name=`. Other
 * filters (`instance-state-name`, `vpc-id`) are left to the scanner (-1).
 */
function filterValues (text: string, pos: number, sink: MatchSink): number {
  FILTER.lastIndex = pos
  const m = FILTER.exec(text)
  if (m === null) return -1
  const filter = m[1]
  const role = filterRole(filter)
  if (role === null) return -1
  let at = FILTER.lastIndex
  for (let n = 0; n < MAX_FILTER_VALUES; n++) {
    let e = at
    while (e < text.length && e - at < 256 && !endsFilterValue(text.charCodeAt(e))) e++
    const kind = e > at ? classifyValue(role, text.slice(at, e), filter) : null
    if (kind === null) return n === 0 ? -1 : at // an id or ARN among the values: the scanner's
    sink.push(at, e, wholeIdKind(text.slice(at, e)) ?? kind)
    if (text.charCodeAt(e) !== 44 /* , */) return e
    at = e + 1
  }
  return at
}

/** The role of a filter's values: names under a name filter (`group-name`) or a naming tag (`tag:Name`), else null. */
export function filterRole (filter: string): FieldRole | null {
  const role = filter.startsWith('tag:') ? namingTagKey(filter) : fieldRole(filter)
  return role !== null && role.role === 'name' ? role : null
}

/** `"Values":` after a `Name` value (JSON, Python, YAML on the next line): an EC2 filter, not a resource's name. */
const VALUES_AFTER = /[ \t]*,?[ \t\r\n]*\\?["']?Values\\?["']?[ \t]*[:=][ \t]*/y
/** A metric's `Unit` after its `Name` (CloudWatch embedded metric format, `"Metrics": [{"Name": "ColdStart", "Unit": "Count"}]`). */
const UNIT_AFTER = /[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*)\\?"?Unit\\?"?[ \t]*[:=]/y
/** The opening of an embedded metric format's `Metrics` list just before a `Name`. */
const METRICS_BEFORE = /\\?"?Metrics\\?"?[ \t]*:[ \t]*(?:\[[ \t\r\n]*\{|\r?\n[ \t]*-)[ \t\r\n]*\\?"?$/

/** Is the `Name` at `start`, whose value ends where `next` is, a metric's name (no resource)? */
function isMetricDefinition (text: string, start: number, next: number): boolean {
  UNIT_AFTER.lastIndex = next
  return UNIT_AFTER.test(text) || METRICS_BEFORE.test(text.slice(Math.max(0, start - 40), start))
}

/**
 * `{"Name": "instance-type", "Values": [...]}`: the filter's name is AWS's and stays; a naming
 * filter's listed values are names, as in the shorthand (filterValues). `pos` is past `Values:`.
 */
function filterList (text: string, filter: string, pos: number, next: number, sink: MatchSink): number {
  const role = filterRole(filter)
  if (role === null || text.charCodeAt(pos) !== 91 /* [ */) return next
  return emitList(text, pos + 1, role, filter, sink)
}

function endsFilterValue (c: number): boolean {
  // whitespace , " ' \ ] } ) ;
  return c <= 32 || c === 44 || c === 34 || c === 39 || c === 92 || c === 93 || c === 125 || c === 41 || c === 59
}

/** `{"key":"ec2:ResourceTag/Name","values":{"items":[{"value":"x"}, ...]}}` (`sts decode-authorization-message`). */
const ITEMS_AFTER = /[ \t]*,[ \t\r\n]*\\?["']?values\\?["']?[ \t]*:[ \t]*\{[ \t\r\n]*\\?["']?items\\?["']?[ \t]*:[ \t]*\[/y
const ITEM_VALUE = /[ \t\r\n]*\{[ \t\r\n]*\\?["']?value\\?["']?[ \t]*:[ \t]*/y
const ITEM_GAP = /[ \t\r\n]*\}[ \t\r\n]*,?/y

/** The values listed under a naming condition key, as in decoded authorization messages; -1 when none follow. */
function itemValues (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): number {
  ITEMS_AFTER.lastIndex = pos
  if (ITEMS_AFTER.exec(text) === null) return -1
  let at = ITEMS_AFTER.lastIndex
  let end = -1
  for (let n = 0; n < MAX_FILTER_VALUES; n++) {
    ITEM_VALUE.lastIndex = at
    if (ITEM_VALUE.exec(text) === null) break
    const item = parseValue(text, ITEM_VALUE.lastIndex)
    if (item === null) break
    const kind = classifyValue(role, text.slice(item.start, item.end), key)
    if (kind === null) return end < 0 ? item.start : end // an ARN or id: the scanner's
    end = emit(text, item.start, item.end, item.next, kind, sink)
    ITEM_GAP.lastIndex = item.next
    if (ITEM_GAP.exec(text) === null) break
    at = ITEM_GAP.lastIndex
  }
  return end
}
/** `terraform -json` resource objects: `"resource_type":"aws_instance","resource_name":"web"` is the local name in the configuration. */
const TERRAFORM_TYPE_BEFORE = /"resource_type"[ \t]*:[ \t]*"[a-z0-9]+_[a-z0-9_]+"[ \t]*,[ \t]*"?$/

function isBlank (c: number): boolean {
  return c === 32 || c === 9
}

const ECS_CLUSTER_FLAG: FieldRole = { kind: 'ecs_cluster', role: 'name' }
const EKS_CLUSTER_FLAG: FieldRole = { kind: 'eks_cluster', role: 'name' }
/** The line's command up to a flag: `eksctl ...` or `aws [options] eks ...` (their `--cluster` names an EKS cluster). */
const EKS_COMMAND = /(?:^|[\s;|&(`])(?:eksctl|aws(?:[ \t]+--?[a-z][a-z-]*(?:[ \t]+[^\s-]\S*)?)*[ \t]+eks)[ \t]/
/** Commands whose `--name` is the cluster's: `eksctl create cluster`, `aws eks update-kubeconfig`, `aws eks describe-cluster`. */
const EKS_CLUSTER_COMMAND = /(?:^|[\s;|&(`])(?:eksctl[ \t]+[a-z]{1,20}[ \t]+cluster|aws(?:[ \t]+--?[a-z][a-z-]*(?:[ \t]+[^\s-]\S*)?)*[ \t]+eks[ \t]+(?:update-kubeconfig|[a-z]{1,20}-cluster))[ \t]/
const PASS_FLAG: FieldRole = { kind: 'connection_secret', role: 'secret' }
const IAM_ROLE_FLAG: FieldRole = { kind: 'iam_role', role: 'name' }

/** A CLI flag's last words may say what it holds: `--sse-kms-key-id` is a `kms-key-id`. */
function flagRole (key: string): FieldRole | null {
  if (key === 'cluster') return ECS_CLUSTER_FLAG // `aws ecs update-service --cluster x`, `eksctl --cluster x`
  if (key === 'pass') return PASS_FLAG // `redis-cli --pass x`
  if (key === 'iam-role') return IAM_ROLE_FLAG // `aws ssm create-activation --iam-role x` (`role` alone is a chat word, not a flag's)
  const role = fieldRole(key)
  if (role !== null) return role
  for (let dash = key.indexOf('-'), n = 0; dash > 0 && n < 4; dash = key.indexOf('-', dash + 1), n++) {
    const tail = fieldRole(key.slice(dash + 1))
    if (tail !== null && tail.role !== 'tag' && tail.role !== 'tagkey') return tail
  }
  return null
}

const ECS_SERVICE_FLAG: FieldRole = { kind: 'ecs_service', role: 'name' }
const ECS_CONTAINER_FLAG: FieldRole = { kind: 'resource_name', role: 'name' }
/** The line's command up to a flag: `aws [options] ecs ...` or `ecs-cli ...`. */
const ECS_COMMAND = /(?:^|[\s;|&(`])(?:aws(?:[ \t]+--?[a-z][a-z-]*(?:[ \t]+[^\s-]\S*)?)*[ \t]+ecs|ecs-cli)[ \t]/
const AWS_CLI_COMMAND = /(?:^|[\s;|&(`])aws[ \t]+\S/

/** The command's text before `start`, over lines continued by a backslash. */
function lineBefore (text: string, start: number): string {
  let lineStart = start
  for (;;) {
    while (lineStart > 0 && start - lineStart < 512 && text.charCodeAt(lineStart - 1) !== 10) lineStart--
    const end = text.charCodeAt(lineStart - 2) === 13 ? lineStart - 3 : lineStart - 2
    if (lineStart === 0 || start - lineStart >= 512 || text.charCodeAt(end) !== 92) return text.slice(lineStart, start)
    lineStart--
  }
}

/** `aws ecs update-service --service x`, `describe-services --services x y`: ECS services, `execute-command --container x` a task's container (these flags of other tools say nothing). */
function ecsServiceFlag (text: string, start: number, key: string): FieldRole | null {
  const named = key === 'service' || key === 'services' ? ECS_SERVICE_FLAG : key === 'container' ? ECS_CONTAINER_FLAG : null
  return named !== null && ECS_COMMAND.test(lineBefore(text, start)) ? named : null
}

/** `eksctl get nodegroup --cluster x`, `aws eks ... --cluster x`: an EKS cluster, not the ECS one `--cluster` names elsewhere;
 * `eksctl create cluster --name x`, `aws eks update-kubeconfig --name x`: the cluster's name. */
function eksClusterFlag (text: string, start: number, key: string): FieldRole | null {
  if (key === 'cluster') return EKS_COMMAND.test(lineBefore(text, start)) ? EKS_CLUSTER_FLAG : null
  return key === 'Name' && EKS_CLUSTER_COMMAND.test(lineBefore(text, start)) ? EKS_CLUSTER_FLAG : null
}

const SECURE_VALUE_FLAG: FieldRole = { kind: 'connection_secret', role: 'secret' }
/** How far after `--value` the rest of its command is read for `SecureString`. */
const COMMAND_REST_MAX = 512

/** `aws ssm put-parameter --type SecureString --value x` (the type before or after it): the value is a secret. */
function secureStringFlag (text: string, start: number, key: string): FieldRole | null {
  if (key !== 'value') return null
  const before = lineBefore(text, start)
  if (!before.includes('put-parameter')) return null
  const limit = Math.min(text.length, start + COMMAND_REST_MAX)
  const newline = indexWithin(text, '\n', start, limit)
  return before.includes('SecureString') || text.slice(start, newline < 0 ? limit : newline).includes('SecureString') ? SECURE_VALUE_FLAG : null
}

function isAwsCliLine (text: string, start: number): boolean {
  return AWS_CLI_COMMAND.test(lineBefore(text, start))
}

/** The AWS CLI takes a list flag's items blank-separated (`--services a b`, `--key-names a b`): each up to the next flag or the line's end. */
function flagItems (text: string, first: ValueSpan, role: FieldRole, key: string, sink: MatchSink): number {
  let next = emit(text, first.start, first.end, first.next, classifyValue(role, text.slice(first.start, first.end), key) as string, sink)
  for (let n = 0; n < 100; n++) {
    let k = next
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
    if (k === next || k >= text.length || text.charCodeAt(k) === 45 /* - */) return next
    const item = parseValue(text, k)
    if (item === null) return next
    const kind = classifyValue(role, text.slice(item.start, item.end), key)
    if (kind === null) return item.start
    next = emit(text, item.start, item.end, item.next, kind, sink)
  }
  return next
}

const CONSTANT = /^[A-Z][A-Z0-9_]+$/

/** `f(Bucket=BUCKET, Key=key)`: `=` right before the value, `,` or `)` right after. */
function isKeywordArgument (text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end)
  return text.charCodeAt(start - 1) === 61 && (next === 44 || next === 41)
}
const MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Code, not a name: `Bucket=BUCKET` (a constant), `Bucket=bucket` (a variable named after the
 * field), `Bucket=record["s3"]...`, `os.environ[...]`, `iam.Role.fromRoleArn(...)` (subscripts,
 * calls), `TABLE_NAME: jobs.tableName` (a member). A quoted string is a literal.
 */
const CODE_KEYWORDS: ReadonlySet<string> = new Set(['new', 'await', 'yield', 'typeof', 'function', 'async', 'lambda', 'require', 'import'])

function isCode (text: string, start: number, end: number, raw: string, key: string, quoted: boolean): boolean {
  if (quoted) return false
  const next = text.charCodeAt(end)
  if (next === 40 || next === 91 || raw.includes('(') || raw.includes('[')) return true
  if (raw.length <= 256 && TERRAFORM_REFERENCE.test(raw) && isHclAssignment(text, start)) return true
  if (CODE_KEYWORDS.has(raw)) return true // `const bucket = new sst.aws.Bucket(...)`: an expression, no name
  if ((IDENTIFIER.test(raw) || MEMBER_EXPRESSION.test(raw)) && LOGICAL_AFTER.test(text.slice(end, end + 8))) return true // `domainName: origin || 'x'`, `bucket: process.env.BUCKET ?? 'x'`: an expression
  if (raw.length > 64 || raw.includes('-')) return false // names have dashes; code has none
  if (CONSTANT.test(raw)) return isKeywordArgument(text, start, end) // YAML `FunctionName: ORDERS_SYNC` is a name
  if (MEMBER_EXPRESSION.test(raw)) return /[a-z][A-Z]/.test(raw)
  if (!IDENTIFIER.test(raw)) return false
  const variable = normaliseKey(raw)
  const field = normaliseKey(key)
  return variable === field || `${variable}name` === field || variable === `${field}name`
}
const LIST_GAP = /[\s,]*/y
/** A logical operator after a value and its other operand: `|| 'x'`, `?? x`, `&& x` (JavaScript, TypeScript); not a table's `||` border. */
const LOGICAL_AFTER = /^[ \t]{0,4}(?:\|\||\?\?|&&)[ \t]{1,4}[^\s|]/

/**
 * A Terraform (or Terragrunt) reference: `module.eks.cluster_name`, `var.function_name`,
 * `local.name`, `each.value.x`, `dependency.s3.outputs.y`, a resource's or data source's
 * attribute (`aws_s3_bucket.logs.id`, `data.aws_iam_role.x.arn`).
 */
const TERRAFORM_REFERENCE = /^(?:(?:module|var|local|each|count|self|path|terraform|dependency)\.|(?:data\.)?(?:aws|awscc|google|azurerm|kubernetes|helm|random|null|time|tls|archive|local)_[a-z0-9_]{1,64}\.)[A-Za-z_][\w-]*(?:\.[A-Za-z_*][\w-]*)*$/

/** HCL's `key = value`: a `=` (no `==`, `!=`, `<=`, `>=`) and blanks right before the value at `start`. */
function isHclAssignment (text: string, start: number): boolean {
  let k = start
  while (k > 0 && start - k < 64 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
  const before = text.charCodeAt(k - 2)
  return text.charCodeAt(k - 1) === 61 && before !== 61 && before !== 33 && before !== 60 && before !== 62
}

/** `"ReadReplicaDBInstanceIdentifiers": [ "a", "b" ]`, `subnet_ids = ["x"]`: each quoted item. */
function emitList (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): number {
  for (let n = 0; n < 100; n++) {
    LIST_GAP.lastIndex = pos
    LIST_GAP.exec(text)
    const q = text.charCodeAt(LIST_GAP.lastIndex)
    if (q !== 34 && q !== 39 && q !== 92) return pos
    const item = parseValue(text, LIST_GAP.lastIndex)
    if (item === null) return pos
    const itemKind = classifyValue(role, text.slice(item.start, item.end), key)
    if (itemKind === null) return item.start // let the scanner look inside (ARNs, ids)
    sink.push(item.start, item.end, wholeIdKind(text.slice(item.start, item.end)) ?? itemKind)
    pos = item.next
  }
  return pos
}

function emit (text: string, start: number, end: number, next: number, kind: string, sink: MatchSink): number {
  sink.push(start, end, wholeIdKind(text.slice(start, end)) ?? kind)
  return next
}

/** An item of serverless's `functions:` listing: `  fanout: pika-notify-prod-fanout (4.2 MB)`. */
const LISTED_FUNCTION = /[A-Za-z0-9_-]{1,64}:[ \t]+([A-Za-z0-9_.-]{1,140})(?=[ \t]+\(|[ \t]*\r?(?:\n|$))/y

/**
 * `functions:` alone on its line, then one item a line, all at one deeper indent, as
 * `serverless deploy` and `serverless info` print them; `pos` is past the colon.
 */
export function handleFunctionListing (text: string, keyStart: number, pos: number, sink: MatchSink): number {
  let at = pos
  while (isBlank(text.charCodeAt(at)) || text.charCodeAt(at) === 13) at++
  if (text.charCodeAt(at) !== 10) return -1
  const indent = keyStart - lineStart(text, keyStart)
  let itemIndent = -1
  let end = -1
  for (let n = 0; n < 500 && at < text.length; n++) {
    const from = at + 1
    let e = from
    while (text.charCodeAt(e) === 32) e++
    if (e - from <= indent || (itemIndent >= 0 && e - from !== itemIndent)) break
    itemIndent = e - from
    LISTED_FUNCTION.lastIndex = e
    const m = LISTED_FUNCTION.exec(text)
    if (m === null || !isNameCandidate(m[1])) break
    const nameEnd = LISTED_FUNCTION.lastIndex
    sink.push(nameEnd - m[1].length, nameEnd, 'lambda_function')
    end = nameEnd
    at = indexWithin(text, '\n', nameEnd, nameEnd + 256)
    if (at < 0) break
  }
  return end
}

function lineStart (text: string, pos: number): number {
  let k = pos
  while (k > 0 && k > pos - 256 && text.charCodeAt(k - 1) !== 10) k--
  return k
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
const PHYSICAL_ID_KINDS: Readonly<Record<string, string>> = {
  'S3::Bucket': 's3_bucket', 'Lambda::Function': 'lambda_function', 'DynamoDB::Table': 'dynamodb_table',
  'IAM::Role': 'iam_role', 'IAM::User': 'iam_user', 'IAM::Group': 'iam_group', 'IAM::InstanceProfile': 'iam_instance_profile',
  'RDS::DBInstance': 'rds_instance', 'RDS::DBCluster': 'rds_cluster', 'Logs::LogGroup': 'log_group',
  'ECR::Repository': 'ecr_repository', 'EKS::Cluster': 'eks_cluster', 'ECS::Cluster': 'ecs_cluster',
  'Kinesis::Stream': 'kinesis_stream', 'SSM::Parameter': 'ssm_parameter', 'CloudFormation::Stack': 'cloudformation_stack'
}
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


/** How far back the `[` of a CloudWatch metric array may stand from a dimension name. */
const METRIC_ARRAY_REACH = 400

/**
 * A dimension of a CloudWatch metric array (dashboards, `get-metric-data` queries):
 * `["AWS/Lambda","Errors","FunctionName","<name>"]`, also inside a JSON string (`\"`). The key
 * text[keyStart, keyEnd) names what the value after the comma at `pos` is. Only in an array
 * whose first item is an `AWS/` namespace or the `"..."`/`"."` shorthand of the one above it
 * (a CSV header `"FunctionName","Runtime"` is no such array); -1 when this is none.
 */
export function handleMetricDimension (text: string, keyStart: number, keyEnd: number, pos: number, sink: MatchSink): number {
  const role = fieldRole(text.slice(keyStart, keyEnd))
  if (role === null || role.role !== 'name') return -1
  const open = lastIndexWithin(text, 91 /* [ */, keyStart, keyStart - METRIC_ARRAY_REACH)
  if (open < 0) return -1
  for (let k = open + 1; k < keyStart; k++) {
    const c = text.charCodeAt(k)
    if (c === 93 || c === 123 || c === 125 || c === 10) return -1 // `]`, `{`, `}`, a new line: not one flat array
  }
  let first = open + 1
  while (first < keyStart && (isBlank(text.charCodeAt(first)) || text.charCodeAt(first) === 92 || text.charCodeAt(first) === 34)) first++
  if (!text.startsWith('AWS/', first) && text.charCodeAt(first) !== 46 /* . */) return -1
  while (isBlank(text.charCodeAt(pos))) pos++
  const value = parseValue(text, pos)
  if (value === null || !value.quoted) return -1
  const kind = classifyValue(role, text.slice(value.start, value.end), text.slice(keyStart, keyEnd))
  return kind === null ? value.start : emit(text, value.start, value.end, value.next, kind, sink)
}

/** A quoted bucket literal as a call argument (also JSON-escaped: \"x\"), then `,` or `)`. */
const BUCKET_ARG = /([ \t]*\\?)(["'])([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\\?\2[ \t]*[,)]/y
/** A quoted name literal as a call's only argument: `Table("orders")` (SQLAlchemy's `Table("users", metadata)` has more). */
const NAME_ARG = /([ \t]*\\?)(["'])([A-Za-z0-9][A-Za-z0-9_.+=@-]{0,254})\\?\2[ \t]*\)/y
/** A call's first argument is short: the search for its comma stays bounded. */
const ARG_MAX = 200

/**
 * SDK calls on an object (`x.Table(`) whose first quoted argument names a resource: boto3's resource
 * constructors (`s3.Bucket("b")`, `s3.Object("b", key)`, `dynamodb.Table("t")`, `iam.Role("r")`) and
 * the Java SDK's (`dynamoDB.getTable("t")`, `s3.getObject("b", key)`). Buckets are read by bucket shape.
 */
const SDK_CALLS: ReadonlyMap<string, string> = new Map([
  ['Bucket', 's3_bucket'], ['Object', 's3_bucket'], ['ObjectSummary', 's3_bucket'], ['BucketPolicy', 's3_bucket'],
  ['BucketVersioning', 's3_bucket'], ['BucketLifecycleConfiguration', 's3_bucket'], ['BucketCors', 's3_bucket'],
  ['getObject', 's3_bucket'], ['putObject', 's3_bucket'], ['deleteObject', 's3_bucket'], ['listObjects', 's3_bucket'],
  ['listObjectsV2', 's3_bucket'], ['getObjectMetadata', 's3_bucket'], ['doesBucketExistV2', 's3_bucket'],
  ['doesObjectExist', 's3_bucket'], ['createBucket', 's3_bucket'], ['deleteBucket', 's3_bucket'], ['getUrl', 's3_bucket'],
  ['Table', 'dynamodb_table'], ['getTable', 'dynamodb_table'], ['Role', 'iam_role'], ['User', 'iam_user'],
  ['InstanceProfile', 'iam_instance_profile'], ['Stack', 'cloudformation_stack']
])
const SDK_ARG_ROLE: FieldRole = { kind: 'resource_name', role: 'name' }
/** A builder method's string argument: `("x")`, or the first of several (`.table("x", TableSchema...)`). */
const BUILDER_ARG = /\(([ \t]*)"([^"\\\n]{1,1024})"[ \t]*[,)]/y

/**
 * SDK builders name a field by a method (Java v2 `.tableName("x")`, `.bucket("x")`, v1
 * `.withBucketName("x")`, Rust `.table_name("x")`, `.secret_id("x")`): the word text[i, j)
 * after a `.`, before `("`. A name or secret field's method takes its value as that field would.
 */
export function handleBuilderCall (text: string, i: number, j: number, sink: MatchSink): number {
  const first = text.charCodeAt(i)
  if (first < 97 || first > 122) return -1 // `new sst.aws.Bucket("Uploads", ...)`: a construct and its id, not a builder
  const role = fieldRole(text.slice(i, j))
  if (role === null || (role.role !== 'name' && role.role !== 'secret')) return -1
  BUILDER_ARG.lastIndex = j
  const m = BUILDER_ARG.exec(text)
  if (m === null) return -1
  const kind = classifyValue(role, m[2], text.slice(i, j))
  if (kind === null) return -1
  const start = j + 2 + m[1].length
  return emit(text, start, start + m[2].length, start + m[2].length, kind, sink)
}
/** The longest word of SDK_CALLS: longer words before `(` are not looked up. */
export const SDK_CALL_MAX = Math.max(...[...SDK_CALLS.keys()].map(w => w.length))

/**
 * A resource named by an SDK call, the word text[i, j) right before `(`: SDK_CALLS, and boto3's
 * transfers with the bucket second or first: `s3.upload_file(path, "bucket", key)`,
 * `download_file("bucket", key, path)`, `upload_fileobj`/`download_fileobj`. Only a quoted literal
 * (a variable is code); -1 otherwise.
 */
export function handleBucketCall (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  let second = false
  let kind: string | undefined = 's3_bucket'
  if ((len === 4 && text.startsWith('file', i)) || (len === 7 && text.startsWith('fileobj', i))) {
    if (text.startsWith('upload_', i - 7)) second = true
    else if (!text.startsWith('download_', i - 9)) return -1
  } else if (text.charCodeAt(i - 1) !== 46 /* . */) return -1
  else if ((kind = SDK_CALLS.get(text.slice(i, j))) === undefined) return builderName(text, i, j, sink)
  let pos = j + 1
  if (second && (pos = afterFirstArgument(text, pos)) < 0) return -1
  const re = kind === 's3_bucket' ? BUCKET_ARG : NAME_ARG
  re.lastIndex = pos
  const m = re.exec(text)
  if (m === null || (kind !== 's3_bucket' && classifyValue(SDK_ARG_ROLE, m[3], 'name') === null)) return -1 // a plain word too: the call says what it is
  const start = pos + m[1].length + 1
  sink.push(start, start + m[3].length, kind)
  return start + m[3].length
}

/**
 * A builder's method named after a name field (CDK Java `.bucketName("acme-" + stage)`, SDK for
 * Java v2 `.tableName("orders")`): its quoted argument, and what is concatenated to it, is the
 * field's value. text[i, j) is the method, after a `.`; -1 when it names nothing.
 */
function builderName (text: string, i: number, j: number, sink: MatchSink): number {
  if (!hasFieldRole(text, i, j)) return -1
  const key = text.slice(i, j)
  const role = fieldRole(key)
  if (role === null || role.role !== 'name') return -1
  let pos = j + 1
  while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9) pos++
  const value = parseValue(text, pos)
  if (value === null || !value.quoted) return -1
  const kind = classifyValue(role, text.slice(value.start, value.end), key)
  if (kind === null) return -1
  return concatenation(text, emit(text, value.start, value.end, value.next, kind, sink), role, key, sink)
}

/** Just past the comma that ends the call argument starting at `pos` (outside quotes and brackets), or -1. */
function afterFirstArgument (text: string, pos: number): number {
  let depth = 0
  let quote = 0
  const limit = Math.min(text.length, pos + ARG_MAX)
  for (let k = pos; k < limit; k++) {
    const c = text.charCodeAt(k)
    if (quote !== 0) { if (c === quote) quote = 0; else if (c === 92) k++; continue }
    if (c === 34 || c === 39) quote = c
    else if (c === 40 || c === 91 || c === 123) depth++
    else if (c === 41 || c === 93 || c === 125) { if (depth-- === 0) return -1 }
    else if (c === 44 && depth === 0) return k + 1
    else if (c === 10) return -1
  }
  return -1
}

const IAM_NAME = /[A-Za-z0-9+=,.@_-]{1,64}/y
/** A line holding one IAM name alone (the IMDS listing's answer), up to its end. */
const IAM_NAME_LINE = /[ \t]*([A-Za-z0-9+=,.@_-]{1,64})[ \t]*\r?(?:\n|$)/y

/**
 * EC2 instance metadata: `.../meta-data/iam/security-credentials/<role>` names the instance's
 * role; a request for the listing (`.../security-credentials/` then the end of the command) is
 * answered by the role name alone on the next line. `i` is at `credentials`, `j` at its `/`.
 */
export function handleImdsRole (text: string, i: number, j: number, sink: MatchSink): number {
  if (!text.startsWith('iam/security-', i - 13)) return -1
  IAM_NAME.lastIndex = j + 1
  if (IAM_NAME.test(text)) {
    sink.push(j + 1, IAM_NAME.lastIndex, 'iam_role')
    return IAM_NAME.lastIndex
  }
  const eol = indexWithin(text, '\n', j, j + 200)
  if (eol < 0) return -1
  IAM_NAME_LINE.lastIndex = eol + 1
  const m = IAM_NAME_LINE.exec(text)
  if (m === null || !/[-_.0-9]|[a-z][A-Z]/.test(m[1])) return -1
  const at = text.indexOf(m[1], eol + 1)
  sink.push(at, at + m[1].length, 'iam_role')
  return at + m[1].length
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

/** At most this many rows of a dash-underlined table are read. */
const DASH_TABLE_ROWS = 500

/**
 * PowerShell `Format-Table` (and other dash-underlined) output: a header row, a row of dash
 * groups under it, then data rows. A column whose header is a name field (`BucketName`,
 * `FunctionName`, `RoleName`) names the value of each row's cell in it. `i` is at the first dash
 * of the underline; matches go to the deferred list (the rows are scanned as usual too).
 * Returns the end of the underline, or -1 when the line is no such underline.
 */
export function handleDashTable (text: string, i: number, sink: MatchSink): number {
  let eol = indexWithin(text, '\n', i, i + 1024)
  if (eol < 0) eol = Math.min(text.length, i + 1024)
  const lineEnd = text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol
  const groups: Array<[number, number]> = [] // offsets in the line
  for (let k = i; k < lineEnd;) {
    const c = text.charCodeAt(k)
    if (c === 32) { k++; continue }
    if (c !== 45) return -1
    const g = k
    while (k < lineEnd && text.charCodeAt(k) === 45) k++
    if (k - g < 2) return -1
    groups.push([g - i, k - i])
  }
  if (groups.length === 0 || i < 2) return -1
  const headerStart = text.lastIndexOf('\n', i - 2) + 1
  const header = text.slice(headerStart, i - 1).replace(/\r$/, '')
  const columns: Array<{ from: number, to: number, key: string, role: FieldRole }> = []
  for (let n = 0; n < groups.length; n++) {
    const [gs, ge] = groups[n]
    const key = header.slice(gs, ge).trim()
    if (key === '' || (gs > 0 && header.charCodeAt(gs - 1) !== 32)) return -1
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) continue
    const role = fieldRole(key)
    if (role !== null && role.role === 'name') columns.push({ from: gs, to: n + 1 < groups.length ? groups[n + 1][0] : Infinity, key, role })
  }
  if (columns.length === 0) return eol
  const deferred = sink.deferred ?? (sink.deferred = [])
  let rowStart = eol + 1
  for (let rows = 0; rowStart < text.length && rows < DASH_TABLE_ROWS; rows++) {
    let rowEnd = indexWithin(text, '\n', rowStart, rowStart + 4096)
    if (rowEnd < 0) rowEnd = Math.min(text.length, rowStart + 4096)
    const row = text.slice(rowStart, rowEnd).replace(/\r$/, '')
    if (row.trim() === '') break
    for (const col of columns) {
      const cell = row.slice(col.from, Math.min(row.length, col.to))
      const value = cell.trim()
      if (value === '' || /\s/.test(value)) continue
      const kind = classifyValue(col.role, value, col.key)
      if (kind === null) continue
      const at = rowStart + col.from + cell.indexOf(value)
      deferred.push({ start: at, end: at + value.length, kind })
    }
    rowStart = rowEnd + 1
  }
  return eol
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

/** AWS validation errors: `Value 'x' at 'roleArn' failed to satisfy constraint: ...`. */
const VALIDATION_VALUE = /Value '([^'\n]{1,1024})' at '([A-Za-z0-9_.]{1,256})' failed to satisfy/yd

/**
 * The value of an AWS validation error names what its field says (`roleArn`, `tableName`,
 * `input.functionName`): a name where an ARN was due is still the role's. `i` is at `Value`;
 * returns where scanning continues, or -1 (ARNs and ids in the value are the scanner's).
 */
export function handleValidationValue (text: string, i: number, sink: MatchSink): number {
  VALIDATION_VALUE.lastIndex = i
  const m = VALIDATION_VALUE.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined) return -1
  const field = m[2].slice(m[2].lastIndexOf('.') + 1).replace(/(?:Arn|ARN)$/, 'Name')
  const role = fieldRole(field)
  if (role === null || role.role !== 'name') return -1
  const kind = classifyValue(role, m[1], field)
  if (kind === null) return -1
  return emit(text, span[0], span[1], VALIDATION_VALUE.lastIndex, kind, sink)
}

/** A CSV header is one line of at most this many chars; rows are read up to CSV_ROWS or CSV_BYTES. */
const CSV_LINE_MAX = 4096
const CSV_ROWS = 500
const CSV_BYTES = 262_144
/** A header cell: a column name, optionally quoted, no blanks (prose has them). */
const CSV_HEADER_CELL = /^"?[A-Za-z_][A-Za-z0-9_.:/-]{0,80}"?$/

/**
 * CSV with a header row (Athena results, CloudTrail Lake and Config exports): a column whose
 * header is a name field (`requestparameters_bucketname`, `RoleName`) names each row's cell in
 * it. `i` is at a header cell's name (one with a name role); every naming column of the header is
 * read in one pass over the rows, and scanning goes on after the header line. Matches go to the
 * deferred list (the rows are scanned as usual too). Returns -1 when the line is no CSV header
 * with a data row of as many fields under it.
 */
export function handleCsvColumn (text: string, i: number, keyEnd: number, sink: MatchSink): number {
  const own = fieldRole(text.slice(i, keyEnd))
  if (own === null || own.role !== 'name') return -1
  let lineStart = i
  while (lineStart > 0 && i - lineStart < CSV_LINE_MAX && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  let eol = indexWithin(text, '\n', i, lineStart + CSV_LINE_MAX)
  if (eol < 0) return -1
  const header = text.slice(lineStart, text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol).split(',')
  if (header.length < 2 || !header.every(cell => CSV_HEADER_CELL.test(cell))) return -1
  const columns: Array<{ at: number, key: string, role: FieldRole }> = []
  header.forEach((cell, at) => {
    const key = cell.replace(/^"|"$/g, '')
    const role = fieldRole(key)
    if (role !== null && role.role === 'name') columns.push({ at, key, role })
  })
  const headerEnd = eol
  const found: Array<{ start: number, end: number, kind: string }> = []
  const limit = Math.min(text.length, eol + CSV_BYTES)
  for (let rows = 0; rows < CSV_ROWS && eol < limit; rows++) {
    const row = csvFields(text, eol + 1, limit)
    if (row.fields.length !== header.length) {
      if (rows === 0) return -1 // no data row of this table under the line
      break
    }
    for (const col of columns) {
      const [fs, fe] = row.fields[col.at]
      const value = text.slice(fs, fe)
      const kind = value === '' || /\s/.test(value) ? null : classifyValue(col.role, value, col.key)
      if (kind !== null) found.push({ start: fs, end: fe, kind })
    }
    eol = row.end
  }
  const deferred = sink.deferred ?? (sink.deferred = [])
  for (const m of found) deferred.push(m)
  return headerEnd
}

/** A column title of a pipe table (`UserName`, `user_name`, `Function name`). */
const PIPE_TITLE = /^[A-Za-z_][A-Za-z0-9_.:-]{0,40}(?: [A-Za-z0-9_.:-]{1,40}){0,3}$/
const SNAKE_TITLE = /^[a-z][a-z0-9_]{0,60}$/
/** A border under a header: `+---+---+`, `|+---+---+|`, `|---|:--:|`, `--------+--------`. */
const BORDER_LINE = /^[ \t]{0,8}[|+]{0,2}[ \t]{0,8}:?-{3,}[-+:| \t]{0,4096}$/
const MARKDOWN_BORDER = /^[ \t]{0,8}\|[ \t]{0,8}:?-/

/** psql's border under its header, no outer `|`: `--------------------+--------`. */
const PSQL_BORDER = /^-{1,4096}(?:\+-{1,4096}){1,64}[ \t\r]{0,8}$/

/**
 * The trimmed cells of the pipe-table row text[from, to), outer `|` / `||` off; null when the line
 * is no such row. `bare`: psql's rows, no outer `|`, at least one inside.
 */
function pipeCells (text: string, from: number, to: number, bare = false): Array<[number, number]> | null {
  let a = from
  while (a < to && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++
  let b = to
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 13)) b--
  if (bare) {
    if (indexWithin(text, '|', a, b) < 0) return null
  } else if (text.charCodeAt(a) !== 124 || text.charCodeAt(b - 1) !== 124 || b - a < 3) return null
  while (a < b && text.charCodeAt(a) === 124) a++
  while (b > a && text.charCodeAt(b - 1) === 124) b--
  const cells: Array<[number, number]> = []
  for (let s = a, k = a; k <= b; k++) {
    if (k < b && text.charCodeAt(k) !== 124) continue
    let cs = s
    let ce = k
    while (cs < ce && (text.charCodeAt(cs) === 32 || text.charCodeAt(cs) === 9)) cs++
    while (ce > cs && (text.charCodeAt(ce - 1) === 32 || text.charCodeAt(ce - 1) === 9)) ce--
    cells.push([cs, ce])
    s = k + 1
  }
  return cells
}

/** The line around `i`: [start, end) without its newline. */
function lineAround (text: string, i: number): [number, number] {
  let start = i
  while (start > 0 && i - start < CSV_LINE_MAX && text.charCodeAt(start - 1) !== 10) start--
  const nl = indexWithin(text, '\n', i, start + CSV_LINE_MAX)
  return [start, nl < 0 ? Math.min(text.length, start + CSV_LINE_MAX) : nl]
}

/**
 * The header row of a pipe table (`aws ... --output table` over flat objects, Steampipe, psql
 * with borders, markdown), `i` at a cell with a name role: the cells under each naming column are
 * read as that field's values, row by row until the table ends. A header is a row of titles over a
 * border, with three cells or more, snake_case titles or a markdown border: the CLI's key/value
 * rows (`|  KeyName  |  x  |`, two cells, between borders too) are no header. psql's header has no
 * outer `|` and a `---+---` border. Matches go to the
 * deferred list; returns the header line's end, or -1 when this is no header with a row under it.
 */
export function handlePipeColumns (text: string, i: number, sink: MatchSink): number {
  const [lineStart, eol] = lineAround(text, i)
  if (eol >= text.length) return -1
  const [borderStart, borderEnd] = lineAround(text, eol + 1)
  const border = text.slice(borderStart, borderEnd)
  const bare = PSQL_BORDER.test(border)
  const header = pipeCells(text, lineStart, eol, bare)
  if (header === null || header.length < 2) return -1
  if (!bare && !BORDER_LINE.test(border)) return -1
  const titles = header.map(([a, b]) => text.slice(a, b))
  if (!titles.every(title => PIPE_TITLE.test(title))) return -1
  if (!bare && header.length < 3 && !titles.every(title => SNAKE_TITLE.test(title)) && !MARKDOWN_BORDER.test(border)) return -1
  const columns: Array<{ at: number, key: string, role: FieldRole }> = []
  titles.forEach((key, at) => {
    const role = fieldRole(key)
    if (role !== null && role.role === 'name') columns.push({ at, key, role })
  })
  if (columns.length === 0) return -1
  const found: Array<{ start: number, end: number, kind: string }> = []
  let pos = borderEnd
  let rows = 0
  const limit = Math.min(text.length, eol + CSV_BYTES)
  while (rows < CSV_ROWS && pos < limit) {
    const [rowStart, rowEnd] = lineAround(text, pos + 1)
    const row = rowStart > pos ? pipeCells(text, rowStart, rowEnd, bare) : null
    if (row === null || row.length !== header.length || BORDER_LINE.test(text.slice(rowStart, rowEnd))) break
    for (const col of columns) {
      let [vs, ve] = row[col.at]
      while (ve - vs >= 2 && WRAPPERS.includes(text[vs]) && text[ve - 1] === text[vs]) { vs++; ve-- } // `\`x\``, `**x**`, `"x"`
      const value = text.slice(vs, ve)
      const kind = value === '' || /\s/.test(value) ? null : classifyValue(col.role, value, col.key)
      if (kind !== null) found.push({ start: vs, end: ve, kind })
    }
    rows++
    pos = rowEnd
  }
  if (rows === 0) return -1
  const deferred = sink.deferred ?? (sink.deferred = [])
  for (const m of found) deferred.push(m)
  return eol
}
const WRAPPERS = '`*"\''

/** The fields (value spans, quotes excluded) of the CSV line at `pos`, and where the line ends. */
function csvFields (text: string, pos: number, limit: number): { fields: Array<[number, number]>, end: number } {
  const fields: Array<[number, number]> = []
  let k = pos
  const stop = Math.min(limit, pos + CSV_LINE_MAX)
  while (k <= stop) {
    if (text.charCodeAt(k) === 34) { // "a ""quoted"" field"
      let e = k + 1
      while (e < stop && !(text.charCodeAt(e) === 34 && text.charCodeAt(e + 1) !== 34)) e += text.charCodeAt(e) === 34 ? 2 : 1
      fields.push([k + 1, e])
      k = e + 1
    } else {
      let e = k
      while (e < stop && text.charCodeAt(e) !== 44 && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++
      fields.push([k, e])
      k = e
    }
    const c = text.charCodeAt(k)
    if (c !== 44) break
    k++
  }
  while (k < stop && text.charCodeAt(k) !== 10) k++
  return { fields, end: k }
}

/** `aws [--global options] logs ` right before `tail`. */
const AWS_LOGS_BEFORE = /(?:^|[\s;|&(`$])aws(?:[ \t]+--?[a-z][a-z-]{0,30}(?:[ \t=]+[^\s-]\S{0,60})?){0,6}[ \t]+logs[ \t]+$/
/** `aws logs tail <group>`: the positional log group name (at most 8 options may come first: the backtracking stays small). */
const LOGS_TAIL = /tail(?:[ \t]+--?[a-z][a-z-]{0,30}(?:[ \t]+(?!-)[^\s/]{1,40})?){0,8}[ \t]+(['"]?)([A-Za-z0-9_./#-]{1,512})\1(?=\s|$)/y

/**
 * `aws logs tail /ecs/orders-api --follow`: the argument is a log group, masked as log group
 * names are (`/aws/<service>/` readable). `i` is at `tail`, right after `logs `; returns the
 * end of the name, or -1.
 */
export function handleLogsTail (text: string, i: number, sink: MatchSink): number {
  if (!AWS_LOGS_BEFORE.test(text.slice(Math.max(0, i - 120), i))) return -1 // `docker logs tail`
  LOGS_TAIL.lastIndex = i
  const m = LOGS_TAIL.exec(text)
  if (m === null || m[2].startsWith('-') || m[2].startsWith('arn:')) return -1
  const end = LOGS_TAIL.lastIndex - m[1].length
  maskLogGroupName(text, end - m[2].length, end, sink)
  return LOGS_TAIL.lastIndex
}

const SSM_ACTIVATION_CODE: FieldRole = { kind: 'api_key', role: 'secret' }
/** The commands that register a machine with an SSM hybrid activation (Linux, Windows, the setup CLI). */
const SSM_REGISTER_COMMAND = /amazon-ssm-agent|ssm-setup-cli/

/**
 * `amazon-ssm-agent -register -code "x" -id "y" -region r` (and `ssm-setup-cli -activation-code x`):
 * the activation code registers any machine as a managed instance, a secret as `ActivationCode`
 * is. The id is kept as it is under `ActivationId` (alone it registers nothing). `i` is at `code`,
 * after a `-`; returns -1 when the line is no such command or the value is a placeholder.
 */
export function handleSsmActivationCode (text: string, i: number, sink: MatchSink): number {
  const dash = text.startsWith('-activation-', i - 12) ? i - 12 : i - 1
  if (!isBlank(text.charCodeAt(dash - 1)) || !SSM_REGISTER_COMMAND.test(lineBefore(text, dash))) return -1
  let pos = i + 4
  while (isBlank(text.charCodeAt(pos))) pos++
  const value = parseValue(text, pos)
  if (value === null) return -1
  const kind = classifyValue(SSM_ACTIVATION_CODE, text.slice(value.start, value.end), 'ActivationCode')
  if (kind === null) return -1
  sink.push(value.start, value.end, kind)
  return value.next
}

/** `filters = {` / `filter {` opening the block a key stands in: its `name` is an EC2 filter's (the AMI name), no resource's. */
const FILTER_BLOCK_OPENER = /(?:^|[\s{])filters?[ \t]*=?[ \t]*\{[^{}\n]{0,256}$/
/** How many lines above a key its filter block's opener may stand. */
const FILTER_BLOCK_LINES = 6

/** Does the HCL key at `start` stand in a `filters = { ... }` map or a `filter { ... }` block (the same line or a few above)? */
function inFilterBlock (text: string, start: number): boolean {
  let end = start
  for (let n = 0; n < FILTER_BLOCK_LINES && end > 0; n++) {
    const newline = lastIndexWithin(text, 10, end, end - 512)
    if (newline < 0 && end > 512) return false
    const line = text.slice(newline + 1, end)
    if (FILTER_BLOCK_OPENER.test(line)) return true
    if (line.includes('}') || (n > 0 && line.trimEnd().endsWith('{'))) return false // a block closed or another opened
    end = newline
  }
  return false
}

/** AMI names AWS and the distributions publish (`al2023-ami-2023.*-x86_64`, `ubuntu/images/hvm-ssd/ubuntu-jammy-*`, `amzn2-ami-hvm-*`). */
const PUBLIC_AMI_NAME = /^(?:al20\d\d-ami-|amzn2?-ami-|ubuntu\/images\/|ubuntu-(?:pro|minimal|eks)|debian-\d|RHEL-|Windows_Server-|EC2LaunchV2-Windows_Server-|suse-sles-|bottlerocket-|amazon-eks-|fedora-coreos-|Rocky-|CentOS|Deep Learning |aws-elasticbeanstalk-|aws-parallelcluster-)/

/** Past the value at `end` when it is a public AMI name (AWS's, a distribution's, or a pattern of one), else -1. */
function publicAmiNameEnd (text: string, end: number): number {
  const value = parseValue(text, end)
  return value !== null && PUBLIC_AMI_NAME.test(text.slice(value.start, value.end)) ? value.next : -1
}
