// A secret or parameter named by what reads it, with no field name beside it:
// `secretsmanager:GetSecretValue on prod/payments/stripe`, `GetParameter for /acme/prod/db-url`
// (prose and audit notes), `value from SSM /acme/prod/db-url`, an SDK's `ParameterNotFound: /x`.
import type { MatchSink } from './detect-sink.js'
import { isNameCandidate } from './detect-prose.js'
import { lookupTable } from './lookup-table.js'

/** The service before `:Action` says what the name after `on` is (s3, kms and logs write paths and keys, read elsewhere). */
const SERVICE_KINDS: Readonly<Record<string, string>> = lookupTable({
  secretsmanager: 'secret_name', ssm: 'ssm_parameter', dynamodb: 'dynamodb_table', sqs: 'sqs_queue',
  sns: 'sns_topic', lambda: 'lambda_function', kinesis: 'kinesis_stream', ecr: 'ecr_repository'
})
/** Secrets Manager and SSM actions written without their service: they name one kind only. */
const BARE_ACTIONS: Readonly<Record<string, string>> = lookupTable({
  GetSecretValue: 'secret_name', DescribeSecret: 'secret_name', PutSecretValue: 'secret_name', UpdateSecret: 'secret_name',
  DeleteSecret: 'secret_name', RotateSecret: 'secret_name', CreateSecret: 'secret_name', BatchGetSecretValue: 'secret_name',
  GetParameter: 'ssm_parameter', GetParameters: 'ssm_parameter', GetParametersByPath: 'ssm_parameter',
  PutParameter: 'ssm_parameter', DeleteParameter: 'ssm_parameter', GetParameterHistory: 'ssm_parameter'
})
const SERVICE_BEFORE = /([a-z][a-z0-9-]{1,31})$/
/** ` on x`, ` for `x``, ` against 'x'`: the name after an action. */
const AFTER_ACTION = / (?:on|for|against) [`'"]?([A-Za-z0-9/_+=.@-]{1,512})/y
/** ` /x`, `: /x`: a parameter path after `SSM` or `Parameter Store`. */
const PATH_AFTER = /:? [`'"]?(\/[A-Za-z0-9/_+=.@-]{1,1010})/y
/** `: x` after `ParameterNotFound`. */
const AFTER_COLON = /: [`'"]?([A-Za-z0-9/_+=.@-]{1,1011})/y

/**
 * At a word text[i, j) starting upper case: masks the secret or parameter it names. Returns where the scan goes on (past the name), or -1.
 */
export function handleSecretReference (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  const after = text.charCodeAt(j)
  if (after === 32 && len >= 6) return afterAction(text, i, j, sink)
  if (len === 3 && text.startsWith('SSM', i)) return parameterPath(text, j, sink)
  if (len === 5 && after === 32 && text.startsWith('Store', i) && text.startsWith('Parameter ', i - 10)) return parameterPath(text, j, sink)
  if (len === 17 && after === 58 && text.startsWith('ParameterNotFound', i)) return captured(AFTER_COLON, text, j, 'ssm_parameter', sink)
  return -1
}

function afterAction (text: string, i: number, j: number, sink: MatchSink): number {
  const c = text.charCodeAt(j + 1)
  if (c !== 111 && c !== 102 && c !== 97) return -1 // on, for, against
  let kind: string | undefined = BARE_ACTIONS[text.slice(i, j)]
  if (text.charCodeAt(i - 1) === 58) kind = SERVICE_KINDS[SERVICE_BEFORE.exec(text.slice(Math.max(0, i - 33), i - 1))?.[1] ?? ''] ?? kind
  return kind === undefined ? -1 : captured(AFTER_ACTION, text, j, kind, sink)
}

function parameterPath (text: string, j: number, sink: MatchSink): number {
  return captured(PATH_AFTER, text, j, 'ssm_parameter', sink)
}

/** Masks the sticky regex's group at `from` as `kind` when it reads as a name: its end, else -1. */
function captured (re: RegExp, text: string, from: number, kind: string, sink: MatchSink): number {
  re.lastIndex = from
  const m = re.exec(text)
  if (m === null) return -1
  const name = trimmed(m[1])
  const start = re.lastIndex - m[1].length
  if (!isSecretName(text, name, start)) return -1
  sink.push(start, start + name.length, kind)
  return start + name.length
}

/** Sentence punctuation after a name is not part of it. */
function trimmed (name: string): string {
  let end = name.length
  while (end > 1 && (name.charCodeAt(end - 1) === 46 || name.charCodeAt(end - 1) === 44)) end--
  return name.slice(0, end)
}

/** A name, not `resource:` / `arn:` (read by their own readers), nor an ordinary word. */
function isSecretName (text: string, name: string, start: number): boolean {
  if (text.charCodeAt(start + name.length) === 58) return false
  return isNameCandidate(name.charCodeAt(0) === 47 ? name.slice(1) : name)
}
