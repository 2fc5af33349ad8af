// The /v1 proxy's steps, Fastify-free: mask a request in its conversation scope, restore a JSON
// answer, and turn an upstream SSE body into restored frames written as soon as complete.
import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { maskAnthropicRequest, type MaskingScope } from './request-masker.js'
import { restoreMessage } from './response-restorer.js'
import { createStreamRestorer, type RestoreScope } from './stream-restorer.js'
import type { ThinkingCache } from './thinking-cache.js'
import { createSseFramer, writeSseFrame } from './sse.js'
import { clientCredential, upstreamRequestHeaders, type UpstreamHeaderOptions } from './headers.js'
import { conversationScopeId } from './scope-id.js'
import { payloadAndParts } from './verification-view.js'
import { createCitationMapper, withCitationOffsets, type RequestDocuments } from './citations.js'
import { keepNumbers, parseKeepingNumbers, rawNumbersOf } from '../json/raw-numbers.js'

/** Leak-check text worked through between two turns of the event loop (as masking does). */
const YIELD_EVERY_CHARS = 262_144

export interface ProxyScope extends RestoreScope, MaskingScope {
  readonly id: string
  /** Rejects when the JSON text (parsed: its value, when known) still holds an identifier; `where` names the part in the error. */
  assertCleanJson (json: string, where?: string, parsed?: unknown): Promise<void>
  /** JSON.stringify(text), possibly kept from an earlier turn. */
  quoteJson (text: string): string
  release (): Promise<void>
}

export interface ProxyMasker {
  openScope (opts: { id?: string }): Promise<ProxyScope>
}

export interface PreparedRequest {
  scope: ProxyScope
  /** The masked body, verified clean, ready to send. */
  payload: string
  headers: Record<string, string>
  /** The request's documents (original and masked text) when it has a text document: citations are mapped with them. */
  documents?: RequestDocuments
}

/**
 * Opens the conversation's scope and masks the body in place (the caller keeps no use for the
 * original: only fields masking leaves alone, such as `stream`, may be read afterwards); the
 * scope is released on any failure.
 */
export interface PrepareOptions {
  /** Send mcp_servers[].authorization_token as written (the operator's PROXY_PASS_MCP_AUTHORIZATION): the leak check skips that field. */
  passMcpAuthorization?: boolean
}

/** Indexes of the mcp_servers entries carrying an authorization_token (the MCP connector's credential for its server). */
export function mcpAuthorizations (body: Record<string, unknown>): number[] {
  const servers = body.mcp_servers
  if (!Array.isArray(servers)) return []
  const found: number[] = []
  servers.forEach((server: unknown, i) => {
    const token = (server as { authorization_token?: unknown } | null)?.authorization_token
    if (token !== undefined && token !== null && token !== '') found.push(i)
  })
  return found
}

export async function prepareRequest (masker: ProxyMasker, incoming: IncomingHttpHeaders, body: Record<string, unknown>, headerOptions: UpstreamHeaderOptions = {}, thinking?: ThinkingCache, options: PrepareOptions = {}): Promise<PreparedRequest> {
  const session = incoming['x-mask-session']
  const id = conversationScopeId(clientCredential(incoming), Array.isArray(session) ? session.join(',') : session, body,
    thinking === undefined ? undefined : (owner, signature) => thinking.compactionScope(owner, signature))
  const scope = await masker.openScope({ id })
  try {
    const apiOwned = new Set<object>()
    if (options.passMcpAuthorization === true) for (const i of mcpAuthorizations(body)) apiOwned.add((body.mcp_servers as object[])[i]) // its token blanked for the leak check
    const recallThinking = thinking === undefined
      ? undefined
      : (block: { thinking: string, signature: string }) => {
          const masked = thinking.recall(scope.id, block.signature)
          return masked !== undefined && scope.unmaskText(masked) === block.thinking ? masked : undefined
        }
    const documents: RequestDocuments = []
    const numbers = rawNumbersOf(body) // number literals as the client wrote them (`1.0`, above 2^53)
    const masked = await maskAnthropicRequest(scope, body, { recallThinking, apiOwned, inPlace: true, documents, unmaskText: scope.unmaskText })
    const { payload, parts, values } = payloadAndParts(masked, apiOwned, scope.quoteJson)
    let checked = 0
    for (const [i, part] of parts.entries()) {
      await scope.assertCleanJson(part, partName(i, parts.length), values[i]) // fail closed: nothing leaves if the verifier still sees an identifier
      checked += part.length
      if (checked >= YIELD_EVERY_CHARS) { checked = 0; await yieldToLoop() } // a long conversation must not stall the probes
    }
    return { scope, payload: numbers === undefined ? payload : numbers.emit(payload), headers: upstreamRequestHeaders(incoming, headerOptions), documents: documents.some(d => d !== undefined) ? documents : undefined }
  } catch (err) {
    await scope.release()
    throw err
  }
}

/** The request part payloadAndParts put at index i, as a client reads it. */
function partName (i: number, count: number): string {
  if (count === 1) return 'the request'
  return i === 0 ? 'the request outside its messages (system, tools, metadata)' : `messages.${i - 1}`
}

/**
 * Parses and restores a JSON answer (message or error); undefined when it is not JSON. Its number
 * literals are kept as the API wrote them: serialise it with stringifyKeepingNumbers.
 */
export function restoreJsonAnswer (scope: ProxyScope, raw: Buffer, thinking?: ThinkingCache, documents?: RequestDocuments): unknown {
  let parsed: unknown
  try {
    parsed = parseKeepingNumbers(raw.toString('utf8'))
  } catch {
    return undefined
  }
  const restored = restoredAnswer(scope, parsed, thinking, documents)
  keepNumbers(parsed, restored)
  return restored
}

function restoredAnswer (scope: ProxyScope, parsed: unknown, thinking?: ThinkingCache, documents?: RequestDocuments): unknown {
  const content = (parsed as { content?: unknown } | null)?.content
  if (thinking !== undefined && Array.isArray(content)) {
    for (const block of content) {
      if (block?.type === 'thinking' && typeof block.thinking === 'string' && typeof block.signature === 'string') thinking.remember(scope.id, block.signature, block.thinking)
      if (block?.type === 'compaction' && typeof block.signature === 'string') {
        thinking.rememberCompaction(scope.id, block.signature)
        if (typeof block.content === 'string') thinking.remember(scope.id, block.signature, block.content)
      }
    }
  }
  const body = parsed as { type?: unknown, error?: { message?: unknown } } | null
  if (body?.type === 'error' && typeof body.error?.message === 'string') {
    return { ...body, error: { ...body.error, message: scope.unmaskText(body.error.message) } }
  }
  return restoreMessage(scope, parsed, documents)
}

export const STREAM_LOST_FRAME = writeSseFrame({
  event: 'error',
  data: JSON.stringify({ type: 'error', error: { type: 'api_error', message: 'Upstream stream interrupted' } })
})

/**
 * Restored SSE text, one string per upstream chunk that completed frames. If the upstream body
 * fails mid-way, held text is flushed and an `event: error` frame ends the stream (the status,
 * 200, is already sent: an error frame is the only way to tell the SDK).
 */
export async function * restoredSse (scope: ProxyScope, upstream: Readable, thinking?: ThinkingCache, documents?: RequestDocuments): AsyncGenerator<string> {
  const framer = createSseFramer()
  const plain = createStreamRestorer(scope, {
    onThinking: (signature, masked) => thinking?.remember(scope.id, signature, masked),
    onCompaction: (signature) => thinking?.rememberCompaction(scope.id, signature)
  })
  const restorer = documents === undefined ? plain : withCitationOffsets(plain, createCitationMapper(documents, scope.unmaskText))
  let failed = false
  try {
    for await (const chunk of upstream) {
      let text = ''
      for (const event of framer.push(chunk as Buffer)) for (const frame of restorer.push(event)) text += writeSseFrame(frame)
      if (text !== '') yield text
    }
  } catch {
    failed = true
  }
  let tail = ''
  for (const frame of restorer.end()) tail += writeSseFrame(frame)
  if (failed) tail += STREAM_LOST_FRAME
  if (tail !== '') yield tail
}
