// A C preprocessor constant holding a device's settings, as the FreeRTOS / ESP-IDF demos ship them
// (`#define clientcredentialIOT_THING_NAME "x"`, `#define clientcredentialWIFI_PASSWORD "x"`,
// `#define democonfigS3_BUCKET_NAME "x"`): the macro's name says what the string is, after a
// namespace prefix glued to it, so its `_`-joined tail is read as a field name too (`THING_NAME`).
import type { MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, type FieldRole } from './detect-fields.js'

/** After `define`: the macro name, blanks, a one-line string literal. */
const DEFINE = /[ \t]+([A-Za-z_][A-Za-z0-9_]{0,80})[ \t]+"([^"\\\r\n]{1,255})"/yd

/** The role of the macro's name or of its tail of two `_` parts or more. */
function macroRole (name: string): { role: FieldRole, key: string } | null {
  const whole = fieldRole(name)
  if (whole !== null) return { role: whole, key: name }
  const parts = name.split('_')
  for (let k = 1; k + 2 <= parts.length; k++) {
    const key = parts.slice(k).join('_')
    const role = fieldRole(key)
    if (role !== null) return { role, key }
  }
  return null
}

/** At `define` (after `#`), text[i, i + 6): masks the string of a naming or secret macro; returns its end, or -1. */
export function handleCDefine (text: string, i: number, sink: MatchSink): number {
  DEFINE.lastIndex = i + 6
  const m = DEFINE.exec(text)
  if (m === null) return -1
  const found = macroRole(m[1])
  if (found === null || (found.role.role !== 'name' && found.role.role !== 'secret')) return -1
  const kind = classifyValue(found.role, m[2], found.key)
  const at = m.indices?.[2]
  if (kind === null || at === undefined) return -1
  sink.push(at[0], at[1], kind)
  return at[1]
}
