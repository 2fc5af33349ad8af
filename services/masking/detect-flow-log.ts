// VPC flow log records under their header line (S3 delivery writes the format's field names first:
// `version account-id interface-id srcaddr ...`). Ids and addresses in a record are masked by shape;
// the ECS fields of format v7 (`ecs-cluster-name`, `ecs-service-name`) are names, read by column.
// Matches go to the deferred list (the records are scanned as usual too).
import { indexWithin, lastIndexWithin, type MatchSink } from './detect-sink.js'

/** At most this many records are read under a header. */
const FLOW_LOG_ROWS = 1000
/** Longest header or record line read. */
const LINE_MAX = 4096
/** A header: flow log field names, one space apart. */
const HEADER = /^[a-z][a-z0-9-]{0,30}(?: [a-z][a-z0-9-]{0,30}){3,63}$/
/** A cluster's or service's name (AWS allows letters, digits, `-` and `_`). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/
/** Fields only a flow log has: one must be in the header. */
const FLOW_FIELDS = new Set(['srcaddr', 'dstaddr', 'pkt-srcaddr', 'interface-id', 'log-status', 'flow-direction'])
const COLUMN_KINDS = new Map([['ecs-cluster-name', 'ecs_cluster'], ['ecs-service-name', 'ecs_service']])

function lineEnd (text: string, from: number): number {
  const eol = indexWithin(text, '\n', from, from + LINE_MAX)
  return eol < 0 ? Math.min(text.length, from + LINE_MAX) : eol
}

/**
 * At `ecs` (text[i, i + 3), `-` after it) in a line of field names: when it is `ecs-cluster-name`
 * or `ecs-service-name` of a flow log header (with `srcaddr` or another field only flow logs have), defers that column's values in the
 * records below, up to the first line with another number of fields.
 */
export function handleFlowLogHeader (text: string, i: number, sink: MatchSink): void {
  const field = text.slice(i, i + 16)
  const kind = COLUMN_KINDS.get(field)
  if (kind === undefined) return
  const start = lastIndexWithin(text, 10, i, i - LINE_MAX) + 1
  if (start === 0 && i > LINE_MAX) return
  let end = lineEnd(text, i)
  const header = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end)
  if (!HEADER.test(header)) return
  const names = header.split(' ')
  if (!names.some(n => FLOW_FIELDS.has(n))) return
  const column = names.indexOf(field)
  for (let rows = 0; rows < FLOW_LOG_ROWS && end < text.length; rows++) {
    const from = end + 1
    end = lineEnd(text, from)
    const cells = text.slice(from, text.charCodeAt(end - 1) === 13 ? end - 1 : end).split(' ')
    if (cells.length !== names.length) return
    const value = cells[column]
    if (value === '-' || !NAME.test(value)) continue
    let at = from
    for (let c = 0; c < column; c++) at += cells[c].length + 1
    ;(sink.deferred ??= []).push({ start: at, end: at + value.length, kind })
  }
}
