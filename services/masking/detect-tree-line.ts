// A tree printed as text (an OU tree from a script, `tree`-like output): a branch (`├── `, `└── `,
// ASCII `|-- `, `` `-- ``, `+-- `) then an account's name beside its 12-digit id, either order
// (`├── acme-staging  417093628514`, `└── 417093628514 (acme-staging)`). The id says the word
// beside it names the account. Matches go to the deferred list; the id is the scan's as usual.
import type { MatchSink } from './detect-sink.js'
import { isNameCandidate } from './detect-prose.js'
import { wholeIdKind } from './detect-ids.js'

/** After the branch's glyph: its dashes, blanks, then a name and an account id, or an id and a name. */
const NAME_THEN_ID = /(?:\u2500{1,4}|-{2,4})[ \t]{1,8}([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:[ \t]{1,16}\(?|[ \t]*\(|[ \t]{1,8}[-–—:|][ \t]{1,8})([0-9]{12})(?![0-9A-Za-z_-])/y
const ID_THEN_NAME = /(?:\u2500{1,4}|-{2,4})[ \t]{1,8}([0-9]{12})(?:[ \t]{1,16}\(?|[ \t]*\(|[ \t]{1,8}[-–—:|][ \t]{1,8})([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?![A-Za-z0-9_-])/y

/** `i` is at a branch's glyph (`├`, `└`) or at the dashes after an ASCII one; -1 (the scan goes on). */
export function handleTreeLine (text: string, i: number, sink: MatchSink): number {
  const at = text.charCodeAt(i) === 45 ? i : i + 1
  NAME_THEN_ID.lastIndex = at
  let m = NAME_THEN_ID.exec(text)
  let name: string | undefined
  let start = -1
  if (m !== null) {
    name = m[1]
    start = at + m[0].indexOf(name) // the dashes and blanks before hold no letter or digit
  } else {
    ID_THEN_NAME.lastIndex = at
    m = ID_THEN_NAME.exec(text)
    if (m === null) return -1
    name = m[2]
    start = ID_THEN_NAME.lastIndex - name.length
  }
  while (name.endsWith('.') || name.endsWith('-')) name = name.slice(0, -1)
  if (!isNameCandidate(name) || wholeIdKind(name) !== null) return -1
  const deferred = sink.deferred ?? (sink.deferred = [])
  deferred.push({ start, end: start + name.length, kind: 'resource_name' })
  return -1
}
