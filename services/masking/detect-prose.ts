// Names in prose: `S3 bucket acme-payroll-exports`, `buckets app-static-assets and user-uploads`,
// `RDS instance prod-db-master`, and names that say what they are (`app-logs-bucket`).
// Conservative: a candidate needs a `-`, `_`, `.`, digit or inner capital, and is never a
// region, instance type, version, date, plain word or stop word.
import { AWS_SERVICE_WORDS, CAMEL_NOUNS, K8S_SYSTEM_NAMESPACES, PROSE_NOUNS, PROSE_STOPWORDS, SERVICE_NAME_NOUNS } from './catalogue.js'
import { UUID_RE, indexWithin, isAlnum, isDigit, lastIndexWithin, type MatchSink } from './detect-sink.js'
import { beforeGlobalOptions } from './detect-cli-options.js'
import { wholeIdKind } from './detect-ids.js'
import { isAwsHost } from './detect-host.js'
import { pastGluedEscapes } from './escapes.js'
import { isAwsErrorCode, isAwsOwnName } from './detect-fields.js'
import { isNameAfterCopula, isNameAfterService } from './prose-name-shape.js'
import { lookupTable } from './lookup-table.js'
import { nounKind } from './prose-noun-kind.js'

function nounPattern (noun: string): string {
  if (/^[a-z]/.test(noun) === false) return noun // Korean
  const plural = noun.endsWith('y') ? `(?:y|ies)` : '(?:s|es)?'
  const stem = noun.endsWith('y') ? noun.slice(0, -1) : noun
  const words = stem.split(' ').map(w => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  const upper = noun.length <= 3 ? `|${noun.toUpperCase()}s?` : ''
  const camel = CAMEL_NOUNS[noun] === undefined ? '' : `|${CAMEL_NOUNS[noun]}s?`
  return `${words.join('[ \\t]+')}${plural}${upper}${camel}`
}


const nouns = Object.keys(PROSE_NOUNS).sort((a, b) => b.length - a.length)
/** A noun alone, as a whole word (`table`, `state machine`, `DBInstance`). */
export const NOUN_WORD_SOURCE = `(?:${nouns.map(nounPattern).join('|')})(?![A-Za-z0-9_-])`
/** A relative clause between a noun and `is` (`the role it uses is x`, `the bucket that we write to was x`): a pronoun, a verb, a preposition. */
const RELATIVE_CLAUSE_SOURCE = '(?:(?:that|which)[ \\t]+)?(?:it|we|they|you|I|he|she)[ \\t]+[a-z]{2,16}(?:[ \\t]+(?:to|from|in|into|on|with|for|by|at))?[ \\t]+(?:is|was)'

/** Romance order with a preposition: the service after the noun (`el clúster de ElastiCache x`, `la fonction du Lambda x`). */
const SERVICE_AFTER_SOURCE = '(?:de|del|du|da|do|di)[ \\t]+(?:ElastiCache|Redis|Aurora|RDS|EKS|ECS|EC2|S3|SQS|SNS|IAM|KMS|DynamoDB|Lambda|Kinesis|OpenSearch|MemoryDB|DocumentDB|Glue|Backup|ECR|MSK)'

/**
 * A noun followed by the space (and optional `:`, `|` of a table row, `**:`/`:**` of a markdown key, `named`, `is`, or an AWS error
 * message's `with name`, `with the same name`, `with id`, `found for name:`, `already exists:`) before a name.
 */
export const NOUN_SOURCE =
  NOUN_WORD_SOURCE +
  '(?:\\*{1,2}(?=[ \\t]*:))?(?:[ \\t]*[:|\\-–—](?:\\*{1,2}(?=[ \\t]))?)?(?:[ \\t]+(?:named|called|(?:is|was)[ \\t]+(?:named|called)|name(?:[ \\t]+is)?|is|was|' + RELATIVE_CLAUSE_SOURCE + '|' + SERVICE_AFTER_SOURCE + '|S3|ECS|EKS|RDS|IAM|KMS|with[ \\t]+(?:the[ \\t]+same[ \\t]+)?(?:name|id|ID|identifier)[ \\t]*:?|found[ \\t]+for[ \\t]+name[ \\t]*:|already[ \\t]+exists?[ \\t]*:))?(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]{0,16}(?=[a-z0-9`]))' // `S3`, `ECS`: French/Spanish/Italian order (`le bucket S3 <name>`); a name wrapped onto the next line

/** A lower-case hyphenated compound, checked for self-describing segments. */
export const SELF_NAME_SOURCE =
  '[a-z0-9]+(?:[-_][a-z0-9]+)+(?![A-Za-z0-9_\\\\-]|\\.[A-Za-z0-9])'

const NAME_AT = /(\*\*`|\*`|\(`|`|\*\*|\*|\\"|"|'|\(|\[|«[ \u00a0]?|»|„|“|‘|‹|›)?(\/?[A-Za-z0-9][A-Za-z0-9._/-]*[A-Za-z0-9]|[A-Za-z0-9]{2})(`\*\*|`\*|`\)|`|\*\*|\*|\\"|"|'|\)|\]|[ \u00a0]?»|«|“|”|’|›|‹)?/y // `*x*`: markdown italics; `**`x`**`: bold code
const LIST_SEP = /[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*&[ \t]*)/y
const NOT_A_NAME = /^(?:(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-[a-z]+-\d[a-z]?|(?:(?:db|cache|ml|dms|kafka|mq)\.)?[a-z][a-z0-9-]*\.(?:nano|micro|small|medium|(?:\d*x)?large|\d*xlarge|metal(?:-\d{1,3}xl)?)(?:\.(?:search|elasticsearch))?|nodejs\d{1,2}\.x|cloudfront-js-\d\.\d|default[.:][a-z0-9][a-z0-9.-]{0,62}|python\d\.\d{1,2}|java\d{1,2}\.al2|dotnetcore\d\.\d|ruby\d\.\d{1,2}|go1\.x|provided\.al2(?:023)?|eks\.\d{1,3}|\d{1,2}\.\d{1,2}\.mysql_aurora(?:\.\d{1,3}){1,3}|v?\d+(?:\.\d+)+[a-z0-9-]*|\d{4}-\d{2}-\d{2}.*|[\d.,-]+|\d{1,6}(?:\.\d{1,3})?[A-Za-z]{1,3}|\d+-[a-z]+|[A-Z_]+_\d+|arn:.*|.*:\/\/.*|.*\.amazonaws\.com.*)$/
/** API field names in CamelCase (`AccessKeyId`, `RoleArn`, `FunctionName`): a label, not a resource's name. */
const FIELD_LABEL = /^(?:[A-Z][a-z0-9]+){1,6}(?:Id|Ids|Arn|Name|Identifier)$/
const PATH_KINDS = new Set(['ssm_parameter', 'secret_name', 'ecr_repository', 'log_group'])
/** Compound adjectives (`event-driven`, `KMS-encrypted`, `account-level`, `IP-based`), lower-cased: no resource is named so. */
const STOP_SUFFIX = /^[a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,2}-(?:based|enabled|disabled|managed|driven|level|wide|facing|optimized|encrypted|protected|backed|generated|coded|lived|grained|tolerant|readable|aware|compatible|friendly|specific|native)$/
const STOP_PREFIX = /^(?:cross|multi|non|pre|post|self|built|well|so|per|in|on|off|up|re|co|sub|semi|anti)-[a-z]+$/

/** A PowerShell cmdlet (`Format-List`, `Get-EC2Instance`, `Write-S3Object`): an approved verb, `-`, a capitalised noun. */
const POWERSHELL_CMDLET = /^(?:Add|Clear|Compare|Convert(?:To|From)?|Copy|Disable|Edit|Enable|Export|Find|ForEach|Format|Get|Group|Import|Initialize|Install|Invoke|Join|Measure|Move|New|Out|Publish|Read|Register|Remove|Rename|Resolve|Restart|Select|Send|Set|Sort|Split|Start|Stop|Tee|Test|Uninstall|Unregister|Update|Use|Wait|Where|Write)-[A-Z][A-Za-z0-9]{1,60}$/

/** MSK's node labels (`b-2` a broker, its log stream too; `z-1` a ZooKeeper node), as detect-host.ts keeps them in hosts (`queue q-1` may be a name). */
const BROKER_LABEL = /^[bz]-[0-9]{1,3}$/

/** Names Kubernetes itself gives (`kube-system`): never a customer's. */
export function isReservedName (name: string): boolean {
  const c = name.charCodeAt(0)
  return (c === 100 || c === 107) && K8S_SYSTEM_NAMESPACES.has(name) // d, k: most names skip the lookup
}

/** Is `name` shaped like a customer resource name rather than a word or AWS value? */
export function isNameCandidate (name: string): boolean {
  // Keys, zone ids and secrets are all upper case or 40 base64 chars: the scanner has shapes for them.
  if (name.length < 3 || name.length > 255 || (name.length === 40 && /^[A-Za-z0-9/+]+$/.test(name)) || !/[a-z]/.test(name) || AWS_SERVICE_WORDS.has(name)) return false
  const lower = name.toLowerCase()
  if (PROSE_STOPWORDS.has(lower) || STOP_PREFIX.test(lower) || STOP_SUFFIX.test(lower) || NOT_A_NAME.test(name) || isReservedName(name)) return false
  if (/^[A-Z][a-z]+(?:-[a-z]+)+$/.test(name)) return false // `State-change`: an English compound, capitalised
  if (POWERSHELL_CMDLET.test(name)) return false // `Instances | Format-List`: a PowerShell pipeline, not a list of names
  if (/^(?:[1-5]xx|p\d{1,3}(?:\.\d+)?|HTTPCode_\w+)$/i.test(name)) return false // `ALB 5xx`, `DB p99`: status classes, percentiles, metrics
  if (BROKER_LABEL.test(name)) return false // `stream b-2` of an MSK broker log, `node z-1`: AWS's label, no name
  if (/[-_.0-9/]/.test(name)) return /[A-Za-z]/.test(name)
  return /[a-z][A-Z]/.test(name) // CamelCase like MyQueue
}

/** Handles a noun match ending at `pos`; returns where scanning continues, or -1 to reject. */
export function handleNoun (text: string, start: number, pos: number, sink: MatchSink): number {
  if (isCommandContext(text, start, false)) return -1
  const ids = isTemplateTypeBefore(text, start) ? skipLogicalIds(text, pos) : -1
  if (ids >= 0) return ids
  const noun = nounOf(text, start, pos)
  const kind = nounKind(text, start, noun, NAMED_AT_END.test(text.slice(start, pos)))
  if (kind === null || !isProseWrap(text, start, pos)) return -1
  const copula = endsWithCopula(text, start, pos)
  const serviceNoun = SERVICE_NAME_NOUNS.has(noun.toLowerCase())
  let at = pastPurposeLabel(text, pos)
  let found = 0
  for (;;) {
    if (text.charCodeAt(at) === 92) at = pastGluedEscapes(text, at, true) // `bucket \u0041name`, `\nname` in text escaped as JSON
    NAME_AT.lastIndex = at
    const m = NAME_AT.exec(text)
    if (m === null) break
    let name = m[2]
    // `a/b` is no one name but a list (`buckets a-1/b-2`) or a name and its path (`bucket logs-1/2024/`)
    if (!PATH_KINDS.has(kind) && name.indexOf('/') > 0) name = name.slice(0, name.indexOf('/'))
    while (endsWithPunct(name)) name = name.slice(0, -1)
    const nameStart = at + (m[1]?.length ?? 0)
    if (wholeIdKind(name) !== null || isAwsHost(name) || !isNameCandidate(name)) break
    if (isAwsOwnName(kind, name)) { // `subnet use1-az1`, `role AWSServiceRoleForECS`: AWS's, as under their fields
      at = nameStart + name.length
      // a list of policies goes on past AWS's own (`[SCP: FullAWSAccess, acme-region-guardrail]`)
      if (kind !== 'iam_policy' || !mayContinueList(text, at)) break
      LIST_SEP.lastIndex = at
      if (LIST_SEP.exec(text) === null) break
      at = LIST_SEP.lastIndex
      continue
    }
    if (serviceNoun && !isNameAfterService(name)) break // `SQS long-polling`, `SNS fan-out`: a feature, no name
    if (FIELD_LABEL.test(name)) break // `task role (AccessKeyId ASIA...)`: an API field's label before its value
    if (kind === 'ssm_parameter' && name.startsWith('/aws/')) break // AWS's public parameters (`/aws/service/...`)
    if (kind === 's3_bucket' && /[A-Z]/.test(name)) break // bucket names are lower case: `MyBucket` is a logical id or a key
    // what a quote or `(` opens must not close elsewhere, nor hold a package and its version: `stack (aws-cdk-lib 2.177.0)`
    if (m[1] !== undefined && (m[3] !== undefined && name === m[2] ? !closes(m[1], m[3]) : isVersionAfter(text, nameStart + name.length))) break
    // `ALB is \`x\``: after a verb a quoted name, a key's UUID, or a word shaped only as a name (`is checkout-api-task-role`, not `is read-only`)
    if (copula && m[1] === undefined && !(kind === 'kms_key' && UUID_RE.test(name)) && !isNameAfterCopula(name)) break
    const follow = text.charCodeAt(nameStart + name.length)
    // part of something bigger: `host:port`, IPv6, e-mail; a colon before a blank ends a phrase
    if ((follow === 58 && !isBlankOrEnd(text.charCodeAt(nameStart + name.length + 1)) && !isRevisionAt(text, nameStart + name.length)) || follow === 64) break
    if (follow === 40 || follow === 91) break // code: `role: iam.Role.fromRoleArn(`, `table[`
    if (found > 0 && follow === 58 && m[1] === undefined && isArgumentKey(text, at, name, nameStart + name.length)) break // `role: 'x', roleAccount: '1'`: the next key of an argument list, no second name
    if (follow === 61 && m[3] === undefined) break // a logfmt key: `assumed role: tf_provider=aws`, `aws.service=Lambda aws.operation=GetFunction`
    if (isAwsErrorCode(name, follow)) break // `Error: creating EC2 Instance: InvalidParameterValue: ...`
    if (follow === 32 && text.startsWith(' at 0x', nameStart + name.length)) break // Python's repr: `<function generate_idempotent_uuid at 0x7f3a…>`
    if (isParameterDeclaration(text, start, name, nameStart + name.length)) break // `(..., Stream responseStream)`: a type and a variable in code
    sink.push(nameStart, nameStart + name.length, kind)
    found++
    at = nameStart + name.length + (m[3] !== undefined && name === m[2] ? m[3].length : 0)
    // a quote closing what it never opened ends the string: `...for bucket x","nextKey":`
    if (m[1] === undefined && m[3] !== undefined && name === m[2]) break
    if (text.charCodeAt(at) === 47 /* / */ && isPluralNoun(noun)) { at++; continue }
    if (!mayContinueList(text, at)) break
    LIST_SEP.lastIndex = at
    if (LIST_SEP.exec(text) === null) break
    at = LIST_SEP.lastIndex
  }
  return found === 0 ? -1 : at
}

/** A key of code's named arguments (`roleAccount`, `role_session`): no dash nor dot, which most names have. */
const CODE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

/**
 * `, roleAccount: '1'`: a code key after a comma whose value opens with a quote, digit, bracket or
 * `$`; a prose list's last name before its colon (`buckets a-1 and acme_2: the ...`) stays a name.
 */
function isArgumentKey (text: string, listAt: number, name: string, colon: number): boolean {
  if (!CODE_KEY.test(name)) return false
  let before = listAt - 1
  while (before > 0 && text.charCodeAt(before) === 32) before--
  if (text.charCodeAt(before) !== 44) return false
  let after = colon + 1
  while (after < colon + 4 && text.charCodeAt(after) === 32) after++
  const value = text.charCodeAt(after)
  return value === 39 || value === 34 || value === 91 || value === 123 || value === 36 || (value >= 48 && value <= 57)
}

/** Two English words and a blank before the noun on its line: prose, not a key, a table's header cell or a flag (`--output table`). */
const PROSE_BEFORE = /(?:^|[ \t])[A-Za-z]{1,20}[,.;]?[ \t]+[A-Za-z]{2,20}[ \t]+$/

/**
 * A noun at a line's end with its name on the next line (`the bucket\n   acme-logs`, an e-mail
 * wrapped at 72 columns): only in running prose, never after a key's `:` or a table's `|`.
 */
function isProseWrap (text: string, start: number, pos: number): boolean {
  const nl = indexWithin(text, '\n', start, pos)
  if (nl < 0) return true
  if (indexWithin(text, ':', start, nl) >= 0 || indexWithin(text, '|', start, nl) >= 0) return false
  const lineStart = lastIndexWithin(text, 10, start, Math.max(0, start - 160)) + 1
  return PROSE_BEFORE.test(text.slice(Math.max(lineStart, start - 160), start))
}

/** How far a purpose label (`for ALB logs:`) may run. */
const PURPOSE_MAX = 48

/**
 * `Bucket for ALB logs: acme-alb-logs-prod`: a label saying what the resource is for, a colon and
 * a blank, then its name. Returns where the name may start (`pos` when no such label follows).
 */
function pastPurposeLabel (text: string, pos: number): number {
  const word = text.startsWith('for', pos) ? 3 : text.startsWith('to', pos) ? 2 : 0 // `for ALB logs:`, `to clean up:`
  if (word === 0 || (text.charCodeAt(pos + word) !== 32 && text.charCodeAt(pos + word) !== 9)) return pos
  const limit = Math.min(text.length, pos + PURPOSE_MAX)
  for (let k = pos + word + 1; k < limit; k++) {
    const c = text.charCodeAt(k)
    if (c === 58) {
      let p = k + 1
      if (text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 9) return pos
      while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++
      return p
    }
    if (!isAlnum(c) && c !== 32 && c !== 45 && c !== 95 && c !== 47) return pos
  }
  return pos
}

/** A lower camelCase variable (`responseStream`, `ordersTable`). */
const LOWER_CAMEL = /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/

/**
 * A C# / Java declaration (`, Stream responseStream)`, `Queue retryQueue;`): the noun is a capitalised
 * type, the name a camelCase variable, in a parameter list or a statement.
 */
function isParameterDeclaration (text: string, start: number, name: string, end: number): boolean {
  const c = text.charCodeAt(start)
  if (c < 65 || c > 90 || !LOWER_CAMEL.test(name)) return false
  let e = end
  while (e < end + 8 && text.charCodeAt(e) === 32) e++
  const follow = text.charCodeAt(e)
  if (follow === 59 || follow === 61) return true // `Queue retryQueue;`, `Stream body = ...`
  let k = start
  while (k > start - 8 && k > 0 && text.charCodeAt(k - 1) === 32) k--
  const before = text.charCodeAt(k - 1)
  return (before === 40 || before === 44) && (follow === 41 || follow === 44) // in a parameter list: `(A a, Stream body)`
}

/**
 * The noun ends a CloudFormation resource type (`AWS::Lambda::Function`) or opens a `cdk diff`
 * line (`[~] Parameter`): the words after it are logical ids and construct paths, no names.
 */
function isTemplateTypeBefore (text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1)
  if (c === 58) return text.charCodeAt(start - 2) === 58
  return c === 32 && text.charCodeAt(start - 2) === 93 && text.charCodeAt(start - 4) === 91 && CDK_DIFF_MARKS.includes(text.charAt(start - 3))
}
const CDK_DIFF_MARKS = '+-~'
/** A logical id (`ReconcilerFn3A1B9F0E`) or a construct path of such ids (`ReconcilerFn/ServiceRole`), then a blank or the line's end. */
const LOGICAL_ID = /[A-Z][A-Za-z0-9]{0,254}(?:\/[A-Z][A-Za-z0-9]{0,254}){0,16}(?=[ \t\r\n]|$)/y

/**
 * After a resource type, `cdk diff` and stack events write the construct path and logical id
 * (`AWS::Lambda::Function ReconcilerFn ReconcilerFn3A1B9F0E`): CloudFormation's ids, read over
 * (up to two) so no noun among them (`AWS::ECS::Cluster Cluster Cluster1A2B3C4D`) starts a name.
 * A lower-case word there (`invoice-sync`) may be a name: -1, read as usual.
 */
function skipLogicalIds (text: string, pos: number): number {
  let at = pos
  for (let n = 0; n < 2; n++) {
    LOGICAL_ID.lastIndex = at
    if (!LOGICAL_ID.test(text)) break
    at = LOGICAL_ID.lastIndex
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++
  }
  return at === pos ? -1 : at
}

/** `:41` after a name, then no more of a word: a task definition's revision, a version (the name alone is masked). */
const REVISION_AT = /:[0-9]{1,6}(?![A-Za-z0-9_.:/@-])/y
function isRevisionAt (text: string, pos: number): boolean {
  REVISION_AT.lastIndex = pos
  return REVISION_AT.test(text)
}

/** A blank, a line end or the end of the text (NaN). */
function isBlankOrEnd (c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c)
}

/** Does the noun match text[start, pos) end with `is` or `was` and blanks? */
function endsWithCopula (text: string, start: number, pos: number): boolean {
  let k = pos
  while (k > start && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
  if (text.charCodeAt(k - 1) !== 115 /* s */) return false
  return (text.endsWith(' is', k) || text.endsWith('\tis', k) || text.endsWith(' was', k) || text.endsWith('\twas', k)) && k - 3 > start
}

/** ` 2.177.0` right after a name: a package and its version. */
function isVersionAfter (text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 32 || !isDigit(text.charCodeAt(pos + 1))) return false
  const c = text.charCodeAt(pos + 2)
  return c === 46 || (isDigit(c) && text.charCodeAt(pos + 3) === 46) // `2.`, `12.`
}

/** Typographic quotes by their opening mark (German `»x«`, `„x“`, French `« x »`). */
const CLOSING_QUOTES: Readonly<Record<string, string>> = lookupTable({ '**`': '`**', '*`': '`*', '(`': '`)', '(': ')', '[': ']', '«': '»', '»': '«', '„': '“', '“': '”', '‘': '’', '‹': '›', '›': '‹' })

function closes (open: string, close: string): boolean {
  const o = open.trim()
  if (o === '`' && close === '`)') return true // `` (the bucket `x`) ``: the `)` closes the aside around them
  return close.trim() === (CLOSING_QUOTES[o] ?? o)
}

/**
 * `aws lambda update-function-code` (a CLI service), `aws rds describe-db-clusters` (with
 * `subCommand`, its sub-command), `operation error Lambda: CreateFunction` (an API call): no name
 * stands there. Only a sub-command: `aws lambda function x-1` in chat is a function.
 */
export function isCommandContext (text: string, start: number, subCommand: boolean): boolean {
  if (text.endsWith('operation error ', start)) return true
  let k = start
  while (k > 0 && text.charCodeAt(k - 1) === 32) k--
  if (k === start) return false
  if (isAwsWordAt(text, k) || isAwsWordAt(text, beforeGlobalOptions(text, k))) return true
  if (!subCommand) return false
  const wordEnd = k
  while (k > 0 && k > wordEnd - 24 && (isAlnum(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 45)) k--
  if (k === wordEnd || text.charCodeAt(k - 1) !== 32) return false
  return isAwsWordAt(text, k - 1) || isAwsWordAt(text, beforeGlobalOptions(text, k - 1))
}

/** Does the word `aws` end at `end`? */
function isAwsWordAt (text: string, end: number): boolean {
  return text.endsWith('aws', end) && !isAlnum(text.charCodeAt(end - 4))
}

const HCL_LABEL_BEFORE = /\b(?:resource|data|module|output|variable)[ \t]+(?:"[A-Za-z0-9_-]*"[ \t]+)?"$/
/** `resource "aws_security_group_rule" "db_from_lambda"`: a Terraform label, not an AWS name. */
export function isHclLabel (text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 34 && HCL_LABEL_BEFORE.test(text.slice(Math.max(0, start - 100), start))
}

/** The noun of a noun match text[start, pos): without its separator, `named` and spaces. */
const NOUN_CONNECTOR_AT_END = new RegExp('[ \\t]+(?:named|called|(?:is|was)[ \\t]+(?:named|called)|name(?:[ \\t]+is)?|is|was|' + RELATIVE_CLAUSE_SOURCE + '|' + SERVICE_AFTER_SOURCE +
  '|S3|ECS|EKS|RDS|IAM|KMS|with[ \\t]+(?:the[ \\t]+same[ \\t]+)?(?:name|id|ID|identifier)[ \\t]*:?|found[ \\t]+for[ \\t]+name[ \\t]*:|already[ \\t]+exists?[ \\t]*:)$')

function nounOf (text: string, start: number, pos: number): string {
  let end = start // the usual match: one ASCII word, then spaces or tabs
  while (end < pos && isAsciiLetter(text.charCodeAt(end))) end++
  let k = end
  while (k < pos && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  if (k === pos && end > start) return text.slice(start, end)
  return text.slice(start, pos).trim().replace(NOUN_CONNECTOR_AT_END, '').replace(/\*{0,2}[ \t]*[:|\-–—]\*{0,2}$/, '')
}

/** `buckets`, `DynamoDB tables`, `repositories` (not `bus`, `status`): only after these does `/` join names. */
function isPluralNoun (noun: string): boolean {
  const last = noun.slice(noun.lastIndexOf(' ') + 1).toLowerCase()
  return last.endsWith('s') && PROSE_NOUNS[last] === undefined
}

export function isAsciiLetter (c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

function endsWithPunct (name: string): boolean {
  const c = name.charCodeAt(name.length - 1)
  return c === 46 || c === 45 || c === 47 // . - /
}

/** LIST_SEP needs `,` or `&` after spaces, or `and`/`or` after at least one: most names end a sentence. */
function mayContinueList (text: string, at: number): boolean {
  let k = at
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
  const c = text.charCodeAt(k)
  return c === 44 || c === 38 || (k > at && (c === 97 || c === 111))
}

/** `named`/`called` ends a noun match: what follows is a name whatever the noun (`a pipeline named x`, `domain called x`). */
const NAMED_AT_END = /[ \t](?:named|called)[ \t]+$/

/** Lower-case first words of the ASCII nouns, singular and plural: the scanner's cheap pre-check. */
export const NOUN_FIRST_WORDS: ReadonlySet<string> = new Set(nouns.filter(n => /^[a-z]/.test(n)).flatMap(n => {
  const w = n.split(' ')[0]
  // Short nouns are written in capitals too (ALB, NLB, DB); the word set folds the first char only.
  const caps = w.length <= 3 ? [`${w[0]}${w.slice(1).toUpperCase()}`, `${w[0]}${w.slice(1).toUpperCase()}s`] : []
  const camel = CAMEL_NOUNS[n] === undefined ? [] : [`${w[0]}${CAMEL_NOUNS[n].slice(1)}`, `${w[0]}${CAMEL_NOUNS[n].slice(1)}s`]
  return [w, `${w}s`, `${w}es`, w.endsWith('y') ? `${w.slice(0, -1)}ies` : w, ...caps, ...camel]
}))

/** `is not authorized to perform: secretsmanager:GetSecretValue on ` right before `resource:`. */
const DENIED_ACTION = /perform: ([a-z0-9-]{2,32}):[A-Za-z0-9*]{1,64} on $/
const DENIED_KINDS: Readonly<Record<string, string>> = lookupTable({
  secretsmanager: 'secret_name', ssm: 'ssm_parameter', s3: 's3_bucket', dynamodb: 'dynamodb_table', sqs: 'sqs_queue',
  sns: 'sns_topic', lambda: 'lambda_function', kms: 'kms_key', logs: 'log_group', ecr: 'ecr_repository', kinesis: 'kinesis_stream'
})
const DENIED_RESOURCE = /[ \t]*([A-Za-z0-9/_+=.@-]{1,512})/y

/**
 * AccessDenied messages name the resource after `on resource:`; when it is no ARN (Secrets
 * Manager and SSM write bare names) the action's service says what it is. `pos` is past the colon.
 */
export function handleDeniedResource (text: string, keyStart: number, pos: number, sink: MatchSink): number {
  const action = DENIED_ACTION.exec(text.slice(Math.max(0, keyStart - 120), keyStart))
  if (action === null) return -1
  DENIED_RESOURCE.lastIndex = pos
  const m = DENIED_RESOURCE.exec(text)
  if (m === null) return -1
  let name = m[1]
  while (endsWithPunct(name)) name = name.slice(0, -1)
  if (name.startsWith('arn') || !isNameCandidate(name) || isAwsHost(name)) return -1
  const start = DENIED_RESOURCE.lastIndex - m[1].length
  const kind = wholeIdKind(name) ?? DENIED_KINDS[action[1]] ?? 'resource_name'
  sink.push(start, start + name.length, kind)
  return start + name.length
}
