// The /v1 proxy's steps, Fastify-free: mask a request in its conversation scope, restore a JSON
// answer, and turn an upstream SSE body into restored frames written as soon as complete.
import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'
import { maskAnthropicRequest, type MaskingScope } from './request-masker.js'
import { restoreMessage } from './response-restorer.js'
import { createStreamRestorer, type RestoreScope } from './stream-restorer.js'
import { createSseFramer, writeSseFrame } from './sse.js'
import { clientCredential, upstreamRequestHeaders, type UpstreamHeaderOptions } from './headers.js'
import { conversationScopeId } from './scope-id.js'
import { verificationView } from './verification-view.js'

export interface ProxyScope extends RestoreScope, MaskingScope {
  assertClean (text: string): void
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
}

/** Opens the conversation's scope and masks the body; the scope is released on any failure. */
export async function prepareRequest (masker: ProxyMasker, incoming: IncomingHttpHeaders, body: Record<string, unknown>, headerOptions: UpstreamHeaderOptions = {}): Promise<PreparedRequest> {
  const session = incoming['x-mask-session']
  const id = conversationScopeId(clientCredential(incoming), Array.isArray(session) ? session.join(',') : session, body)
  const scope = await masker.openScope({ id })
  try {
    const masked = await maskAnthropicRequest(scope, body)
    scope.assertClean(verificationView(masked)) // fail closed: nothing leaves if the verifier still sees an identifier
    const payload = JSON.stringify(masked)
    return { scope, payload, headers: upstreamRequestHeaders(incoming, headerOptions) }
  } catch (err) {
    await scope.release()
    throw err
  }
}

/** Parses and restores a JSON answer (message or error); undefined when it is not JSON. */
export function restoreJsonAnswer (scope: ProxyScope, raw: Buffer): unknown {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw.toString('utf8'))
  } catch {
    return undefined
  }
  const body = parsed as { type?: unknown, error?: { message?: unknown } } | null
  if (body?.type === 'error' && typeof body.error?.message === 'string') {
    return { ...body, error: { ...body.error, message: scope.unmaskText(body.error.message) } }
  }
  return restoreMessage(scope, parsed)
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
export async function * restoredSse (scope: RestoreScope, upstream: Readable): AsyncGenerator<string> {
  const framer = createSseFramer()
  const restorer = createStreamRestorer(scope)
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
