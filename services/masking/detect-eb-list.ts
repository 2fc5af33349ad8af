// `eb list` prints the environments of the application, one a line, the current one starred:
// `$ eb list` / `  quillfeather-api-staging` / `* quillfeather-api-prod`. Each line is an
// environment's name with nothing around it to say so; only the command above says it.
import type { MatchSink } from './detect-sink.js'

/** ` list` and the rest of the command line (options only), then the line break. */
const COMMAND_END = / list(?:[ \t]+-{1,2}[a-z-]{1,20})*[ \t]*\r?\n/y
/** One output line: an environment name (4-40 letters, digits, dashes), optionally starred. */
const ENV_LINE = /[ \t]{0,4}(?:\*[ \t]{1,2})?([A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9])[ \t]*(?:\r?\n|$)/yd

/** At the word `eb` ending at j: masks the names `eb list` printed below; the end of the list, or -1. */
export function handleEbList (text: string, j: number, sink: MatchSink): number {
  COMMAND_END.lastIndex = j
  if (!COMMAND_END.test(text)) return -1
  let at = COMMAND_END.lastIndex
  let names = 0
  for (let n = 0; n < 100; n++) {
    ENV_LINE.lastIndex = at
    const m = ENV_LINE.exec(text)
    const span = m?.indices?.[1]
    if (m === null || span === undefined) break
    sink.push(span[0], span[1], 'resource_name')
    names++
    at = ENV_LINE.lastIndex
  }
  return names > 0 ? at : -1
}
