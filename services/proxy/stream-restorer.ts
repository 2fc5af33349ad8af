// Restores tokens in a streamed Messages answer, event by event. Each content block's text,
// thinking and tool-input JSON runs through its own streaming unmasker, so a token cut across
// any number of deltas is restored; only what might still become a token is held back, and it
// is flushed as one extra delta of the same type before the block ends.
import type { SseEvent, SseOut } from './sse.js'
import { tokenEndAt } from '../masking/token-match.js'
import { isToolResultOfTheApi, restoreResult } from './server-results.js'
import { parseKeepingNumbers, stringifyKeepingNumbers } from '../json/raw-numbers.js'
import { tokenEscapesDecoded } from './token-escapes.js'

export interface StreamUnmasker {
  push (chunk: string): string
  end (): string
}

/** The part of a masking scope the restorer needs. */
export interface RestoreScope {
  streamUnmasker (opts?: { jsonEscape?: boolean }): StreamUnmasker
  unmaskText (text: string): string
  unmaskJson (value: unknown): unknown
}

export interface StreamRestorer {
  push (event: SseEvent): SseOut[]
  /** End of the upstream stream: flushes whatever is still held back. */
  end (): SseOut[]
}

type DeltaKind = 'text_delta' | 'thinking_delta' | 'input_json_delta'
const FIELD_OF: Record<DeltaKind, 'text' | 'thinking' | 'partial_json'> = {
  text_delta: 'text',
  thinking_delta: 'thinking',
  input_json_delta: 'partial_json'
}

interface OpenBlock { kind: DeltaKind, unmasker: StreamUnmasker }

type Json = Record<string, any>

export interface StreamRestorerOptions {
  /** Called with each signed thinking block's masked text, exactly as the API streamed it. */
  onThinking?: (signature: string, maskedThinking: string) => void
  /** Called with each compaction block's signature (its text goes to onThinking too). */
  onCompaction?: (signature: string) => void
}

export function createStreamRestorer (scope: RestoreScope, options: StreamRestorerOptions = {}): StreamRestorer {
  const blocks = new Map<number, OpenBlock>()
  const thinking = new Map<number, string>() // masked thinking (or compaction summary) so far, per block index
  const signatures = new Map<number, string>() // a compaction's signature given in its start, per block index
  const compactions = new Set<number>() // indexes of compaction blocks

  function open (index: number, kind: DeltaKind): OpenBlock {
    let block = blocks.get(index)
    if (block === undefined || block.kind !== kind) {
      const unmasker = scope.streamUnmasker({ jsonEscape: kind === 'input_json_delta' })
      block = { kind, unmasker: kind === 'input_json_delta' ? tokenEscapesDecoded(numberTokensRestored(scope, unmasker)) : unmasker }
      blocks.set(index, block)
    }
    return block
  }

  function deltaFrame (index: number, kind: DeltaKind, text: string): SseOut {
    const delta = { type: kind, [FIELD_OF[kind]]: text }
    return { event: 'content_block_delta', data: JSON.stringify({ type: 'content_block_delta', index, delta }) }
  }

  function flush (index: number, out: SseOut[]): void {
    const block = blocks.get(index)
    if (block === undefined) return
    blocks.delete(index)
    const rest = block.unmasker.end()
    if (rest.length > 0) out.push(deltaFrame(index, block.kind, rest))
  }

  function flushAll (out: SseOut[]): void {
    for (const index of [...blocks.keys()]) flush(index, out)
  }

  function onBlockStart (body: Json, event: SseOut, out: SseOut[]): void {
    const index = body.index as number
    const block = body.content_block as Json | undefined
    flush(index, out)
    if (block?.type === 'text' && typeof block.text === 'string' && block.text !== '') {
      block.text = open(index, 'text_delta').unmasker.push(block.text)
      if (Array.isArray(block.citations)) block.citations = restoreCitations(scope, block.citations)
      event.data = stringifyKeepingNumbers(body)
    } else if (block?.type === 'thinking' && typeof block.thinking === 'string') {
      thinking.set(index, block.thinking)
      if (block.thinking !== '') {
        block.thinking = open(index, 'thinking_delta').unmasker.push(block.thinking)
        event.data = stringifyKeepingNumbers(body)
      }
    } else if (block !== undefined && TOOL_USE_BLOCKS.has(block.type) && isNonEmptyObject(block.input)) {
      block.input = scope.unmaskJson(block.input)
      event.data = stringifyKeepingNumbers(body)
    } else if (isToolResultOfTheApi(block?.type) || WHOLE_BLOCKS.has(block?.type)) { // streamed whole, never in deltas
      if (block?.type === 'compaction') compactionStart(index, block)
      body.content_block = restoreBlock(scope, block as Json)
      event.data = stringifyKeepingNumbers(body)
    }
    out.push(event)
  }

  /** A compaction summary is signed as thinking is: its masked text is remembered per signature. */
  function compactionStart (index: number, block: Json): void {
    thinking.set(index, typeof block.content === 'string' ? block.content : '')
    compactions.add(index)
    if (typeof block.signature === 'string' && block.signature !== '') signatures.set(index, block.signature)
  }

  /** The block's end: a compaction signed in its start is remembered with the whole summary. */
  function onBlockStop (index: number, out: SseOut[]): void {
    flush(index, out)
    const signature = signatures.get(index)
    if (signature === undefined) return
    signatures.delete(index)
    options.onThinking?.(signature, thinking.get(index) ?? '')
    options.onCompaction?.(signature)
  }

  function onDelta (body: Json, event: SseOut, out: SseOut[]): void {
    const index = body.index as number
    const delta = body.delta as Json | undefined
    const kind = delta?.type as string | undefined
    if (kind === 'text_delta' || kind === 'thinking_delta' || kind === 'input_json_delta') {
      const field = FIELD_OF[kind]
      const text = delta?.[field]
      if (typeof text !== 'string') { out.push(event); return }
      if (kind === 'thinking_delta' && thinking.has(index)) thinking.set(index, (thinking.get(index) as string) + text)
      const restored = open(index, kind).unmasker.push(text)
      // An empty delta carries nothing the client needs: drop it rather than send noise.
      if (restored.length > 0) out.push(deltaFrame(index, kind, restored))
      return
    }
    if (kind === 'signature_delta') {
      flush(index, out) // the signature closes the thinking text
      const masked = thinking.get(index)
      if (masked !== undefined && typeof delta?.signature === 'string') options.onThinking?.(delta.signature, masked)
      if (compactions.has(index) && typeof delta?.signature === 'string') options.onCompaction?.(delta.signature)
    }
    if (kind === 'compaction_delta' && typeof delta?.content === 'string') { // the summary, whole in one delta
      if (thinking.has(index)) thinking.set(index, (thinking.get(index) as string) + delta.content)
      delta.content = scope.unmaskText(delta.content)
      event.data = stringifyKeepingNumbers(body)
    }
    if (kind === 'citations_delta' && delta?.citation !== undefined) {
      delta.citation = restoreCitations(scope, delta.citation)
      event.data = stringifyKeepingNumbers(body)
    }
    out.push(event)
  }

  /** Restores `owner[key]` of a frame's body when it is text, and rewrites the frame's data. */
  function restoreText (body: Json, owner: Json | undefined, key: string, event: SseOut): void {
    if (typeof owner?.[key] !== 'string') return
    owner[key] = scope.unmaskText(owner[key])
    event.data = stringifyKeepingNumbers(body)
  }

  function onMessageStart (body: Json, event: SseOut): void {
    const message = body.message as Json | undefined
    if (Array.isArray(message?.content) && message.content.length > 0) {
      message.content = message.content.map((block: Json) => restoreBlock(scope, block))
      event.data = stringifyKeepingNumbers(body)
    }
  }

  return {
    push (input) {
      const out: SseOut[] = []
      const type = input.event ?? typeOf(input.data)
      if (type === null) return out // the SDKs ignore frames without an event name
      const event: SseOut = { event: type, data: input.data }
      const body = parseObject(input.data)
      if (body === null) { out.push(event); return out }
      switch (type) {
        case 'message_start': onMessageStart(body, event); out.push(event); break
        case 'content_block_start': onBlockStart(body, event, out); break
        case 'content_block_delta': onDelta(body, event, out); break
        case 'content_block_stop': onBlockStop(body.index as number, out); out.push(event); break
        case 'message_delta':
          flushAll(out)
          restoreText(body, body.delta, 'stop_sequence', event)
          restoreText(body, body.delta?.stop_details, 'explanation', event)
          out.push(event)
          break
        case 'message_stop': flushAll(out); out.push(event); break
        // restored as a JSON error answer is: its message may quote a token
        case 'error': flushAll(out); restoreText(body, body.error, 'message', event); out.push(event); break
        default: out.push(event) // ping and anything new pass through in order
      }
      return out
    },
    end () {
      const out: SseOut[] = []
      flushAll(out)
      return out
    }
  }
}

/** Blocks whose `input` the model wrote (the MCP connector's calls too): restored as JSON. */
const TOOL_USE_BLOCKS = new Set(['tool_use', 'server_tool_use', 'mcp_tool_use'])

/** Restores one content block of a finished message (shared with the non-streamed path). */
export function restoreBlock (scope: Pick<RestoreScope, 'unmaskText' | 'unmaskJson'>, block: Json): Json {
  if (block === null || typeof block !== 'object') return block
  const copy: Json = { ...block }
  if (copy.type === 'text' && typeof copy.text === 'string') {
    copy.text = scope.unmaskText(copy.text)
    if (Array.isArray(copy.citations)) copy.citations = restoreCitations(scope, copy.citations)
  } else if (copy.type === 'thinking' && typeof copy.thinking === 'string') {
    copy.thinking = scope.unmaskText(copy.thinking)
  } else if (TOOL_USE_BLOCKS.has(copy.type) && copy.input !== undefined) {
    copy.input = scope.unmaskJson(copy.input)
  } else if (isToolResultOfTheApi(copy.type)) {
    // a tool's answer to a call made with tokens may quote them (masked again when resent)
    return restoreResult(copy, scope.unmaskText)
  } else if (copy.type === 'compaction') { // the summary of earlier turns, and the tools they added
    if (typeof copy.content === 'string') copy.content = scope.unmaskText(copy.content)
    if (Array.isArray(copy.tool_changes)) copy.tool_changes = copy.tool_changes.map((change: Json) => restoreBlock(scope, change))
  } else if (copy.type === 'tool_addition' && copy.tool?.type === 'tool_definition' && isObject(copy.tool.definition)) {
    copy.tool = { ...copy.tool, definition: restoreTool(scope, copy.tool.definition) }
  } else if (copy.type === 'mcp_tool_listing' && Array.isArray(copy.tools)) {
    copy.tools = copy.tools.map((tool: unknown) => isObject(tool) ? restoreTool(scope, tool) : tool)
  }
  return copy
}

/** Blocks streamed whole in content_block_start (no deltas), restored there. */
const WHOLE_BLOCKS = new Set(['compaction', 'mcp_tool_listing'])

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * A tool definition as request-masker masks one (description, input schema text, input examples):
 * its name and schema keywords were never masked, so only tokens of this scope change in them.
 */
function restoreTool (scope: Pick<RestoreScope, 'unmaskText' | 'unmaskJson'>, tool: Json): Json {
  const copy: Json = { ...tool }
  if (typeof copy.description === 'string') copy.description = scope.unmaskText(copy.description)
  if (isObject(copy.input_schema)) copy.input_schema = restoreResult(copy.input_schema, scope.unmaskText)
  if (Array.isArray(copy.input_examples)) copy.input_examples = copy.input_examples.map((example: unknown) => scope.unmaskJson(example))
  return copy
}

/**
 * Citations are text through and through (titles, sources, quotes, URLs): restored string by
 * string, never as JSON, which gives a token typed a number elsewhere back as a number (an
 * account id titling a document became `document_title: 123456789012`).
 */
export function restoreCitations (scope: Pick<RestoreScope, 'unmaskText'>, citations: unknown): unknown {
  return citations !== null && typeof citations === 'object' ? restoreResult(citations as Json, scope.unmaskText) : citations
}

/** Longest string literal held while it may still be a whole token (quotes included). */
const MAX_TOKEN_LENGTH = 64

/** A character a token is made of: A-Z, 0-9, `_`. */
function isTokenChar (c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
}

function isBlank (c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9
}

/** Longest key name a value is typed under, decoded, as the scope types them (a longer key is a field without a name). */
const MAX_KEY_LENGTH = 1024
/** Raw chars kept of a key: an escape spells one char in at most 6. */
const MAX_KEY_RAW = 6 * MAX_KEY_LENGTH

/**
 * Tool-input JSON streamed raw: a value that was a JSON number (an account id as a number) is a
 * string token upstream, `"ACCOUNT_ID_1"`. Restored as text it would come back quoted, a string,
 * where the JSON answer (unmaskJson) gives the number back. A string literal outside any other
 * string that may still be a whole token (token-match's shape) is held until it closes and the
 * next character shows it is a value, not a key; then the number replaces it, quotes and all.
 * Everything else goes through the text unmasker unchanged. Works on whole chunks: strings are
 * skipped with indexOf, and only a candidate literal at the chunk's end is held.
 * The field a value stands in (the key of the nearest object; an array passes on its own) is
 * tracked, so a scope that types a token per field (a value given as a number in one field and
 * as a string in another) is asked with the field, as unmaskJson on the whole input would be.
 */
export function numberTokensRestored (scope: Pick<RestoreScope, 'unmaskJson'> & Partial<Pick<RestoreScope, 'unmaskText'>>, inner: StreamUnmasker): StreamUnmasker {
  let inString = false // inside a string literal that is not a candidate
  let escaped = false // ...and the previous chunk ended with an unpaired backslash
  let pending = '' // a candidate literal cut by the chunk's end: `"` + token chars [+ `"` + blanks]
  const fields: Array<string | undefined> = [] // per open container: the field its values stand in
  const isObject: boolean[] = []
  let expectKey = false // the next string is an object key
  let reading = false // reading a key's raw text
  let keyRaw = '' // ...from earlier chunks
  let keyFrom = 0 // ...and where it starts in this one
  const addKey = (part: string): void => { if (keyRaw.length <= MAX_KEY_RAW) keyRaw += part }

  const numbers = new Map<string | undefined, Map<string, string | undefined>>() // field -> token -> its number's digits
  const numberOf = (token: string): string | undefined => {
    const field = fields.length > 0 ? fields[fields.length - 1] : undefined
    let memo = numbers.get(field)
    if (memo === undefined) numbers.set(field, memo = new Map())
    if (memo.has(token)) return memo.get(token)
    // only a number's spelling can come back as one: the text lookup is far cheaper than unmaskJson's walk
    const restored = scope.unmaskText?.(token)
    let value = restored === undefined || String(Number(restored)) === restored ? scope.unmaskJson(token) : restored
    if (typeof value !== 'number' && field !== undefined && restored !== undefined && String(Number(restored)) === restored) {
      value = (scope.unmaskJson({ [field]: token }) as Record<string, unknown>)[field]
    }
    const digits = typeof value === 'number' ? String(value) : undefined
    memo.set(token, digits)
    return digits
  }

  /** A key closed: the field of the object's values until the next key (as the model wrote it, as unmaskJson sees it). */
  function keyRead (): void {
    let name: string | undefined
    if (keyRaw.length <= MAX_KEY_RAW) {
      if (!keyRaw.includes('\\')) name = keyRaw
      else try { name = JSON.parse(`"${keyRaw}"`) as string } catch { name = undefined }
      if (name !== undefined && name.length > MAX_KEY_LENGTH) name = undefined
    }
    if (fields.length > 0) fields[fields.length - 1] = name
    reading = false
    keyRaw = ''
    expectKey = false
  }

  /** Structure between strings: containers, keys expected after `{` and `,`. */
  function structure (text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      switch (text.charCodeAt(k)) {
        case 123: // {
          fields.push(undefined)
          isObject.push(true)
          expectKey = true
          break
        case 91: // [ its values stand in the field the array stands in
          fields.push(fields.length > 0 ? fields[fields.length - 1] : undefined)
          isObject.push(false)
          expectKey = false
          break
        case 125: case 93: // } ]
          fields.pop()
          isObject.pop()
          expectKey = false
          break
        case 44: // ,
          expectKey = isObject.length > 0 && isObject[isObject.length - 1]
      }
    }
  }

  return {
    push (chunk) {
      const text = pending === '' ? chunk : pending + chunk
      pending = ''
      keyFrom = 0 // a key being read goes on from this chunk's start
      let out = ''
      let last = 0 // text[last..i) is passed on as is
      let i = 0
      const length = text.length
      while (i < length) {
        if (inString) {
          if (escaped) { // the char a backslash at the previous chunk's end escapes
            escaped = false
            i++
            continue
          }
          const quote = text.indexOf('"', i)
          if (quote === -1) { // the string goes on in the next chunk
            let run = 0
            for (let k = length - 1; k >= i && text.charCodeAt(k) === 92; k--) run++
            escaped = run % 2 === 1
            i = length
            break
          }
          let run = 0
          for (let k = quote - 1; k >= i && text.charCodeAt(k) === 92; k--) run++
          if (run % 2 === 1) { // an escaped quote
            i = quote + 1
            continue
          }
          if (reading) { addKey(text.slice(keyFrom, quote)); keyRead() }
          inString = false
          i = quote + 1
          continue
        }
        const open = text.indexOf('"', i)
        structure(text, i, open === -1 ? length : open)
        if (open === -1) { i = length; break }
        if (expectKey) { // a key: read for its name, never a number
          inString = true
          reading = true
          keyFrom = i = open + 1
          continue
        }
        let close = open + 1
        while (close < length && close - open < MAX_TOKEN_LENGTH && isTokenChar(text.charCodeAt(close))) close++
        if (close === length && close - open < MAX_TOKEN_LENGTH) { // may still become a token: hold it
          out += text.slice(last, open)
          pending = text.slice(open)
          return inner.push(out)
        }
        if (text.charCodeAt(close) !== 34 || tokenEndAt(text, open + 1) !== close) {
          inString = true // an ordinary string (its token chars hold no quote or backslash)
          i = close
          continue
        }
        let next = close + 1
        while (next < length && isBlank(text.charCodeAt(next))) next++
        if (next === length) { // value or key? the next chunk tells
          out += text.slice(last, open)
          pending = text.slice(open)
          return inner.push(out)
        }
        i = close + 1
        if (text.charCodeAt(next) === 58) continue // `:` a key stays a string
        const number = numberOf(text.slice(open + 1, close))
        if (number !== undefined) {
          out += text.slice(last, open) + number
          last = close + 1
        }
      }
      if (inString && reading) addKey(text.slice(keyFrom)) // a key the next chunk goes on with: this chunk's part
      out += last === 0 ? text : text.slice(last)
      return inner.push(out)
    },
    end () {
      const rest = pending
      pending = ''
      return inner.push(rest) + inner.end()
    }
  }
}

function isNonEmptyObject (value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0
}

function parseObject (data: string): Json | null {
  try {
    const value: unknown = parseKeepingNumbers(data)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Json : null
  } catch {
    return null
  }
}

function typeOf (data: string): string | null {
  const type = parseObject(data)?.type
  return typeof type === 'string' ? type : null
}
