// JSON whose quotes are written out: `&quot;` (HTML), `\u0022` (.NET's encoder, JSON in JSON),
// `\x22` (C-style logs), `%22` (a URL-encoded body, with `%3A`, `%2C`, ... around it), `\\"` (an
// even run of backslashes: JSON in JSON shown by Python's bytes repr, as `aws --debug` logs a
// response body; flat, the quote after `\\` would end the string). Ids and
// ARNs in it are found by their shape anyway; a name known only by its field (`BucketName`)
// needs the field's quotes and colon. Such a text is read a second time with those decoded, and
// what that finds is mapped back onto the text as it is (a match keeps its original bytes).
import type { Match } from './types.js'

const ENCODED_PART = /&quot;|\\u0022|\\x22|(?<!\\)(?:\\\\){1,4}"|%(?:22|3[Aa]|2[Cc]|7[BbDd]|5[BbCcDd]|20|3[Dd])/g

export interface DecodedView {
  text: string
  /** Where each decoded piece starts: in the view and in the original (ascending). */
  viewStarts: number[]
  originStarts: number[]
}

/** The text with its written-out quotes (and URL-encoded JSON punctuation) decoded; undefined when it has none. */
export function decodedQuotesView (text: string): DecodedView | undefined {
  // native searches: ~0.5 us for 8 KB where one regex alternation took ~3.4 us (every text, every read)
  if (!text.includes('%22') && !text.includes('&quot;') && !text.includes('\\u0022') && !text.includes('\\x22') &&
    !text.includes('\\\\"')) return undefined
  const view: DecodedView = { text: '', viewStarts: [0], originStarts: [0] }
  const parts: string[] = []
  let last = 0
  let length = 0
  for (const found of text.matchAll(ENCODED_PART)) {
    const at = found.index
    const encoded = found[0]
    parts.push(text.slice(last, at), decoded(encoded))
    length += at - last
    // the decoded char stands alone as a piece, so a match ending on it maps to its whole encoding
    view.viewStarts.push(length, length + 1)
    view.originStarts.push(at, at + encoded.length)
    length += 1
    last = at + encoded.length
  }
  if (parts.length === 0) return undefined // `\\\"` (an odd run: JSON in JSON in JSON) only: nothing to decode
  parts.push(text.slice(last))
  view.text = parts.join('')
  return view
}

function decoded (encoded: string): string {
  if (encoded.charCodeAt(0) === 37) return String.fromCharCode(parseInt(encoded.slice(1), 16)) // %XX
  return '"'
}

/** Original position of view position `p` (a piece's start maps to its start; inside a piece, by offset). */
function originOf (view: DecodedView, p: number): number {
  let lo = 0
  let hi = view.viewStarts.length - 1
  while (lo < hi) { // last piece starting at or before p
    const mid = (lo + hi + 1) >>> 1
    if (view.viewStarts[mid] <= p) lo = mid
    else hi = mid - 1
  }
  return view.originStarts[lo] + (p - view.viewStarts[lo])
}

/** A match in the view as a match in the original text. */
export function matchInOrigin (view: DecodedView, m: Match): Match {
  return { start: originOf(view, m.start), end: originOf(view, m.end), kind: m.kind }
}
