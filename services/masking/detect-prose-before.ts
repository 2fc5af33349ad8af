// Names before their noun: `the orders-v2 table`, `` the `ci-deployer` role ``, `the
// payments-eks cluster's nodes`. Adjectives stand there too (`the main table`, `a write-heavy
// table`, `the python3.12 function`), so only a name-shaped word is taken: quoted, any name
// candidate; bare, lower case with `-`, `_` or `.`, and no English compound, version or file.
import { NOUN_WORD_SOURCE, isAsciiLetter, isNameCandidate } from './detect-prose.js'
import { nounKind } from './prose-noun-kind.js'
import { AWS_SERVICE_WORDS, PROSE_QUALIFIERS } from './catalogue.js'
import { codeAt, isAlnum, isNameChar, type MatchSink } from './detect-sink.js'
import { wholeIdKind } from './detect-ids.js'
import { isAwsHost } from './detect-host.js'
import { isAwsOwnName } from './detect-fields.js'
import { isBareName } from './prose-name-shape.js'

const NOUN_AT = new RegExp(NOUN_WORD_SOURCE, 'y')
const NAME_MAX = 255
/** What closes a quoted name right before the noun, and what opened it. */
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [['`**', '**`'], ['**', '**'], ['`', '`'], ['"', '"'], ['\'', '\''], ['*', '*'], ['”', '“']]

/** `` the `order_items` table ``: words and underscores, as SQL names its tables (a DynamoDB table's name rarely so). */
const SQL_TABLE = /^[a-z]+(?:_[a-z]+)+$/
/** At most this many names listed before one noun (`the orders-v2, orders-v3 and orders-v4 tables`). */
const LIST_MAX = 8
/** `, `, ` and `, `, or `, ` & ` between names listed before a noun: the separator's start in a short slice. */
const LIST_SEP_BEFORE = /(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*&[ \t]*)$/

/** A name before a noun; `known` when the scan has masked it already (`billing-dlq` says what it is). */
interface NameBefore { start: number, end: number, before: number, dashesOnly: boolean, known: boolean }

/**
 * `i` is at a noun word with a blank before it: masks the name-shaped words before the noun (a
 * qualifier between aside: `the orders-v2 DynamoDB table`, and listed: `the x-1 and x-2 tables`)
 * with the noun's kind. Looks back at most a name's length per name.
 */
export function handleNameBeforeNoun (text: string, i: number, sink: MatchSink): void {
  if (!mayEndNameAt(text, i - 1, sink)) return // `+ bucket = ...`, `  role:`: no name or qualifier before the blank (most nouns the scan meets)
  NOUN_AT.lastIndex = i
  if (!NOUN_AT.test(text)) return
  const kind = nounKind(text, i, text.slice(i, NOUN_AT.lastIndex))
  if (kind === null || kind === 'ssm_parameter') return // `the max_connections parameter`: an engine's setting
  let end = pastQualifier(text, i - 1)
  const names: NameBefore[] = []
  while (names.length < LIST_MAX) {
    const name = nameEndingAt(text, end, kind, sink)
    if (name === null) break
    names.push(name)
    const sep = LIST_SEP_BEFORE.exec(text.slice(Math.max(0, name.before - 8), name.before))
    if (sep === null) break
    end = name.before - sep[0].length
  }
  if (names.length === 0) return
  // a name of words and dashes only (`billing-dlq`) after a determiner; after an adjective it is English (`a valid fully-formed template`)
  const first = names[names.length - 1].before
  const determined = DETERMINER_BEFORE.test(text.slice(Math.max(0, first - 8), first)) || isDeterminedAdjectiveBefore(text, first)
  for (let k = names.length - 1; k >= 0; k--) {
    const n = names[k]
    if (n.known || (n.dashesOnly && !determined)) continue
    if (n.start >= sink.lastEnd) sink.push(n.start, n.end, kind)
    else (sink.deferred ??= []).push({ start: n.start, end: n.end, kind }) // before a name the scan masked: merged in order at the end
  }
}

/** Can a name (bare, wrapped, or masked by the scan already) or a qualifier end at `end`? Its last char says, as nameEndingAt reads it. */
function mayEndNameAt (text: string, end: number, sink: MatchSink): boolean {
  const c = codeAt(text, end - 1)
  return isNameChar(c) || isWrapperEnd(c) || knownMatchEndingAt(sink, end) !== undefined
}

/** The last char of each closing wrapper: `*`, `` ` ``, `"`, `'`, `”`. */
function isWrapperEnd (c: number): boolean {
  return c === 42 || c === 96 || c === 34 || c === 39 || c === 0x201D
}

/** The scan's match ending at `end`, among its last few. */
function knownMatchEndingAt (sink: MatchSink, end: number): { start: number, end: number } | undefined {
  const list = sink.list
  for (let k = list.length - 1; k >= 0 && k >= list.length - LIST_MAX; k--) {
    if (list[k].end === end) return list[k]
    if (list[k].end < end) return undefined
  }
  return undefined
}

/** Where a name ending at `end` may start at the earliest: past the scan's last match before it (`end` when that is not among its last few). */
function floorBefore (sink: MatchSink, end: number): number {
  const list = sink.list
  for (let k = list.length - 1; k >= 0; k--) {
    if (list[k].end <= end) return list[k].end
    if (k <= list.length - LIST_MAX) return end
  }
  return 0
}

/** A service or qualifier word (`DynamoDB`, `log`, `EKS`) ending at the blank `end`: the blank before it, else `end`. */
function pastQualifier (text: string, end: number): number {
  let k = end
  while (k > 0 && k > end - 16 && isAlnum(text.charCodeAt(k - 1))) k--
  const c = text.charCodeAt(k - 1)
  if (k === end || (c !== 32 && c !== 9)) return end
  const word = text.slice(k, end)
  return AWS_SERVICE_WORDS.has(word) || PROSE_QUALIFIERS[word.toLowerCase()] !== undefined ? k - 1 : end
}

/** The name (and its quotes) ending at `end`, shaped as a name of `kind`; no further back than `floor`. */
function nameEndingAt (text: string, end: number, kind: string, sink: MatchSink): NameBefore | null {
  let open = ''
  if (isWrapperEnd(codeAt(text, end - 1))) { // most names end bare: no closing wrapper to look for
    for (const [close, opening] of WRAPPERS) {
      if (text.endsWith(close, end)) { end -= close.length; open = opening; break }
    }
  }
  const known = knownMatchEndingAt(sink, end)
  if (known !== undefined) {
    const before = known.start - open.length
    return text.startsWith(open, before) ? { start: known.start, end, before, dashesOnly: false, known: true } : null
  }
  const limit = Math.max(floorBefore(sink, end), end - NAME_MAX)
  let start = end
  let shaped = false // a `-`, `_`, `.` or digit, which every name here needs (below): an English word before its noun has none
  while (start > limit) {
    const c = codeAt(text, start - 1)
    if (!isNameChar(c)) break
    if (!isAsciiLetter(c)) shaped = true
    start--
  }
  if (start === end || (start === limit && isNameChar(codeAt(text, start - 1)))) return null // none, or part of something found
  if (!shaped) return null // `the main table`: read before slicing the word
  if (!isAlnum(text.charCodeAt(start)) || !isAlnum(text.charCodeAt(end - 1))) return null // `foo. Table`: a sentence's end
  const before = start - open.length
  if (open !== '' && !text.startsWith(open, before)) return null
  const b = codeAt(text, before - 1)
  if (before > 0 && b !== 32 && b !== 9 && b !== 10 && b !== 13 && b !== 40) return null
  const name = text.slice(start, end)
  if (!isNameCandidate(name) || wholeIdKind(name) !== null || isAwsHost(name) || isAwsOwnName(kind, name)) return null
  if (!/[-_.0-9]/.test(name) || (kind === 's3_bucket' && /[A-Z]/.test(name))) return null // `` the `AuroraReplicaLag` alarm ``: a metric
  if (kind === 'dynamodb_table' && SQL_TABLE.test(name)) return null
  if (open !== '') return { start, end, before, dashesOnly: false, known: false }
  return isBareName(name) ? { start, end, before, dashesOnly: !/[0-9_.]/.test(name), known: false } : null
}

/** An English compound (`low-traffic`, `write-heavy`) and a blank, ending a slice. */
const COMPOUND_BEFORE = /(?:^|[ \t(])([a-z]{2,20}(?:-[a-z]{2,20}){1,3})[ \t]$/

/**
 * `the low-traffic fw-notify-digest function`: a determiner, an English compound, then the name.
 * The compound is no name (isBareName says so), so the name after it is still determined.
 */
function isDeterminedAdjectiveBefore (text: string, before: number): boolean {
  const m = COMPOUND_BEFORE.exec(text.slice(Math.max(0, before - 64), before))
  if (m === null || isBareName(m[1])) return false
  const at = before - m[0].length + m[0].indexOf(m[1])
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 8), at))
}

/** A determiner right before `at` (`the`, `our`): a hyphenated word after it names a thing, after an adjective it is one. */
const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:the|a|an|our|your|my|their|this|that|its|each|every|both|The|A|An|Our|Your|My|Their|This|That|Each|Both)[ \t]$/
