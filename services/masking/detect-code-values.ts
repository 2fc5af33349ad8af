// Values written as code: JavaScript template literals, `!Sub` and f-string substitutions, string
// concatenation, `??` / `||` defaults, and telling code (`Bucket=BUCKET`, `var.x`) from a name.
import { type MatchSink, isDigit } from './detect-sink.js'
import { classifyValue, normaliseKey, parseValue, type FieldRole, type ValueSpan } from './detect-fields.js'
import { isBlank } from './detect-emit.js'
import { isAsciiAlnum } from './escapes.js'

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
export function backtickValue (text: string, pos: number): ValueSpan | null {
  const limit = Math.min(text.length, pos + 1 + BACKTICK_VALUE_MAX)
  for (let i = pos + 1; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c === 96) return i === pos + 1 ? null : { start: pos + 1, end: i, next: i + 1, quoted: true }
    if (c === 10 || c === 13) return null
  }
  return null
}

/** A bare `f` right before a quote: Python's f-string (`bucket_name=f"acme-{stage}"`), its value the string. */
export function isFStringPrefix (text: string, value: ValueSpan): boolean {
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
export function templateLiterals (text: string, value: ValueSpan, role: FieldRole, key: string, sink: MatchSink, style: TemplateStyle): number {
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
export function subValue (text: string, pos: number): ValueSpan | null {
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
export function concatenation (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): number {
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
export function defaultAfter (text: string, end: number): ValueSpan | null {
  DEFAULT_OP.lastIndex = end
  if (!DEFAULT_OP.test(text)) return null
  const at = DEFAULT_OP.lastIndex
  const c = text.charCodeAt(at)
  if (c === 96) return backtickValue(text, at)
  const value = c === 34 || c === 39 ? parseValue(text, at) : null
  return value !== null && value.quoted ? value : null
}

const CONSTANT = /^[A-Z][A-Z0-9_]+$/

/** `f(Bucket=BUCKET, Key=key)`: `=` right before the value, `,` or `)` right after. */
function isKeywordArgument (text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end)
  return text.charCodeAt(start - 1) === 61 && (next === 44 || next === 41)
}

/** How far back a constant's declaration is looked for. */
const DECLARATION_WINDOW = 8192

/** `const SECRET_ID = '...'` (or Python's `SECRET_ID = ...`) earlier in the text: `{ SecretId: SECRET_ID }` then passes the constant, no name. */
function isDeclaredBefore (text: string, start: number, constant: string): boolean {
  const from = Math.max(0, start - DECLARATION_WINDOW)
  // `constant` is [A-Z0-9_] only (CONSTANT): safe in a pattern
  return new RegExp(`(?:^|[\\s;(,])${constant}[ \\t]*(?::[ \\t]*[A-Za-z_][\\w.<>]{0,40}[ \\t]*)?=(?!=)`, 'm').test(text.slice(from, start))
}

const MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Code, not a name: `Bucket=BUCKET` (a constant), `Bucket=bucket` (a variable named after the
 * field), `Bucket=record["s3"]...`, `os.environ[...]`, `iam.Role.fromRoleArn(...)` (subscripts,
 * calls), `TABLE_NAME: jobs.tableName` (a member). A quoted string is a literal.
 */
const CODE_KEYWORDS: ReadonlySet<string> = new Set(['new', 'await', 'yield', 'typeof', 'function', 'async', 'lambda', 'require', 'import'])

export function isCode (text: string, start: number, end: number, raw: string, key: string, quoted: boolean): boolean {
  if (quoted) return false
  const next = text.charCodeAt(end)
  if (next === 40 || next === 91 || raw.includes('(') || raw.includes('[')) return true
  if (raw.length <= 256 && TERRAFORM_REFERENCE.test(raw) && isHclAssignment(text, start)) return true
  if (CODE_KEYWORDS.has(raw)) return true // `const bucket = new sst.aws.Bucket(...)`: an expression, no name
  if ((IDENTIFIER.test(raw) || MEMBER_EXPRESSION.test(raw)) && LOGICAL_AFTER.test(text.slice(end, end + 8))) return true // `domainName: origin || 'x'`, `bucket: process.env.BUCKET ?? 'x'`: an expression
  if (raw.length > 64 || raw.includes('-')) return false // names have dashes; code has none
  if (CONSTANT.test(raw)) return isKeywordArgument(text, start, end) || isDeclaredBefore(text, start, raw) // YAML `FunctionName: ORDERS_SYNC` is a name
  if (MEMBER_EXPRESSION.test(raw)) return /[a-z][A-Z]/.test(raw)
  if (!IDENTIFIER.test(raw)) return false
  const variable = normaliseKey(raw)
  const field = normaliseKey(key)
  return variable === field || `${variable}name` === field || variable === `${field}name`
}

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

/** An identifier path called or subscripted: `sm.get_secret_value(`, `os.environ[`, `getpass(`. */
const CALLED_PATH = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,6}[([]/
/** A class built where a secret's value stands (`auth = AWSV4SignerAuth(creds, region, "aoss")`, `HTTPBasicAuth(user, pw)`): CamelCase ending in a capitalised word. */
const CLASS_NAME = /^[A-Z][A-Za-z0-9]{0,40}[a-z0-9][A-Z][a-z]{2,}$/
/** Roots of configuration lookups: `process.env.DB_PASSWORD`, `settings.SECRET_KEY`, `this.config.token`. */
const CONFIG_ROOT = /^(?:process\.env|import\.meta\.env|os\.environ|settings|config|conf|cfg|this|self|props|env|secrets|vars|ENV|args|options|opts|ctx|context|params|credentials|creds|Rails\.application\.credentials|System)\.[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,6}$/

/**
 * Code where a secret's value stands (`secret = sm.get_secret_value(SecretId="x")`, `password:
 * process.env.DB_PASSWORD`): no secret to mask, and the scanner must read on inside the call (the
 * secret's name). A call needs its closing bracket on the line, nothing glued after it, and a path
 * of words (`sm.get_x`, `get_token`, `getpass`; `Ab(cd)1234` is a password).
 */
export function isCodeSecret (text: string, start: number, raw: string): boolean {
  if (CONFIG_ROOT.test(raw)) return true
  const call = CALLED_PATH.exec(raw)
  if (call === null) return false
  const path = call[0].slice(0, -1)
  if (!path.includes('.') && !path.includes('_') && !/^[a-z]{3,}$/.test(path) && !(CLASS_NAME.test(path) && !isDigit(text.charCodeAt(start + call[0].length)))) return false // `Ab(cd)1234`, `Tr0ub(4dor)`: a password
  const close = call[0].endsWith('(') ? 41 : 93
  for (let k = start + call[0].length, end = Math.min(text.length, k + 256); k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === close) return !isAsciiAlnum(text.charCodeAt(k + 1)) // `f(x)1234` goes on as a password
    if (c === 10 || c === 13) return false
  }
  return false
}
