// CloudFormation's console Events tab, copied: tab-separated rows with no header, `<time>\t<logical
// id>\t[<physical id>\t]<status>\t<reason>`. The stack's own rows carry the stack's name where a
// resource's carry its logical id: a name with `-` (no logical id has one), or the one the stack's
// ARN in the physical column names, or a `User Initiated` row's, is the stack's. A physical id is
// the customer's resource (a Lambda's generated name, a role's) unless the scanner reads it (an
// ARN, a URL, an id); logical ids and statuses stay.
import type { MatchSink } from './detect-sink.js'

/** A row: time, first column (1), optional physical column (2), status (3), then a tab or the line's end. */
const ROW = /[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?(?:Z| ?UTC(?:[+-][0-9]{2}:?[0-9]{2})?| ?[+-][0-9]{2}:?[0-9]{2})?\t([^\t\r\n]{1,255})\t(?:([^\t\r\n]{1,2048})\t)?([A-Z]{2,8}(?:_[A-Z]{2,11}){1,5})(?=\t|\r?\n|$)/yd

const STATUS_END = /_(?:IN_PROGRESS|COMPLETE|FAILED|SKIPPED)$/
const LOGICAL_ID = /^[A-Za-z][A-Za-z0-9]{0,254}$/
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/
/** What the scanner reads itself: an ARN, a URL, an EC2-style id (`sg-0abc…`). */
const SCANNED = /^arn:|:\/\/|^[a-z][a-z0-9]{0,15}-[0-9a-f]{8,17}$/

/** At a line's first word (text[i], a year): defers a stack name and a physical id of an events row; -1 always. */
export function handleCfnEventsRow (text: string, i: number, sink: MatchSink): number {
  ROW.lastIndex = i
  const m = ROW.exec(text)
  if (m === null || !STATUS_END.test(m[3])) return -1
  const first = m[1]
  const physical = m[2]
  const deferred = (sink.deferred ??= [])
  const stackRow = STACK_NAME.test(first) && (first.includes('-') || (physical?.includes(`:stack/${first}/`) ?? false) ||
    text.startsWith('User Initiated', (m.indices?.[3]?.[1] ?? 0) + 1))
  const [s1, e1] = m.indices?.[1] ?? [0, 0]
  if (stackRow) deferred.push({ start: s1, end: e1, kind: 'cloudformation_stack' })
  else if (!LOGICAL_ID.test(first)) return -1 // not an events row after all
  const span = m.indices?.[2]
  if (physical !== undefined && span !== undefined && physical !== '-' && !SCANNED.test(physical)) {
    deferred.push({ start: span[0], end: span[1], kind: 'resource_name' })
  }
  return -1
}
