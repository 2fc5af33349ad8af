// A proxy must not change the client's bytes beyond masking, numbers included. JSON.parse keeps
// a number's value, not its text: `1.0` came back `1`, `1e3` `1000`, `-0` `0`, 9007199254740993
// (above 2^53) 9007199254740992, `1e400` null. Such a literal (rare: most numbers are written
// as JSON.stringify writes them) is swapped, before parsing, for a stand-in number of its own
// (a fraction masking never reads: only integers can be identifiers), and written back as it was
// when the body is serialised again. A literal masking may read (an integer of 12 to 15 digits
// written `123456789012.0`) is left to JSON.parse: masked as the number it is, fail closed.
import { createHash, randomBytes } from 'node:crypto'
import { closingQuote } from './reused-literals.js'

/** Digits a stand-in starts with after `0.`, this process's own: found in the serialised text by one native search. */
const PREFIX = `0.${String(100_000 + (randomBytes(4).readUInt32BE() % 900_000))}`
const SECRET = randomBytes(16).toString('hex')
/** Digits after the prefix: 6 + 9 = 15 significant digits, so a stand-in reads back exactly as written. */
const TAIL = 9
const STAND_IN = PREFIX.length + TAIL
const MAX_TRIES = 8
/** The digit count up to which an integer is read exactly by JSON.parse (Number.MAX_SAFE_INTEGER has 16). */
const SAFE_DIGITS = 15
/** Integers this long may be identifiers (json-walk's MIN_NUMBER_DIGITS): left to the masker. */
const MIN_IDENTIFIER_DIGITS = 12

export interface RawNumbers {
  /** `json` (a serialisation of the parsed value, changed or not) with each stand-in written back as the client wrote it. */
  emit: (json: string) => string
}

const tables = new WeakMap<object, RawNumbers>()

/** The stand-ins of a value parseKeepingNumbers made (or one `keepNumbers` carried over). */
export function rawNumbersOf (value: unknown): RawNumbers | undefined {
  return value !== null && typeof value === 'object' ? tables.get(value) : undefined
}

/** `to` (a copy made of `from`, such as a restored answer) holds the stand-ins of `from`. */
export function keepNumbers (from: unknown, to: unknown): void {
  const numbers = rawNumbersOf(from)
  if (numbers !== undefined && to !== null && typeof to === 'object') tables.set(to, numbers)
}

/** JSON.stringify(value), with the number literals it was parsed from as they were written. */
export function stringifyKeepingNumbers (value: unknown): string {
  const json = JSON.stringify(value)
  return rawNumbersOf(value)?.emit(json) ?? json
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57

/** End of the number literal starting at `at` (a `-` or a digit), as JSON's grammar reads it. */
function numberEnd (text: string, at: number): number {
  let i = at
  if (text.charCodeAt(i) === 45) i++
  while (isDigit(text.charCodeAt(i))) i++
  if (text.charCodeAt(i) === 46) { i++; while (isDigit(text.charCodeAt(i))) i++ }
  const e = text.charCodeAt(i)
  if (e === 101 || e === 69) {
    i++
    const sign = text.charCodeAt(i)
    if (sign === 43 || sign === 45) i++
    while (isDigit(text.charCodeAt(i))) i++
  }
  return i
}

/** Does JSON.parse then JSON.stringify give `raw` back as written? */
function keepsForm (raw: string): boolean {
  let plain = raw.length <= SAFE_DIGITS
  for (let i = 0; plain && i < raw.length; i++) plain = isDigit(raw.charCodeAt(i)) // the common case: a short integer
  return plain || String(Number(raw)) === raw
}

/** A literal JSON.parse reads as an integer masking may take for an identifier. */
function maskable (raw: string): boolean {
  const value = Number(raw)
  return Number.isSafeInteger(value) && String(Math.abs(value)).length >= MIN_IDENTIFIER_DIGITS
}

/** Literals of `text` outside strings that JSON.parse would not give back as written: [start, end) pairs. */
function lossyLiterals (text: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  const length = text.length
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      const close = closingQuote(text, i + 1)
      if (close === -1) break // not JSON: the parser answers
      i = close
    } else if (c === 45 || isDigit(c)) {
      const end = numberEnd(text, i)
      if (end > i && !keepsForm(text.slice(i, end)) && !maskable(text.slice(i, end))) found.push([i, end])
      i = end - 1
    }
  }
  return found
}

function standIn (raw: string, salt: number): string {
  const digits = BigInt('0x' + createHash('sha256').update(`${SECRET}:${salt}:${raw}`).digest('hex').slice(0, 15)) % 10n ** BigInt(TAIL - 1)
  return PREFIX + digits.toString().padStart(TAIL - 1, '0') + String(1 + Number(digits % 9n)) // last digit never 0: read back as written
}

/**
 * `text` with its lossy number literals swapped for stand-ins, and the table writing them back;
 * undefined when it has none (nearly every body). Same literal, same stand-in: a resent turn
 * serialises to the same bytes (the result cache compares them).
 */
export function withStandIns (text: string): { text: string, numbers: RawNumbers } | undefined {
  const literals = lossyLiterals(text)
  if (literals.length === 0) return undefined
  const raws = literals.map(([start, end]) => text.slice(start, end))
  const byRaw = new Map<string, string>()
  const byStandIn = new Map<string, string>()
  for (const raw of raws) {
    if (byRaw.has(raw)) continue
    let chosen: string | undefined
    for (let salt = 0; salt < MAX_TRIES && chosen === undefined; salt++) {
      const candidate = standIn(raw, salt)
      if (!byStandIn.has(candidate) && !text.includes(candidate.slice(1))) chosen = candidate // `.6...`: nor inside a longer number
    }
    if (chosen === undefined) return undefined
    byRaw.set(raw, chosen)
    byStandIn.set(chosen, raw)
  }
  const pieces: string[] = []
  let from = 0
  literals.forEach(([start, end], k) => { pieces.push(text.slice(from, start), byRaw.get(raws[k]) as string); from = end })
  pieces.push(text.slice(from))
  return { text: pieces.join(''), numbers: { emit: (json) => writtenBack(json, byStandIn) } }
}

/** Registers `numbers` for the value parsed from the stand-ins' text. */
export function attachNumbers (value: unknown, numbers: RawNumbers): void {
  if (value !== null && typeof value === 'object') tables.set(value, numbers)
}

/** JSON.parse(text), each lossy number literal written back when the value is serialised with stringifyKeepingNumbers. Throws as JSON.parse does. */
export function parseKeepingNumbers (text: string): unknown {
  const swapped = withStandIns(text)
  if (swapped === undefined) return JSON.parse(text)
  let value: unknown
  try { value = JSON.parse(swapped.text) } catch { return JSON.parse(text) } // the error of the text itself
  attachNumbers(value, swapped.numbers)
  return value
}

/** A stand-in stands as a value: after `:`, `,` or `[` (blanks between), before no digit. */
function standsAsValue (json: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && (json.charCodeAt(k) === 32 || json.charCodeAt(k) === 10 || json.charCodeAt(k) === 13 || json.charCodeAt(k) === 9)) k--
  const before = json.charCodeAt(k)
  const after = json.charCodeAt(at + STAND_IN)
  return (before === 58 || before === 44 || before === 91 || k < 0) && !isDigit(after) && after !== 101 && after !== 69
}

function writtenBack (json: string, byStandIn: Map<string, string>): string {
  let at = json.indexOf(PREFIX)
  if (at === -1) return json
  const pieces: string[] = []
  let from = 0
  for (; at !== -1; at = json.indexOf(PREFIX, at + 1)) {
    const raw = byStandIn.get(json.slice(at, at + STAND_IN))
    if (raw === undefined || !standsAsValue(json, at)) continue
    pieces.push(json.slice(from, at), raw)
    from = at + STAND_IN
  }
  pieces.push(json.slice(from))
  return pieces.join('')
}
