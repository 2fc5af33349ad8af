// A CloudFront signed URL's or signed cookie's signature (`?Expires=..&Signature=<x>&Key-Pair-Id=K..`,
// `CloudFront-Signature=<x>`): until it expires, whoever holds the URL or cookie gets the private
// content. CloudFront's URL-safe base64 writes `-`, `_`, `~` for `+`, `=`, `/`.
import type { MatchSink } from './detect-sink.js'

const VALUE = /[A-Za-z0-9~_-]{32,4096}(?![A-Za-z0-9~_+/=-])/y

/** At the word `Signature` (text[i, j), `=` after): masks the signature; its end, or -1. */
export function handleCloudFrontSignature (text: string, i: number, j: number, sink: MatchSink): number {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1
  // a query parameter (`?`, `&`, a blank or line start before it) or CloudFront's cookie; not `X-Amz-Signature` (hex, SigV4)
  if (prev === 45 ? !text.startsWith('CloudFront-', i - 11) : !(prev === 63 || prev === 38 || prev === 32 || prev === 9 || prev === 10 || prev === -1)) return -1
  VALUE.lastIndex = j + 1
  if (!VALUE.test(text) || /^[0-9a-f]+$/.test(text.slice(j + 1, VALUE.lastIndex))) return -1 // SigV4's `Signature=<hex>`: a digest, kept
  sink.push(j + 1, VALUE.lastIndex, 'api_key')
  return VALUE.lastIndex
}
