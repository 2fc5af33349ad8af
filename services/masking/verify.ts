// Defence in depth: before a payload leaves, run the detector over it once more. Anything it
// finds that is not made only of this scope's tokens is a leak, and the request fails closed.
import type { Detector, Match } from './types.js'
import { collectStrings, type StringSite } from './json-walk.js'
import { replaceTokens, tokenBoundary } from './unmask.js'

const ALNUM = /[A-Za-z0-9]/
const WORD = /[A-Za-z0-9_]/
/** Characters before a word the boundary rule may read (an escaped newline, an encoded slash, `\u001b[01;31m`). */
const BOUNDARY_CONTEXT = 16

/**
 * Kinds of the identifiers still in clear in `text` (empty when clean), given the detector's
 * matches in it. A match that our own tokens make up (`S3_BUCKET_1` read as a bucket), or that
 * reads into one (the `1` of `S3_BUCKET_1.s3.amazonaws.com` as a bucket label, `master.` +
 * `ELASTICACHE_CLUSTER_1` as a host name), is judged by what is left once the tokens are taken
 * out: the masker already read those characters in the original text and left them, so they
 * count as a leak only if the detector finds an identifier in them standing alone.
 */
export function findLeakedKinds (text: string, matches: Match[], isOwnToken: (token: string) => boolean, detector: Detector): string[] {
  const kinds = new Set<string>()
  for (const match of matches) {
    if (kinds.has(match.kind)) continue
    const found = text.slice(match.start, match.end)
    if (isOwnToken(found)) continue // most matches: one of our tokens, as the masker wrote it
    const rest = withoutOwnTokens(text, match, isOwnToken)
    if (!ALNUM.test(rest)) continue
    if (rest === found || detector(rest).length > 0) kinds.add(match.kind)
  }
  return [...kinds].sort()
}

/**
 * The strings a JSON document carries, as the masker walked them: every key, every string value
 * decoded (with its field as context), every number that may be an identifier. The leak check
 * reads these rather than the serialised bytes: escapes are no data, and they change what the
 * detector reads (`\naws rds describe-db-instances` is no CLI line to it, a JSON line inside a
 * string turns into `\"resource_name\":\"current\"`), so the bytes would be judged unlike the
 * text the masker judged. Not JSON: the text itself.
 */
export function sitesOfJson (json: string): StringSite[] {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return [{ text: json }]
  }
  return collectStrings(value)
}

/** The match's characters with every own token touching them blanked (same length). */
function withoutOwnTokens (text: string, match: Match, isOwnToken: (token: string) => boolean): string {
  let from = match.start
  let to = match.end
  while (from > 0 && WORD.test(text[from - 1])) from--
  while (to < text.length && WORD.test(text[to])) to++
  const contextStart = Math.max(0, from - BOUNDARY_CONTEXT)
  const blanked = replaceTokens(text.slice(contextStart, to), from - contextStart, tokenBoundary,
    (token, written) => isOwnToken(token) ? ' '.repeat(written.length) : undefined)
  return blanked.slice(match.start - from, match.end - from)
}
