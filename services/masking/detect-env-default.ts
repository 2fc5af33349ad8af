// The default of an environment lookup in code: `os.environ.get("TABLE_NAME", "orders")`,
// `os.getenv("DB_PASSWORD", "x")`, `getenv().getOrDefault("QUEUE_NAME", "x")`,
// `process.env.TABLE_NAME ?? "orders"`: the variable's name says what the default is, as
// `TABLE_NAME=orders` would.
import type { MatchSink } from './detect-sink.js'
import { pushFieldValue } from './detect-field-value.js'

const CALL_DEFAULT = /(?:environ\.get|getenv|getOrDefault)\([ \t]*(['"])([A-Za-z_][A-Za-z0-9_]{0,80})\1[ \t]*,[ \t]*(['"])([^'"\\\r\n]{1,256})\3[ \t]*\)/y
const NODE_DEFAULT = /env(?:\.([A-Za-z_][A-Za-z0-9_]{0,80})|\[(['"])([A-Za-z_][A-Za-z0-9_]{0,80})\2\])[ \t]*(?:\?\?|\|\|)[ \t]*(['"`])([^'"`\\\r\n]{1,256})\4/y

/** At `environ`, `getenv`, `getOrDefault` or `env` (of `process.env`): masks a default its variable names; where scanning goes on, or -1. */
export function handleEnvDefault (text: string, i: number, sink: MatchSink): number {
  CALL_DEFAULT.lastIndex = i
  const call = CALL_DEFAULT.exec(text)
  if (call !== null) return emitDefault(text, call[2], call[4], i + call[0].lastIndexOf(call[3] + call[4]) + 1, sink)
  if (text.charCodeAt(i - 1) !== 46 /* . */ || !text.startsWith('process.', i - 8)) return -1
  NODE_DEFAULT.lastIndex = i
  const node = NODE_DEFAULT.exec(text)
  if (node === null) return -1
  return emitDefault(text, node[1] ?? node[3], node[5], i + node[0].lastIndexOf(node[4] + node[5]) + 1, sink)
}

/** The default, when it stands where the match says (its quote may also occur in the key). */
function emitDefault (text: string, key: string, value: string, start: number, sink: MatchSink): number {
  return text.startsWith(value, start) ? pushFieldValue(key, value, start, sink) : -1
}
