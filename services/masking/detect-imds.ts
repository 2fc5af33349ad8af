// Names the instance metadata service prints with no field around them: the security groups'
// names (`curl .../meta-data/security-groups`, one a line; `ec2-metadata -s`'s `security-groups: a b`)
// and the instance's Name tag (`curl .../meta-data/tags/instance/Name`, on the line after the command).
// Matches go to the deferred list: the command and its output are scanned as usual too.
import { indexWithin, type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'

/** At most this many lines of IMDS output are read after the command. */
const OUTPUT_LINES = 16
/** One security group name a line; a curl without a trailing newline glues the prompt's `[` to the last. */
const GROUP_LINE = /([A-Za-z0-9][A-Za-z0-9._:+=@-]{0,254})[ \t]*(?=\r?\n|$|\[)/y
/** A Name tag's value (it may hold blanks) to the line's end or a glued prompt. */
const NAME_LINE = /([A-Za-z0-9][A-Za-z0-9 ._:/+=@-]{0,254}?)[ \t]*(?=\r?\n|$|\[)/y
/** The names after `security-groups: ` (space-joined by ec2-metadata) to the line's end. */
const GROUP_WORD = /[ \t]*([^\s]{1,255})/y

const GROUP_ROLE = fieldRole('GroupName')
const TAG_ROLE = fieldRole('Value')

function groupKind (value: string): string | null {
  if (GROUP_ROLE === null || value === 'default') return null // the VPC's own group, named by AWS
  return classifyValue(GROUP_ROLE, value, 'GroupName') === null ? null : wholeIdKind(value) ?? 'resource_name'
}

function defer (sink: MatchSink, start: number, end: number, kind: string): void {
  (sink.deferred ??= []).push({ start, end, kind })
}

/** Where the line after the one holding `i` starts, or -1. */
function nextLine (text: string, i: number): number {
  const eol = indexWithin(text, '\n', i, i + 2048)
  return eol < 0 ? -1 : eol + 1
}

/** Is `p` the end of the IMDS path in its command (a quote, a blank, the line's end)? */
function endsPath (text: string, p: number): boolean {
  const c = text.charCodeAt(p)
  return p === text.length || c === 10 || c === 13 || c === 32 || c === 9 || c === 34 || c === 39 || c === 41 || c === 59
}

/** Defers each group name on the lines from `from`. */
function groupLines (text: string, from: number, sink: MatchSink): void {
  for (let line = 0, p = from; line < OUTPUT_LINES && p > 0 && p < text.length; line++) {
    GROUP_LINE.lastIndex = p
    const m = GROUP_LINE.exec(text)
    const kind = m === null ? null : groupKind(m[1])
    if (m === null || kind === null) break
    defer(sink, p, p + m[1].length, kind)
    if (text.charCodeAt(GROUP_LINE.lastIndex) === 91) break // the prompt glued to it
    p = nextLine(text, p)
  }
}

/**
 * At `security` (text[i, j), `-` after it): the names of `security-groups` in ec2-metadata's
 * `security-groups: x y` or in the output after an IMDS path `meta-data/security-groups`.
 */
export function handleImdsSecurityGroups (text: string, i: number, j: number, sink: MatchSink): void {
  if (!text.startsWith('-groups', j)) return
  const after = j + 7
  if (text.charCodeAt(after) === 58 && (i === 0 || text.charCodeAt(i - 1) === 10)) { // ec2-metadata's row
    GROUP_WORD.lastIndex = after + 1
    for (let n = 0; n < OUTPUT_LINES; n++) {
      const at = GROUP_WORD.lastIndex
      const m = GROUP_WORD.exec(text)
      if (m === null) break
      const start = at + m[0].length - m[1].length
      const kind = groupKind(m[1])
      if (kind === null) break
      defer(sink, start, start + m[1].length, kind)
      const c = text.charCodeAt(start + m[1].length)
      if (c === 10 || c === 13) break
    }
    return
  }
  if (text.startsWith('meta-data/', i - 10) && endsPath(text, after)) groupLines(text, nextLine(text, after), sink)
}

/** At `Name` after `meta-data/tags/instance/`: the tag's value on the line after the command. */
export function handleImdsNameTag (text: string, i: number, sink: MatchSink): void {
  if (!text.startsWith('tags/instance/', i - 14) || !endsPath(text, i + 4) || TAG_ROLE === null) return
  const from = nextLine(text, i + 4)
  if (from < 0) return
  NAME_LINE.lastIndex = from
  const m = NAME_LINE.exec(text)
  if (m !== null && classifyValue(TAG_ROLE, m[1], 'Value') !== null) defer(sink, from, from + m[1].length, wholeIdKind(m[1]) ?? 'resource_name')
}
