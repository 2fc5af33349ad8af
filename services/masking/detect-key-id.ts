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

/**
 * Keys whose value a UUID may be that are no KMS key: an object's or item's key, a database's, a
 * request's (`S3 object key 9b1f…`, `partition key`, `idempotency key`). Credentials with a
 * qualifier (`API key`) are detect-prose-key's, read first.
 */
const DATA_KEY_WORDS: ReadonlySet<string> = new Set(['object', 's3', 'partition', 'sort', 'primary', 'foreign', 'hash', 'range',
  'idempotency', 'dedup', 'deduplication', 'cache', 'routing', 'message', 'row', 'record', 'item', 'lookup', 'composite', 'unique',
  'map', 'dict', 'json', 'correlation', 'trace', 'request', 'join', 'shard', 'index', 'natural', 'surrogate', 'candidate', 'redis'])
/** After `key`: blanks (the line may wrap, `\\n` in JSON too), an optional `:`, `=`, `is` or `was`, then a UUID as a whole word, perhaps quoted. */
const UUID_AFTER_KEY = /[ \t]{0,4}(?:[:=]|(?:is|was)(?=[ \t]))?[ \t]{0,4}(?:(?:\r|\\r)?(?:\n|\\n)[ \t]{0,16})?[`'"(]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])/y
const MAX_QUALIFIER = 16

/** The word before `key` at `i` (`ML`, `the`, `kms` of `kms-key`), lower-cased; '' when none stands on its line. */
function qualifierBefore (text: string, i: number): string {
  let end = i
  const joiner = text.charCodeAt(end - 1)
  if (joiner === 45 || joiner === 95 || joiner === 46) end-- // `kms-key`, `object_key`, `s3.key`
  else while (end > 0 && i - end < 8 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--
  let start = end
  while (start > 0 && end - start <= MAX_QUALIFIER && isWordChar(text.charCodeAt(start - 1))) start--
  return start === end ? '' : text.slice(start, end).toLowerCase()
}

function isWordChar (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/**
 * text[i, j) is the word `key`: a UUID after it is a KMS key's id (`the ML key 3f9c1e72-…`, `KMS key:
 * 1234abcd-…`, wrapped onto the next line), unless the word before names another key (DATA_KEY_WORDS);
 * a `key` starting its line (`key: <uuid>` of YAML) says nothing. Returns the UUID's end, or -1.
 */
export function handleKeyUuid (text: string, i: number, j: number, sink: MatchSink): number {
  const qualifier = qualifierBefore(text, i)
  if (qualifier === '' || DATA_KEY_WORDS.has(qualifier)) return -1
  UUID_AFTER_KEY.lastIndex = j
  const m = UUID_AFTER_KEY.exec(text)
  if (m === null) return -1
  sink.push(UUID_AFTER_KEY.lastIndex - m[1].length, UUID_AFTER_KEY.lastIndex, 'kms_key')
  return UUID_AFTER_KEY.lastIndex
}
