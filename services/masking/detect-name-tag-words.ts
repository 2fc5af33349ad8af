// A Name tag's value may hold blanks (`"Key": "Name", "Value": "orders api primary"`, YAML's
// `Value: web tier prod`, the CLI's `'Tags=[{Key=Name,Value=web tier prod}]'`, `` `Name=web tier
// prod` ``): it was read to its first blank, or not at all, and the rest went out. The whole value
// is one name, masked as one token. A bare value reads on over name-like words only up to the end
// of its line or the structure that closes it (`}`, `]`, a quote, `,`, `|`, a YAML comment); a
// sentence after it (`Value=web then restart.`) leaves the value to its first word.
import { classifyValue, type FieldRole, type ValueSpan } from './detect-fields.js'
import type { MatchSink } from './detect-sink.js'

const TAG_ROLE: FieldRole = { kind: 'resource_name', role: 'tag' }
/** Words after a bare value's first, each a blank and name-like chars, then what closes the value. */
const MORE_WORDS = /(?:[ \t]{1,4}[A-Za-z0-9._:/@+-]{1,64}){1,8}(?=[ \t]*(?:\r?\n|$|[}\]'"`,|]|[ \t]#))/y
/** Little words of a sentence: a bare value followed by them is prose (`Value=web then restart it`). */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(['the', 'then', 'and', 'or', 'but', 'so', 'it', 'its', 'to', 'a', 'an', 'is', 'was', 'are',
  'of', 'for', 'on', 'in', 'at', 'by', 'with', 'after', 'before', 'which', 'that', 'this', 'we', 'i', 'you', 'they', 'please', 'if', 'when'])
/** Longest name AWS takes for a tag value. */
const MAX_VALUE = 255

/**
 * The span of a Name tag's value of several words, from the value parsed at its start (`first`);
 * null when it is one word (read as before) or no name (a placeholder, a URL).
 */
export function nameTagWords (text: string, first: ValueSpan): ValueSpan | null {
  let span = first
  if (!first.quoted) {
    MORE_WORDS.lastIndex = first.end
    if (!MORE_WORDS.test(text)) return null
    span = { start: first.start, end: MORE_WORDS.lastIndex, next: MORE_WORDS.lastIndex, quoted: false }
    const words = text.slice(first.start, span.end).split(/[ \t]+/)
    if (text.charCodeAt(span.end - 1) === 46 || words.some(w => SENTENCE_WORDS.has(w.toLowerCase()))) return null // a sentence goes on
  }
  const raw = text.slice(span.start, span.end)
  if (span.end - span.start > MAX_VALUE || !/[ \t]/.test(raw)) return null
  return classifyValue(TAG_ROLE, raw, 'Value') === null ? null : span
}

/** After `Name`: `=` and a value of several name-like words. */
const NAME_WORDS = /=([A-Za-z0-9._:/@+-]{1,64}(?:[ \t]{1,4}[A-Za-z0-9._:/@+-]{1,64}){1,8})/yd

/**
 * At `Name` (text[i, i + 4), `=` after it, a quote, backtick, blank, `,`, `{` or the line's start
 * before it): masks a value of several words (`` `Name=web tier prod` ``, `Tags: Name=web tier prod,
 * env=prod`) up to the same quote, or to what closes a bare value; its end, or -1 (one word, a sentence).
 */
export function handleNameWords (text: string, i: number, sink: MatchSink): number {
  NAME_WORDS.lastIndex = i + 4
  const m = NAME_WORDS.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined) return -1
  const open = i > 0 ? text.charCodeAt(i - 1) : 10
  let end = span[1]
  if (open === 34 || open === 39 || open === 96) {
    if (text.charCodeAt(end) !== open) return -1
  } else {
    CLOSES_BARE.lastIndex = end
    if (!CLOSES_BARE.test(text) || m[1].split(/[ \t]+/).some(w => SENTENCE_WORDS.has(w.toLowerCase()))) return -1
    while (text.charCodeAt(end - 1) === 46) end-- // the sentence's full stop
  }
  const value = text.slice(span[0], end)
  if (!/[ \t]/.test(value) || classifyValue(TAG_ROLE, value, 'Value') === null) return -1
  sink.push(span[0], end, 'resource_name')
  return end
}

/** What may follow a bare value of several words: the line's end or the structure closing it. */
const CLOSES_BARE = /[ \t]*(?:\r?\n|$|[}\],|]|[ \t]#)/y

/** The value of a `TAGS<tab>Name<tab>x` row of `--output text`, blanks included, to the line's end. */
const TAGS_ROW_VALUE = /([^\t\r\n]{1,255}?)[ \t]*(?=\r?\n|$)/yd

/** At the value of a `TAGS` row's Name (text[k]): masks a value of several words whole; its end, or -1 (one word: read as before). */
export function handleTagsRowNameWords (text: string, k: number, sink: MatchSink): number {
  TAGS_ROW_VALUE.lastIndex = k
  const m = TAGS_ROW_VALUE.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined || !m[1].includes(' ') || classifyValue(TAG_ROLE, m[1], 'Value') === null) return -1
  sink.push(span[0], span[1], 'resource_name')
  return span[1]
}

/** A `--output table` cell's value to its closing `|`, blanks inside it included. */
const CELL_VALUE = /([^|\r\n]{1,255}?)[ \t]*\|/yd

/**
 * At the value of a CLI table's `Name` cell (text[k], `|  Name |  orders api primary |`): masks a
 * value of several words whole (not a description's words: `the name of it`); its end, or -1.
 */
export function handleCellNameWords (text: string, k: number, sink: MatchSink): number {
  CELL_VALUE.lastIndex = k
  const m = CELL_VALUE.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined || !m[1].includes(' ')) return -1
  if (m[1].split(/[ \t]+/).some(w => SENTENCE_WORDS.has(w.toLowerCase())) || classifyValue(TAG_ROLE, m[1], 'Value') === null) return -1
  sink.push(span[0], span[1], 'resource_name')
  return span[1]
}

/** Words after a filter's last value, none an option (`--query`): a blank, then name-like chars. */
const FILTER_MORE_WORDS = /(?:[ \t]{1,4}[A-Za-z0-9._:/@+][A-Za-z0-9._:/@+-]{0,63}){1,8}/y
/** What closes a bare filter value of several words: the line's end, a closing structure, an option. */
const CLOSES_FILTER = /[ \t]*(?:\r?\n|$|[}\],|]|[ \t]#|--[a-z])/y

/**
 * The end of a naming tag filter's last value read on over blanks (`Values=web tier prod`, in
 * quotes or bare): `open` is the char before the filter's `Name=`, [at, e) the value's first word;
 * -1 when it is one word (or a sentence goes on).
 */
export function filterValueWordsEnd (text: string, open: number, at: number, e: number): number {
  FILTER_MORE_WORDS.lastIndex = e
  if (!FILTER_MORE_WORDS.test(text)) return -1
  const end = FILTER_MORE_WORDS.lastIndex
  if (open === 34 || open === 39 || open === 96) {
    if (text.charCodeAt(end) !== open) return -1
  } else {
    CLOSES_FILTER.lastIndex = end
    if (!CLOSES_FILTER.test(text) || text.charCodeAt(end - 1) === 46) return -1
  }
  const value = text.slice(at, end)
  if (value.split(/[ \t]+/).some(w => SENTENCE_WORDS.has(w.toLowerCase())) || classifyValue(TAG_ROLE, value, 'Value') === null) return -1
  return end
}
