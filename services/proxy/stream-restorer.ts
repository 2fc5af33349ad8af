// Restores tokens in a streamed Messages answer, event by event. Each content block's text,
// thinking and tool-input JSON runs through its own streaming unmasker, so a token cut across
// any number of deltas is restored; only what might still become a token is held back, and it
// is flushed as one extra delta of the same type before the block ends.
import type { SseEvent, SseOut } from './sse.js'

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
}

export function createStreamRestorer (scope: RestoreScope, options: StreamRestorerOptions = {}): StreamRestorer {
  const blocks = new Map<number, OpenBlock>()
  const thinking = new Map<number, string>() // masked thinking so far, per block index

  function open (index: number, kind: DeltaKind): OpenBlock {
    let block = blocks.get(index)
    if (block === undefined || block.kind !== kind) {
      const unmasker = scope.streamUnmasker({ jsonEscape: kind === 'input_json_delta' })
      block = { kind, unmasker: kind === 'input_json_delta' ? numberTokensRestored(scope, unmasker) : unmasker }
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
      if (Array.isArray(block.citations)) block.citations = scope.unmaskJson(block.citations)
      event.data = JSON.stringify(body)
    } else if (block?.type === 'thinking' && typeof block.thinking === 'string') {
      thinking.set(index, block.thinking)
      if (block.thinking !== '') {
        block.thinking = open(index, 'thinking_delta').unmasker.push(block.thinking)
        event.data = JSON.stringify(body)
      }
    } else if ((block?.type === 'tool_use' || block?.type === 'server_tool_use') && isNonEmptyObject(block.input)) {
      block.input = scope.unmaskJson(block.input)
      event.data = JSON.stringify(body)
    }
    out.push(event)
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
    }
    if (kind === 'citations_delta' && delta?.citation !== undefined) {
      delta.citation = scope.unmaskJson(delta.citation)
      event.data = JSON.stringify(body)
    }
    out.push(event)
  }

  function onMessageStart (body: Json, event: SseOut): void {
    const message = body.message as Json | undefined
    if (Array.isArray(message?.content) && message.content.length > 0) {
      message.content = message.content.map((block: Json) => restoreBlock(scope, block))
      event.data = JSON.stringify(body)
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
        case 'content_block_stop': flush(body.index as number, out); out.push(event); break
        case 'message_delta':
          flushAll(out)
          if (typeof body.delta?.stop_sequence === 'string') {
            body.delta.stop_sequence = scope.unmaskText(body.delta.stop_sequence)
            event.data = JSON.stringify(body)
          }
          out.push(event)
          break
        case 'message_stop': case 'error': flushAll(out); out.push(event); break
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

/** Restores one content block of a finished message (shared with the non-streamed path). */
export function restoreBlock (scope: Pick<RestoreScope, 'unmaskText' | 'unmaskJson'>, block: Json): Json {
  if (block === null || typeof block !== 'object') return block
  const copy: Json = { ...block }
  if (copy.type === 'text' && typeof copy.text === 'string') {
    copy.text = scope.unmaskText(copy.text)
    if (Array.isArray(copy.citations)) copy.citations = scope.unmaskJson(copy.citations)
  } else if (copy.type === 'thinking' && typeof copy.thinking === 'string') {
    copy.thinking = scope.unmaskText(copy.thinking)
  } else if ((copy.type === 'tool_use' || copy.type === 'server_tool_use') && copy.input !== undefined) {
    copy.input = scope.unmaskJson(copy.input)
  }
  return copy
}

const TOKEN_CHAR = /^[A-Z0-9_]$/
const WHOLE_TOKEN = /^[A-Z][A-Z0-9_]*_[1-9][0-9]*$/
const MAX_TOKEN_LENGTH = 64

/**
 * Tool-input JSON streamed raw: a value that was a JSON number (an account id as a number) is a
 * string token upstream, `"ACCOUNT_ID_1"`. Restored as text it would come back quoted, a string,
 * where the JSON answer (unmaskJson) gives the number back. A string literal outside any other
 * string that may still be a whole token is held until it closes and the next character shows
 * it is a value, not a key; then the number replaces it, quotes and all. Everything else goes
 * through the text unmasker unchanged.
 */
export function numberTokensRestored (scope: Pick<RestoreScope, 'unmaskJson'>, inner: StreamUnmasker): StreamUnmasker {
  let inString = false
  let escaped = false
  let pending = '' // `"` + token-shaped characters [+ `"` + whitespace]
  let closed = false

  function plain (text: string): void {
    for (const c of text) {
      if (inString) {
        if (escaped) escaped = false
        else if (c === '\\') escaped = true
        else if (c === '"') inString = false
      } else if (c === '"') inString = true
    }
  }

  return {
    push (chunk) {
      let out = ''
      const emit = (text: string): void => { out += text; plain(text) }
      for (const c of chunk) {
        if (pending === '') {
          if (!inString && c === '"') { pending = c; closed = false } else emit(c)
          continue
        }
        if (!closed) {
          if (c === '"') { pending += c; closed = true; if (!WHOLE_TOKEN.test(pending.slice(1, -1))) { emit(pending); pending = '' } continue }
          if (TOKEN_CHAR.test(c) && pending.length < MAX_TOKEN_LENGTH) { pending += c; continue }
          emit(pending + c) // not a whole token: an ordinary string, restored as text
          pending = ''
          continue
        }
        if (c === ' ' || c === '\n' || c === '\r' || c === '\t') { pending += c; continue }
        const end = pending.lastIndexOf('"')
        const value = c === ':' ? undefined : scope.unmaskJson(pending.slice(1, end))
        if (typeof value === 'number') out += String(value) + pending.slice(end + 1) // inString stays false
        else emit(pending)
        pending = ''
        emit(c)
      }
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
    const value: unknown = JSON.parse(data)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Json : null
  } catch {
    return null
  }
}

function typeOf (data: string): string | null {
  const type = parseObject(data)?.type
  return typeof type === 'string' ? type : null
}
