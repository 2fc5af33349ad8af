// Defence in depth: before a payload leaves, run the detector over it once more. Anything it
// finds that is not made only of this scope's tokens is a leak, and the request fails closed.
import type { Detector } from './types.js'
import { replaceTokens, tokenBoundary } from './unmask.js'

const ALNUM = /[A-Za-z0-9]/

/** Kinds of the identifiers still in clear in `text` (empty when clean). */
export function findLeakedKinds (text: string, detector: Detector, isOwnToken: (token: string) => boolean): string[] {
  const kinds = new Set<string>()
  for (const match of detector(text)) {
    if (kinds.has(match.kind)) continue
    const found = text.slice(match.start, match.end)
    if (isOwnToken(found)) continue // most matches: one of our tokens, as the masker wrote it
    // e.g. `S3_BUCKET_1` seen as a bucket name by its context is our own token, not a leak
    const rest = replaceTokens(found, 0, tokenBoundary, (token) => isOwnToken(token) ? '' : undefined)
    if (ALNUM.test(rest)) kinds.add(match.kind)
  }
  return [...kinds].sort()
}
