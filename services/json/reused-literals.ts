// A resent request repeats its long texts byte for byte, and JSON.parse decodes each again
// (~2.5 ms a MB, the largest cost of a resent multi-MB paste). A string literal this long is
// found by its raw bytes (a native compare) and its decoded string reused: the same string
// object, so the masking caches after the parser compare it by reference, not char by char.
// The rest of the body (its skeleton) is parsed by JSON.parse as ever.
import { randomUUID } from 'node:crypto'

/** Literals shorter than this are decoded by JSON.parse with the rest (a lookup costs as much). */
export const MIN_REUSED_LITERAL = 64 * 1024
/** Smaller bodies are parsed whole: looking for long literals would cost more than it saves. */
export const MIN_BODY = 256 * 1024
/**
 * A body with more literals than one per this many chars is mostly short strings (a big JSON
 * document): the walk over them is given up, and the body parsed whole, before it costs much.
 */
const CHARS_PER_LITERAL = 512
const MAX_ENTRIES = 16
/** Chars a kept literal is first looked up by: its quote and the start of its content. */
const PROBE = 16
const BACKSLASH = 92

/** Index of the quote closing the string whose content starts at `from`, or -1 when unclosed. */
export function closingQuote (text: string, from: number): number {
  for (;;) {
    const quote = text.indexOf('"', from) // native search: string content is most of a prompt
    if (quote === -1) return -1
    let backslash = quote - 1
    while (text.charCodeAt(backslash) === BACKSLASH) backslash-- // the char before `from` is a quote
    if ((quote - 1 - backslash) % 2 === 0) return quote // an even run of backslashes escapes itself
    from = quote + 1
  }
}

/** Whether the literal ending before `end` is a value (an object key has a colon after it). */
function isValue (text: string, end: number): boolean {
  let i = end
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  return text.charCodeAt(i) !== 58
}

interface Entry { raw: string, value: string }

export interface LiteralMemo {
  /**
   * JSON.parse(text), with its long string values reused from earlier bodies; undefined when
   * it has none, or is not valid JSON (the caller's parser then answers, errors included).
   * `skeleton` may rewrite the text parsed once the long literals stand apart (raw-numbers reads
   * its number literals there: no need to walk the long strings again).
   */
  parse: (text: string, skeleton?: (json: string) => string) => unknown
  /** Literals kept, their estimated bytes, and how many times one was reused. */
  stats: () => { entries: number, bytes: number, reused: number }
}

/** Stands for a reused literal in the skeleton (no client can guess it). */
const MARK = `\u0000literal-${randomUUID()}-`
const MARK_JSON = JSON.stringify(MARK).slice(0, -1)

export function createLiteralMemo (maxBytes: number): LiteralMemo {
  const entries: Entry[] = [] // most recently used first out
  const byProbe = new Map<string, Entry[]>()
  let bytes = 0
  let reused = 0
  const size = (entry: Entry): number => 2 * (entry.raw.length + entry.value.length)

  function remember (entry: Entry): void {
    if (size(entry) > maxBytes) return
    entries.push(entry)
    const probe = entry.raw.slice(0, PROBE)
    byProbe.set(probe, [...byProbe.get(probe) ?? [], entry])
    bytes += size(entry)
    while (bytes > maxBytes || entries.length > MAX_ENTRIES) forget(entries[0])
  }

  function forget (entry: Entry): void {
    entries.splice(entries.indexOf(entry), 1)
    const probe = entry.raw.slice(0, PROBE)
    const rest = (byProbe.get(probe) as Entry[]).filter((other) => other !== entry)
    if (rest.length === 0) byProbe.delete(probe)
    else byProbe.set(probe, rest)
    bytes -= size(entry)
  }

  /** The kept literal standing at `at`, by its first chars, then compared whole. */
  function kept (text: string, at: number): Entry | undefined {
    const candidates = byProbe.get(text.slice(at, at + PROBE))
    if (candidates === undefined) return undefined
    for (const entry of candidates) {
      if (!text.startsWith(entry.raw, at)) continue
      entries.push(...entries.splice(entries.indexOf(entry), 1))
      return entry
    }
    return undefined
  }

  /** The long value literals of `text`, each decoded (or reused), with its place; undefined when unclosed or invalid. */
  function longLiterals (text: string): Array<[start: number, end: number, value: string]> | undefined {
    const found: Array<[number, number, string]> = []
    let budget = text.length / CHARS_PER_LITERAL
    for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at)) {
      if (--budget < 0) return undefined
      const entry = entries.length === 0 ? undefined : kept(text, at)
      let end: number
      if (entry !== undefined) end = at + entry.raw.length
      else {
        const closing = closingQuote(text, at + 1)
        if (closing === -1) return undefined
        end = closing + 1
      }
      if (end - at >= MIN_REUSED_LITERAL && isValue(text, end)) {
        let value = entry?.value
        if (value === undefined) {
          const raw = text.slice(at, end)
          try { value = JSON.parse(raw) as string } catch { return undefined }
          remember({ raw, value })
        } else reused++
        found.push([at, end, value])
      }
      at = end
    }
    return found
  }

  return {
    parse (text, skeleton) {
      if (maxBytes <= 0 || text.length < MIN_BODY) return undefined
      const literals = longLiterals(text)
      if (literals === undefined || literals.length === 0) return undefined
      const pieces: string[] = []
      let from = 0
      for (const [i, [start, end]] of literals.entries()) {
        pieces.push(text.slice(from, start), MARK_JSON, String(i), '"')
        from = end
      }
      pieces.push(text.slice(from))
      let root: unknown
      const joined = pieces.join('')
      try { root = JSON.parse(skeleton === undefined ? joined : skeleton(joined)) } catch { return undefined }
      return putBack(root, literals.map(([, , value]) => value))
    },
    stats: () => ({ entries: entries.length, bytes, reused })
  }
}

const valueOf = (mark: unknown, values: string[]): unknown =>
  typeof mark === 'string' && mark.startsWith(MARK) ? values[Number(mark.slice(MARK.length))] : mark

/** Puts each reused value where its mark stands (iterative: any nesting). */
function putBack (root: unknown, values: string[]): unknown {
  if (root === null || typeof root !== 'object') return valueOf(root, values)
  const pending: object[] = [root]
  while (pending.length > 0) {
    const node = pending.pop() as Record<string, unknown> | unknown[]
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child = node[i]
        if (typeof child === 'string') node[i] = valueOf(child, values)
        else if (child !== null && typeof child === 'object') pending.push(child)
      }
      continue
    }
    for (const key in node) {
      const child = node[key]
      // an own __proto__ key is left as is: the caller's careful parser answers for such a body
      if (typeof child === 'string') { if (key !== '__proto__') node[key] = valueOf(child, values) } else if (child !== null && typeof child === 'object') pending.push(child)
    }
  }
  return root
}
