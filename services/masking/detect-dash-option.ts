// Options written with one dash and `=`, as Java tools take them: Flyway's `-password=x`,
// `-user=x`, a JVM system property `-Dflyway.password=x`, `-Ddb.password=x`. The key reader
// starts no key after a `-` (a word inside `my-db-password`), so a lone dash after a blank is read here.
import type { MatchSink } from './detect-sink.js'
import { SHAPES } from './detect-shapes.js'
import { hasFieldRole } from './detect-fields.js'

/** Longest option name read (`-Dspring.datasource.hikari.data-source-properties.password`). */
const OPTION_MAX = 96

/**
 * At the word text[i, j) right after a `-` that follows a blank, a quote or the line's start: when
 * the option's last dotted segment names a field (`password`, `user`, `bucket`), its value is
 * read as that field's. Returns the value's end, or -1.
 */
export function handleDashOption (text: string, i: number, j: number, sink: MatchSink): number {
  const before = i > 1 ? text.charCodeAt(i - 2) : 10
  if (before !== 32 && before !== 9 && before !== 10 && before !== 34 && before !== 39) return -1
  const limit = Math.min(text.length, i + OPTION_MAX)
  let e = j
  let segment = i
  for (; e < limit; e++) {
    const c = text.charCodeAt(e)
    if (c === 46) segment = e + 1
    else if (!isOptionChar(c)) break
  }
  if (text.charCodeAt(e) !== 61 || segment === e || !hasFieldRole(text, segment, e)) return -1
  const re = SHAPES.key_value.re // run here: the shape starts no key after a `-` or a `.`
  re.lastIndex = segment
  return re.test(text) ? SHAPES.key_value.alt.handle(text, segment, re.lastIndex, sink) : -1
}

function isOptionChar (c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45
}
