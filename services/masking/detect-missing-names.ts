// Names in the messages of what was not found: an SDK's `Function not found: x`, a tool's
// `The specified bucket does not exist: x`, and the composite ids of Terraform's AWS provider
// errors (`EKS Node Group (cluster:nodegroup)`, `Lambda Permission (function/statement)`,
// `DynamoDB Table Item (table|key)`), whose later parts no noun stands before.
import { lastIndexWithin, type MatchSink } from './detect-sink.js'
import { isNameCandidate } from './detect-prose.js'

/** `: x` after `not found` / `does not exist`: a name of the shape AWS allows. */
const NAME_AFTER_COLON = /: [`'"]?([A-Za-z0-9][A-Za-z0-9._-]{2,254})(?=[`'"]?(?:[\s,;)]|\.(?:\s|$)|$))/yd
/** The noun before it on the line says the kind. */
const NOUN_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/bucket/i, 's3_bucket'], [/function|lambda/i, 'lambda_function'], [/queue/i, 'sqs_queue'], [/table/i, 'dynamodb_table'],
  [/stack/i, 'cloudformation_stack'], [/role/i, 'iam_role'], [/topic/i, 'sns_topic'], [/repository/i, 'ecr_repository']
]

/** At `found` / `exist` (text[i, j)) right before `: `: masks the name after it. Returns its end, or -1. */
export function handleMissingName (text: string, i: number, j: number, sink: MatchSink): number {
  // the line's last 80 chars at most: an unbounded look-back is quadratic on a long single-line text
  const newline = lastIndexWithin(text, 10, i, i - 80)
  const before = text.slice(newline >= 0 ? newline + 1 : Math.max(0, i - 80), i)
  if (!(j - i === 5 ? before.endsWith('not ') : before.endsWith('does not '))) return -1
  NAME_AFTER_COLON.lastIndex = j
  const m = NAME_AFTER_COLON.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined || !isNameCandidate(m[1])) return -1
  const kind = NOUN_KINDS.find(([re]) => re.test(before))?.[1] ?? 'resource_name'
  sink.push(span[0], span[1], kind)
  return span[1]
}

/** Terraform's `Error: <doing> <Resource Type> (<id>)`: the id, up to its first ARN. */
const TERRAFORM_ERROR = /Error: (?:error )?(?:creating|reading|updating|deleting|waiting for|importing|modifying|putting|setting|attaching|detaching|associating|disassociating|tagging|finding|describing|listing|enabling|disabling|starting|stopping|retrieving)(?: [A-Za-z0-9.-]{1,30}){1,6} \(([^()\s]{1,512})\)/y
/** Where the parts of a composite id meet. */
const ID_SEPARATOR = /[:/|,]/

/**
 * At `Error` followed by `:`: each part of a Terraform error's composite id that reads as a name
 * is masked (deferred: the scan reads the id as usual, and its own matches win where they overlap).
 */
export function handleTerraformErrorId (text: string, i: number, sink: MatchSink): void {
  TERRAFORM_ERROR.lastIndex = i
  const m = TERRAFORM_ERROR.exec(text)
  if (m === null) return
  const id = m[1]
  const arn = id.indexOf('arn:')
  const own = arn < 0 ? id : id.slice(0, arn)
  if (!ID_SEPARATOR.test(own) && arn < 0) return // one part: the noun before it is read as usual
  let at = TERRAFORM_ERROR.lastIndex - 1 - id.length
  for (const part of own.split(ID_SEPARATOR)) {
    if (isNameCandidate(part)) (sink.deferred ??= []).push({ start: at, end: at + part.length, kind: 'resource_name' })
    at += part.length + 1
  }
}
