// Where a token (`LABEL_n`) stands, found by hand instead of a regex alternation of every label:
// the detector asks at each upper-case word followed by `_` (restoration keeps the compiled regex,
// faster over long texts).
// Same answer as the sticky regex `(?:KIND_LABELS...)_[1-9][0-9]*(?![0-9])`: labels are tried in
// KIND_LABELS order (longest first) and the first that fits wins.
import { KIND_LABELS } from './token-format.js'

/** Labels by their first char code (ASCII upper case), in KIND_LABELS order. */
const BY_FIRST: Array<string[] | undefined> = []
for (const label of KIND_LABELS) (BY_FIRST[label.charCodeAt(0)] ??= []).push(label)

/** End of the token starting exactly at `at`, or -1 (boundaries before it are the caller's). */
export function tokenEndAt (text: string, at: number): number {
  const labels = BY_FIRST[text.charCodeAt(at)]
  if (labels === undefined) return -1
  for (const label of labels) {
    const underscore = at + label.length
    if (text.charCodeAt(underscore) !== 95) continue
    const digit = text.charCodeAt(underscore + 1)
    if (!(digit >= 49 && digit <= 57) || !text.startsWith(label, at)) continue
    let end = underscore + 2
    while (end < text.length && isDigit(text.charCodeAt(end))) end++
    return end
  }
  return -1
}

/** End of a markdown-escaped token (`IAM\_ROLE\_1`) starting exactly at `at`, or -1: restoration reads one there. */
export function escapedTokenEndAt (text: string, at: number): number {
  const labels = BY_FIRST[text.charCodeAt(at)]
  if (labels === undefined) return -1
  for (const label of labels) {
    let p = at
    let k = 0
    for (; k < label.length; k++, p++) {
      const c = label.charCodeAt(k)
      if (c === 95 && text.charCodeAt(p++) !== 92) break
      if (text.charCodeAt(p) !== c) break
    }
    if (k < label.length || text.charCodeAt(p) !== 92 || text.charCodeAt(p + 1) !== 95) continue
    const digit = text.charCodeAt(p + 2)
    if (!(digit >= 49 && digit <= 57)) continue
    let end = p + 3
    while (end < text.length && isDigit(text.charCodeAt(end))) end++
    return end
  }
  return -1
}

function isDigit (c: number): boolean {
  return c >= 48 && c <= 57
}

/**
 * Length of the URL-encoded slash right before `index`: 3 for `%2F`, 5 for the twice-encoded
 * `%252F` and the console's `$252F` (either case of `F`), else 0. A token may start right after
 * one (`log-group/$252Faws$252Flambda$252FLAMBDA_FUNCTION_1`): the detector masks there and
 * restoration reads a token there. Looks back five chars at most.
 */
export function encodedSlashBefore (text: string, index: number): number {
  const f = text.charCodeAt(index - 1)
  if ((f !== 70 && f !== 102) || text.charCodeAt(index - 2) !== 50) return 0
  const p = text.charCodeAt(index - 3)
  if (p === 37) return 3
  if (p !== 53 || text.charCodeAt(index - 4) !== 50) return 0
  const q = text.charCodeAt(index - 5)
  return q === 37 || q === 36 ? 5 : 0
}
