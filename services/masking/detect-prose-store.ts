// A secret's or parameter's name before the store that holds it: `Secrets come from
// bw/prod/stripe-key in Secrets Manager`, `/prod/db/url in Parameter Store`, `` `db-pass` in SSM ``.
// The scan reaches the name before it knows the store, so the word `in` looks back at it; after
// the store, `as` introduces it (`move the key to Secrets Manager as acme/prod/api-key`).
import { isNameCandidate } from './detect-prose.js'
import { isAlnum, type MatchSink } from './detect-sink.js'
import { wholeIdKind } from './detect-ids.js'
import { isAwsHost } from './detect-host.js'

/** After `in`: the store (`Secrets Manager`, `AWS Secrets Manager`, `Parameter Store`, `SSM`), a whole word. */
const STORE_AFTER_IN = /[ \t]{1,4}(?:the[ \t]{1,4})?(?:AWS[ \t]{1,4})?(?:(Secrets[ \t]{1,4}Manager)|(?:SSM[ \t]{1,4})?Parameter[ \t]{1,4}Store|SSM)(?![A-Za-z0-9_-])/y
const NAME_MAX = 512
/** Quotes a name may stand in before `in` (closing, opening). */
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [['`**', '**`'], ['**', '**'], ['`', '`'], ['"', '"'], ['\'', '\'']]

/** Characters of a secret's name or a parameter's path (Secrets Manager allows `/_+=.@-`; `=` is left out: `KEY=x in SSM`). */
function isStoredNameChar (c: number): boolean {
  return isAlnum(c) || c === 45 || c === 46 || c === 95 || c === 47 || c === 43 || c === 64
}

/**
 * `i` is at the word `in` (a blank before it): when a store follows, masks the name before the
 * blank as a secret name or a parameter; -1 (the word read as any other) when none stands there.
 */
export function handleNameInStore (text: string, i: number, sink: MatchSink): number {
  STORE_AFTER_IN.lastIndex = i + 2
  const store = STORE_AFTER_IN.exec(text)
  if (store === null) return -1
  let end = i - 1
  while (end > 0 && i - end < 4 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--
  let open = ''
  for (const [close, opening] of WRAPPERS) {
    if (text.endsWith(close, end)) { end -= close.length; open = opening; break }
  }
  const limit = Math.max(0, end - NAME_MAX)
  let start = end
  while (start > limit && isStoredNameChar(text.charCodeAt(start - 1))) start--
  while (start < end && !isAlnum(text.charCodeAt(start)) && text.charCodeAt(start) !== 47) start++ // `=x`: no name starts with punctuation but a path's `/`
  if (start >= end || start < sink.lastEnd || (start === limit && limit > 0)) return -1 // none, or found already (`the secret x in ...`)
  const before = start - open.length
  if (!text.startsWith(open, before)) return -1
  const b = text.charCodeAt(before - 1)
  if (before > 0 && b !== 32 && b !== 9 && b !== 10 && b !== 13 && b !== 40 && b !== 61 && b !== 58) return -1 // a blank, `(`, `KEY=`, `key:`
  const name = text.slice(start, end)
  if (!isStoredName(name)) return -1
  sink.push(start, end, store[1] !== undefined ? 'secret_name' : 'ssm_parameter')
  return STORE_AFTER_IN.lastIndex
}

/** Before `as`: the store, ending right before the blank (`...Secrets Manager`, `Parameter Store`, `SSM`). */
const STORE_BEFORE_AS = /(?:^|[^A-Za-z0-9_-])(?:(Secrets[ \t]{1,4}Manager)|Parameter[ \t]{1,4}Store|SSM)[ \t]{1,4}$/
/** After `as`: an optional article or quote, then the name. */
const NAME_AFTER_AS = /[ \t]{1,4}(?:an?[ \t]{1,4}(?:secret|parameter|SecureString)[ \t]{1,4})?(\*\*`|\*\*|`|"|')?([A-Za-z0-9/_+.@-]{1,512})/y

/** `i` is at the word `as` after a store: masks the name after it; -1 when no store or no name stands there. */
export function handleStoreAsName (text: string, i: number, sink: MatchSink): number {
  // `as` is a common word: the store's last word is checked in place before any slice or regex
  let k = i - 1
  while (k > 0 && i - k < 5 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
  if (!text.endsWith('Manager', k) && !text.endsWith('Store', k) && !text.endsWith('SSM', k)) return -1
  const store = STORE_BEFORE_AS.exec(text.slice(Math.max(0, i - 40), i))
  if (store === null) return -1
  NAME_AFTER_AS.lastIndex = i + 2
  const m = NAME_AFTER_AS.exec(text)
  if (m === null) return -1
  let end = NAME_AFTER_AS.lastIndex
  while (end > 0 && '.-'.includes(text[end - 1])) end-- // a sentence's full stop
  const start = NAME_AFTER_AS.lastIndex - m[2].length
  const name = text.slice(start, end)
  const close = m[1] === undefined ? '' : [...m[1]].reverse().join('')
  if (end <= start || !isStoredName(name) || (close !== '' && !text.startsWith(close, end))) return -1
  sink.push(start, end, store[1] !== undefined ? 'secret_name' : 'ssm_parameter')
  return end
}

/** A name, not a word: `key/value`, `read/write` are English; a path needs a digit, `-`, `_`, `.` or a second `/`. */
function isStoredName (name: string): boolean {
  const bare = name.replace(/^\/+/, '')
  if (!isNameCandidate(bare) || wholeIdKind(bare) !== null || isAwsHost(bare) || name.startsWith('arn:')) return false
  if (name.startsWith('/aws/')) return false // AWS's public parameters
  const slashes = name.split('/').length - 1
  return slashes === 0 || slashes >= 2 || /[-_.0-9]/.test(name)
}
