// Citation offsets, both ways. The API cites the documents it received, masked: a char_location's
// start/end_char_index count characters of the masked text, where `ACCOUNT_ID_1` stands for
// `123456789012`. The client holds the original document, so every offset after a token would be
// off by the difference in length. Each request's text documents are kept as (original, masked)
// pairs in the order the API numbers them (document_index), aligned around the tokens, and offsets
// are mapped on the way back (answer) and on the way out (earlier turns resent, so the API gets
// back exactly the citation it wrote). Page and content-block locations are not affected by masking.
import { createTokenRegex } from '../masking/token-format.js'

export interface DocumentText {
  original: string
  masked: string
}

/** The request's document blocks in order (document_index); undefined for a non-text document. */
export type RequestDocuments = Array<DocumentText | undefined>

type Json = Record<string, any>

/** A run of the masked text and the run of the original it stands for (literal text or one token). */
interface Segment { mStart: number, mEnd: number, oStart: number, oEnd: number, token: boolean }

type Unmask = (text: string) => string

/**
 * Segments covering both texts, or undefined when the masked text is not the original with spans
 * replaced by tokens (then offsets are left as they are). A token's original is its restored value;
 * one that does not restore (a one-way secret) ends where the next literal run starts.
 */
export function alignDocument (doc: DocumentText, unmask: Unmask): Segment[] | undefined {
  const { original, masked } = doc
  const tokens = [...masked.matchAll(createTokenRegex())]
  const segments: Segment[] = []
  let m = 0
  let o = 0
  const literal = (end: number): boolean => {
    const text = masked.slice(m, end)
    if (!original.startsWith(text, o)) return false
    if (text.length > 0) segments.push({ mStart: m, mEnd: end, oStart: o, oEnd: o + text.length, token: false })
    m = end
    o += text.length
    return true
  }
  for (const [i, match] of tokens.entries()) {
    const at = match.index
    if (!literal(at)) return undefined
    const token = match[0]
    const value = unmask(token)
    let end: number
    if (value !== token && original.startsWith(value, o)) {
      end = o + value.length
    } else {
      const next = masked.slice(at + token.length, tokens[i + 1]?.index ?? masked.length)
      const found = next === '' ? -1 : original.indexOf(next, o + 1)
      if (found === -1) return undefined
      end = found
    }
    segments.push({ mStart: at, mEnd: at + token.length, oStart: o, oEnd: end, token: true })
    m = at + token.length
    o = end
  }
  if (!literal(masked.length) || o !== original.length) return undefined
  return segments
}

type Side = 'm' | 'o'

/** Maps an offset of one side to the other; an offset inside a token's run widens to the whole run. */
function mapOffset (segments: Segment[], x: number, from: Side, edge: 'start' | 'end'): number {
  const to: Side = from === 'm' ? 'o' : 'm'
  const last = segments.at(-1)
  if (last === undefined) return x
  if (x >= last[`${from}End`]) return last[`${to}End`] + (x - last[`${from}End`]) // past the end: as far past
  let lo = 0
  let hi = segments.length - 1
  while (lo < hi) { // the segment holding x: the first one ending after it (segments are contiguous from 0)
    const mid = (lo + hi) >> 1
    if (segments[mid][`${from}End`] > x) hi = mid
    else lo = mid + 1
  }
  const s = segments[lo]
  const start = s[`${from}Start`]
  if (!s.token || x === start) return s[`${to}Start`] + (s.token ? 0 : x - start)
  return edge === 'start' ? s[`${to}Start`] : s[`${to}End`]
}

/** Code points between checkpoints of a text's code-point index. */
const CHECKPOINT = 256

/**
 * A text's code-point index: the UTF-16 index of every CHECKPOINT-th code point, built once per
 * text, so each citation walks at most CHECKPOINT code points (walking from the start took ~56 ms
 * a citation near the end of a 5 MB document: 10,000 resent citations, minutes).
 */
function checkpointsOf (text: string): Int32Array {
  const marks: number[] = [0]
  let unit = 0
  for (let cp = 1; unit < text.length; cp++) {
    unit += (text.codePointAt(unit) as number) > 0xffff ? 2 : 1
    if (cp % CHECKPOINT === 0) marks.push(unit)
  }
  return Int32Array.from(marks)
}

type Checkpoints = (text: string) => Int32Array

/** UTF-16 index of code point `cp` of `text`, or -1 past its end. */
function unitIndex (text: string, cp: number, marks: Int32Array): number {
  const k = Math.floor(cp / CHECKPOINT)
  if (k >= marks.length) return -1
  let unit = marks[k]
  for (let i = k * CHECKPOINT; i < cp; i++) {
    if (unit >= text.length) return -1
    unit += (text.codePointAt(unit) as number) > 0xffff ? 2 : 1
  }
  return unit
}

/** Code points of `text.slice(0, unit)` (a cut pair's half counts as one). */
function codePoints (text: string, unit: number, marks: Int32Array): number {
  let lo = 0
  let hi = marks.length - 1
  while (lo < hi) { // the last checkpoint at or before `unit`
    const mid = (lo + hi + 1) >> 1
    if (marks[mid] <= unit) lo = mid
    else hi = mid - 1
  }
  let count = lo * CHECKPOINT
  for (let u = marks[lo]; u < unit; count++) u += (text.codePointAt(u) as number) > 0xffff ? 2 : 1
  return count
}

/**
 * Which unit the offsets count, judged by the cited text they must delimit: UTF-16 code units (what
 * JavaScript's slice uses) or code points. Returns the UTF-16 range, or undefined when neither fits.
 */
function rangeOf (text: string, start: number, end: number, cited: unknown, checkpoints: Checkpoints): { start: number, end: number, points: boolean } | undefined {
  if (typeof cited !== 'string') return undefined
  if (text.slice(start, end) === cited) return { start, end, points: false }
  const marks = checkpoints(text)
  const s = unitIndex(text, start, marks)
  const e = unitIndex(text, end, marks)
  if (s !== -1 && e !== -1 && text.slice(s, e) === cited) return { start: s, end: e, points: true }
  return undefined
}

const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0

export interface CitationMapper {
  /**
   * A citation of an answer, client-facing: `restored` is the citation with its text already restored,
   * `masked` the same citation as the API wrote it. Char offsets refer to the original document, and
   * cited_text is the original text they delimit when the API's offsets delimited its cited_text.
   */
  toClient (masked: unknown, restored: unknown): unknown
  /** A citation the client sends back (cited_text already masked): offsets and text as the API wrote them. */
  toApi (original: unknown, masked: unknown): unknown
}

export function createCitationMapper (documents: RequestDocuments, unmask: Unmask): CitationMapper {
  const aligned = new Map<number, Segment[] | undefined>()
  const indexes = new Map<string, Int32Array>() // code-point indexes of the documents' texts, built when first needed
  const checkpoints: Checkpoints = (text) => {
    let marks = indexes.get(text)
    if (marks === undefined) indexes.set(text, marks = checkpointsOf(text))
    return marks
  }
  const segmentsOf = (index: unknown): { doc: DocumentText, segments: Segment[] } | undefined => {
    if (!isIndex(index)) return undefined
    const doc = documents[index]
    if (doc === undefined) return undefined
    if (!aligned.has(index)) aligned.set(index, alignDocument(doc, unmask))
    const segments = aligned.get(index)
    return segments === undefined ? undefined : { doc, segments }
  }

  function convert (from: Json, into: unknown, side: Side): unknown {
    if (from?.type !== 'char_location' || into === null || typeof into !== 'object' || !isIndex(from.start_char_index) || !isIndex(from.end_char_index)) return into
    const found = segmentsOf(from.document_index)
    if (found === undefined) return into
    const source = side === 'm' ? found.doc.masked : found.doc.original
    const target = side === 'm' ? found.doc.original : found.doc.masked
    const range = rangeOf(source, from.start_char_index, from.end_char_index, from.cited_text, checkpoints)
    // Without cited text to check the unit against, offsets are taken as UTF-16 (what a JS client slices).
    const start = mapOffset(found.segments, range?.start ?? from.start_char_index, side, 'start')
    const end = mapOffset(found.segments, range?.end ?? from.end_char_index, side, 'end')
    const out: Json = { ...into }
    if (range?.points === true) {
      out.start_char_index = codePoints(target, start, checkpoints(target))
      out.end_char_index = codePoints(target, end, checkpoints(target))
    } else {
      out.start_char_index = start
      out.end_char_index = end
    }
    if (range !== undefined) out.cited_text = target.slice(start, end)
    return out
  }

  return {
    toClient: (masked, restored) => convert(masked as Json, restored, 'm'),
    toApi: (original, masked) => convert(original as Json, masked, 'o')
  }
}

/** Client-facing citations of a text block (`restored` from the API's `masked` ones, item by item). */
export function citationsToClient (mapper: CitationMapper, masked: unknown, restored: unknown): unknown {
  if (!Array.isArray(masked) || !Array.isArray(restored) || masked.length !== restored.length) return restored
  return restored.map((citation, i) => mapper.toClient(masked[i], citation))
}

/**
 * The streamed side: wraps the stream restorer so each `citations_delta` (and the citations of a
 * text block's start, if any) leaves with client offsets. The restorer restores cited_text; this
 * keeps the citation as the API wrote it to map from. (A one-line hook in the restorer's
 * citations_delta branch could call `mapper.toClient(masked, scope.unmaskJson(masked))` instead.)
 */
export function withCitationOffsets<E extends { data: string }, O extends { event: string, data: string }> (
  restorer: { push: (event: E) => O[], end: () => O[] }, mapper: CitationMapper
): { push: (event: E) => O[], end: () => O[] } {
  return {
    push (event) {
      const masked = event.data.includes('citation') ? citationsIn(event.data) : undefined
      const out = restorer.push(event)
      if (masked === undefined) return out
      for (const frame of out) {
        const body = parse(frame.data)
        if (body?.type === 'content_block_delta' && body.index === masked.index && body.delta?.type === 'citations_delta' && masked.delta !== undefined) {
          body.delta.citation = mapper.toClient(masked.delta, body.delta.citation)
          frame.data = JSON.stringify(body)
        } else if (body?.type === 'content_block_start' && body.index === masked.index && masked.start !== undefined) {
          body.content_block.citations = citationsToClient(mapper, masked.start, body.content_block.citations)
          frame.data = JSON.stringify(body)
        }
      }
      return out
    },
    end: () => restorer.end()
  }
}

function parse (data: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(data)
    return value !== null && typeof value === 'object' ? value as Json : undefined
  } catch {
    return undefined
  }
}

/** The citation(s) of an upstream frame, as the API wrote them. */
function citationsIn (data: string): { index: unknown, delta?: unknown, start?: unknown[] } | undefined {
  const body = parse(data)
  if (body?.type === 'content_block_delta' && body.delta?.type === 'citations_delta') return { index: body.index, delta: body.delta.citation }
  if (body?.type === 'content_block_start' && Array.isArray(body.content_block?.citations) && body.content_block.citations.length > 0) {
    return { index: body.index, start: body.content_block.citations }
  }
  return undefined
}
