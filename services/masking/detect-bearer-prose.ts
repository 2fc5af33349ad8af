// A bearer token written after the word outside an `Authorization:` header: a log line's
// `calling <url> with bearer <token>`, a chat's `use Bearer <token>`. Salesforce session ids
// hold a `!` (`00D...!AQ8...`), JWTs dots.
import type { MatchSink } from './detect-sink.js'

const TOKEN = /[A-Za-z0-9._~+/!=-]{20,4096}(?![A-Za-z0-9._~+/!=-])/y

/** At the word `bearer` / `Bearer` (text[i, j), one blank after): masks a generated-looking token; its end, or -1. */
export function handleBearerProse (text: string, j: number, sink: MatchSink): number {
  TOKEN.lastIndex = j + 1
  if (!TOKEN.test(text)) return -1
  let end = TOKEN.lastIndex
  while (text.charCodeAt(end - 1) === 46) end-- // a sentence's dot
  const value = text.slice(j + 1, end)
  if (value.length < 20 || !/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || /^[a-z]+(?:[-_][a-z]+)*$/.test(value)) return -1 // a word, not a token
  sink.push(j + 1, end, 'api_key')
  return end
}
