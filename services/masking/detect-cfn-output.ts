// A CloudFormation output or parameter as `describe-stacks` and Service Catalog print it:
// `{"OutputKey": "ResultsBucket", "OutputValue": "x"}`, `ParameterKey=DbPassword,ParameterValue=x`.
// The key says what the value is, as a field name would (a bucket, a table, a password); the value
// went out in clear because `OutputValue` itself names nothing.
import type { MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole } from './detect-fields.js'

/** After `OutputKey` / `ParameterKey`: the key, then its `…Value` on the same or a following line (JSON or CLI shorthand). */
const PAIR = /"?[ \t]{0,4}[:=][ \t]{0,4}"?([A-Za-z][A-Za-z0-9_.-]{0,63})"?[ \t]{0,4},[ \t\r\n]{0,80}"?(?:Output|Parameter)Value"?[ \t]{0,4}[:=][ \t]{0,4}("?)([^"\s,}\]]{1,255})/yd

/** At the word `OutputKey` / `ParameterKey` ending at j: masks the value its key names; its end, or -1. */
export function handleCfnOutput (text: string, j: number, sink: MatchSink): number {
  PAIR.lastIndex = j
  const m = PAIR.exec(text)
  const span = m?.indices?.[3]
  if (m === null || span === undefined) return -1
  const role = fieldRole(m[1])
  if (role === null || role.role === 'tag' || role.role === 'tagkey') return -1
  const kind = classifyValue(role, m[3], m[1])
  if (kind === null) return -1
  sink.push(span[0], span[1], kind)
  return span[1]
}
