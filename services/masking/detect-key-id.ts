// A KMS key id (a UUID) named in prose by what it is: `(key id 1234abcd-...)`, `key-id 1234abcd-...`,
// `KeyId 1234abcd-...`, `Key ID: 1234abcd-...`. The spec masks a key's UUID where it appears as
// `KeyId`; forms with `:`/`=` right after the key are the key reader's already.
import type { MatchSink } from './detect-sink.js'

/** `key id`, `key-id`, `Key ID` ending at the end of the word `id` (the word `KeyId` is checked by its caller). */
const KEY_BEFORE_ID = /(?:^|[^A-Za-z0-9_-])[Kk]ey[ \t-]$/
/** Blanks (an optional `:` or `=` among them), then a UUID as a whole word. */
const UUID_AFTER = /[ \t]*[:=]?[ \t]{0,4}([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])/y

/**
 * text[i, j) is the word `id`/`ID`/`Id` or `KeyId`: when a key's name comes before it (`key id`) or
 * it is `KeyId`, masks the UUID after it as a KMS key; -1 when none follows.
 */
export function handleKeyIdUuid (text: string, i: number, j: number, sink: MatchSink): number {
  if (j - i === 2 && !KEY_BEFORE_ID.test(text.slice(Math.max(0, i - 5), i))) return -1
  UUID_AFTER.lastIndex = j
  const m = UUID_AFTER.exec(text)
  if (m === null || m[0].length === m[1].length) return -1 // glued to the word: no separator
  const start = UUID_AFTER.lastIndex - m[1].length
  sink.push(start, UUID_AFTER.lastIndex, 'kms_key')
  return UUID_AFTER.lastIndex
}
