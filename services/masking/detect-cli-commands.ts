// CLI flags and command contexts: `aws ecs|eks|ssm ...` flags, list flags, `aws logs tail`, serverless
// listings, IMDS role names, SSM activation codes, AWS validation errors.
import { indexWithin, type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, parseValue, type FieldRole, type ValueSpan } from './detect-fields.js'
import { maskLogGroupName } from './detect-loggroup.js'
import { isNameCandidate } from './detect-prose.js'
import { isBlank, emit } from './detect-emit.js'
import { RESOURCE_ID_PREFIXES } from './catalogue.js'

const ECS_CLUSTER_FLAG: FieldRole = { kind: 'ecs_cluster', role: 'name' }

const EKS_CLUSTER_FLAG: FieldRole = { kind: 'eks_cluster', role: 'name' }

/** The line's command up to a flag: `eksctl ...` or `aws [options] eks ...` (their `--cluster` names an EKS cluster). */
const EKS_COMMAND = /(?:^|[\s;|&(`])(?:eksctl|aws(?:[ \t]+--?[a-z][a-z-]*(?:[ \t]+[^\s-]\S*)?)*[ \t]+eks)[ \t]/

/** Commands whose `--name` is the cluster's: `eksctl create cluster`, `aws eks update-kubeconfig`, `aws eks describe-cluster`. */
const EKS_CLUSTER_COMMAND = /(?:^|[\s;|&(`])(?:eksctl[ \t]+[a-z]{1,20}[ \t]+cluster|aws(?:[ \t]+--?[a-z][a-z-]*(?:[ \t]+[^\s-]\S*)?)*[ \t]+eks[ \t]+(?:update-kubeconfig|[a-z]{1,20}-cluster))[ \t]/

const PASS_FLAG: FieldRole = { kind: 'connection_secret', role: 'secret' }

const IAM_ROLE_FLAG: FieldRole = { kind: 'iam_role', role: 'name' }

/** A CLI flag's last words may say what it holds: `--sse-kms-key-id` is a `kms-key-id`. */
export function flagRole (key: string): FieldRole | null {
  if (key === 'cluster') return ECS_CLUSTER_FLAG // `aws ecs update-service --cluster x`, `eksctl --cluster x`
  if (key === 'pass') return PASS_FLAG // `redis-cli --pass x`
  if (key === 'iam-role') return IAM_ROLE_FLAG // `aws ssm create-activation --iam-role x` (`role` alone is a chat word, not a flag's)
  const role = fieldRole(key)
  if (role !== null) return role
  if (key === 'service-namespace') return null // Application Auto Scaling's `--service-namespace ecs`: AWS's service, not a namespace
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
export function ecsServiceFlag (text: string, start: number, key: string): FieldRole | null {
  const named = key === 'service' || key === 'services' ? ECS_SERVICE_FLAG : key === 'container' ? ECS_CONTAINER_FLAG : null
  return named !== null && ECS_COMMAND.test(lineBefore(text, start)) ? named : null
}

/** `eksctl get nodegroup --cluster x`, `aws eks ... --cluster x`: an EKS cluster, not the ECS one `--cluster` names elsewhere;
 * `eksctl create cluster --name x`, `aws eks update-kubeconfig --name x`: the cluster's name. */
export function eksClusterFlag (text: string, start: number, key: string): FieldRole | null {
  if (key === 'cluster') return EKS_COMMAND.test(lineBefore(text, start)) ? EKS_CLUSTER_FLAG : null
  return key === 'Name' && EKS_CLUSTER_COMMAND.test(lineBefore(text, start)) ? EKS_CLUSTER_FLAG : null
}

const SECURE_VALUE_FLAG: FieldRole = { kind: 'connection_secret', role: 'secret' }

/** How far after `--value` the rest of its command is read for `SecureString`. */
const COMMAND_REST_MAX = 512

/** `aws ssm put-parameter --type SecureString --value x` (the type before or after it): the value is a secret. */
export function secureStringFlag (text: string, start: number, key: string): FieldRole | null {
  if (key !== 'value') return null
  const before = lineBefore(text, start)
  if (!before.includes('put-parameter')) return null
  const limit = Math.min(text.length, start + COMMAND_REST_MAX)
  const newline = indexWithin(text, '\n', start, limit)
  return before.includes('SecureString') || text.slice(start, newline < 0 ? limit : newline).includes('SecureString') ? SECURE_VALUE_FLAG : null
}

const PARAMETER_PATH_ROLE: FieldRole = { kind: 'ssm_parameter', role: 'name' }
/** `aws ssm get-parameters-by-path --path /acme/prod`: a parameter hierarchy (`aws iam list-roles --path /service-role/` stays). */
export function parameterPathFlag (text: string, start: number, key: string): FieldRole | null {
  return key === 'path' && lineBefore(text, start).includes('get-parameters-by-path') ? PARAMETER_PATH_ROLE : null
}

export function isAwsCliLine (text: string, start: number): boolean {
  return AWS_CLI_COMMAND.test(lineBefore(text, start))
}

/** The AWS CLI takes a list flag's items blank-separated (`--services a b`, `--key-names a b`): each up to the next flag or the line's end. */
export function flagItems (text: string, first: ValueSpan, role: FieldRole, key: string, sink: MatchSink): number {
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

/** An item of serverless's `functions:` listing: `  fanout: pika-notify-prod-fanout (4.2 MB)`. */
const LISTED_FUNCTION = /[A-Za-z0-9_-]{1,64}:[ \t]+([A-Za-z0-9_.-]{1,140})(?=[ \t]+\(|[ \t]*\r?(?:\n|$))/y

/**
 * `functions:` alone on its line, then one item a line, all at one deeper indent, as
 * `serverless deploy` and `serverless info` print them; `pos` is past the colon.
 */
export function handleFunctionListing (text: string, keyStart: number, pos: number, sink: MatchSink, headerIndent = -1): number {
  let at = pos
  while (isBlank(text.charCodeAt(at)) || text.charCodeAt(at) === 13) at++
  if (text.charCodeAt(at) !== 10) return -1
  const indent = headerIndent >= 0 ? headerIndent : keyStart - lineStart(text, keyStart)
  let itemIndent = -1
  let end = -1
  for (let n = 0; n < 500 && at < text.length; n++) {
    const from = at + 1
    let e = from
    while (text.charCodeAt(e) === 32) e++
    if (e - from <= indent || (itemIndent >= 0 && e - from !== itemIndent)) break
    itemIndent = e - from
    if (headerIndent >= 0 && text.startsWith('* ', e)) e += 2 // serverless-offline's bullets
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

const OFFLINE_HEADER = 'Function names exposed for local invocation by '
/**
 * serverless-offline's `Function names exposed for local invocation by aws-sdk:` then one
 * `* key: deployed-name` bullet a line; `keyStart` is at `aws-sdk`, `pos` past its colon.
 */
export function handleOfflineFunctions (text: string, keyStart: number, pos: number, sink: MatchSink): number {
  const head = keyStart - OFFLINE_HEADER.length
  if (head < 0 || !text.startsWith(OFFLINE_HEADER, head)) return -1
  const start = lineStart(text, head)
  let k = start
  while (k < head && text.charCodeAt(k) === 32) k++
  return k === head ? handleFunctionListing(text, keyStart, pos, sink, head - start) : -1
}

function lineStart (text: string, pos: number): number {
  let k = pos
  while (k > 0 && k > pos - 256 && text.charCodeAt(k - 1) !== 10) k--
  return k
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

/** AWS validation errors: `Value 'x' at 'roleArn' failed to satisfy constraint: ...`. */
const VALIDATION_VALUE = /Value '([^'\n]{1,1024})' at '([A-Za-z0-9_.]{1,256})' failed to satisfy/yd

/**
 * The value of an AWS validation error names what its field says (`roleArn`, `tableName`,
 * `input.functionName`): a name where an ARN was due is still the role's. `i` is at `Value`;
 * returns where scanning continues, or -1 (ARNs and ids in the value are the scanner's).
 */
export function handleValidationValue (text: string, i: number, sink: MatchSink): number {
  if (text.charCodeAt(i + 6) === 40) return handleParameterValue(text, i, sink)
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

/** EC2's `Value (x) for parameter iamInstanceProfile.name is invalid.` */
const PARAMETER_VALUE = /Value \(([^()\n]{0,256})\) for parameter ([A-Za-z][A-Za-z0-9_.]{0,127}) is invalid/yd
/** A value the scanner reads better: an ARN, a path, a list, words. */
const SCANNED_VALUE = /[:/@,\s]/
/** A resource id alone (`sg-0abc…`, `tgw-attach-0abc…`). */
const RESOURCE_ID = /^([a-z]{1,5}(?:-[a-z]{3,6})?)-[0-9a-f]{8}(?:[0-9a-f]{9})?$/
/** Parameters whose values are AWS's own words (`instanceType`, `volumeType`, `availabilityZone`). */
const AWS_VALUED_PARAMETER = /(?:type|zone|region|architecture|platform|tenancy|mode|state|status|version|class)$/i

/**
 * EC2's `Value (x) for parameter y is invalid`: x is named by what the parameter says, a
 * resource name when it says nothing more (fail closed), and y is the API's own parameter,
 * never an SSM parameter's name. Returns the end of the message, or -1 (ids and ARNs in x are the scanner's).
 */
function handleParameterValue (text: string, i: number, sink: MatchSink): number {
  PARAMETER_VALUE.lastIndex = i
  const m = PARAMETER_VALUE.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined || SCANNED_VALUE.test(m[1])) return -1
  if (m[1] === '') return PARAMETER_VALUE.lastIndex
  const id = RESOURCE_ID_PREFIXES[RESOURCE_ID.exec(m[1])?.[1] ?? '']
  if (id !== undefined) return emit(text, span[0], span[1], PARAMETER_VALUE.lastIndex, id, sink)
  const field = m[2].replace(/\.(?:name|arn|id)$/i, '').replace(/^.*\./, '')
  if (AWS_VALUED_PARAMETER.test(field)) return PARAMETER_VALUE.lastIndex
  const role = fieldRole(`${field}Name`) ?? fieldRole(field) ?? { kind: 'resource_name', role: 'name' as const }
  const kind = role.role === 'name' || role.role === 'secret' ? classifyValue(role, m[1], field) : null
  if (kind === null) return PARAMETER_VALUE.lastIndex // an AWS value (`t3.huge`, `gp3`): kept, and so is the parameter's name
  return emit(text, span[0], span[1], PARAMETER_VALUE.lastIndex, kind, sink)
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
