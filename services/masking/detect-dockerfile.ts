// A Dockerfile's legacy `ENV KEY value` (no `=`): the key names the value as `KEY=value` would,
// and the value is the rest of the line. (`ENV KEY=value` is read as any `key=value`.)
import type { MatchSink } from './detect-sink.js'
import { fieldRole } from './detect-fields.js'
import { pushFieldValue } from './detect-field-value.js'

const ENV_LINE = /ENV[ \t]+([A-Za-z_][A-Za-z0-9_]{0,80})[ \t]+([^=\s][^\r\n]{0,511})/y

/** At `ENV` starting a line: masks the value when its key names a resource or holds a secret; where scanning goes on, or -1. */
export function handleDockerEnv (text: string, i: number, sink: MatchSink): number {
  const escaped = i > 1 && text.charCodeAt(i - 1) === 110 && text.charCodeAt(i - 2) === 92 // a Dockerfile inside a JSON string
  if (i > 0 && text.charCodeAt(i - 1) !== 10 && !escaped) return -1
  ENV_LINE.lastIndex = i
  const m = ENV_LINE.exec(text)
  if (m === null) return -1
  const key = m[1]
  let rest = m[2]
  if (escaped) { const end = rest.search(/\\[nr"]|"/); if (end >= 0) rest = rest.slice(0, end) } // its line ends at an escaped line break
  const secret = fieldRole(key)?.role === 'secret'
  const value = secret ? rest.trimEnd() : rest.split(/[ \t]/, 1)[0] // a name is one word; a secret may hold blanks
  return pushFieldValue(key, value, ENV_LINE.lastIndex - m[2].length, sink)
}
