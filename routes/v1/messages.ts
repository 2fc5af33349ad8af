// POST /v1/messages (also ?beta=true) and POST /v1/messages/count_tokens: mask the request in the
// conversation's scope, forward it, restore the answer. Streams are piped frame by frame: a
// frame is written as soon as it is complete and restored, never after the whole answer.
import { Readable } from 'node:stream'
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type {} from '../../plugins/upstream.js'
import type {} from '../../plugins/auth.js'
import type {} from '../../plugins/masking.js'
import { Counter } from 'prom-client'
import { mcpAuthorizations, prepareRequest, restoredSse, type ProxyScope } from '../../services/proxy/pipeline.js'
import { clientResponseHeaders, type UpstreamHeaderOptions } from '../../services/proxy/headers.js'
import { decodeStream } from '../../services/proxy/content-encoding.js'
import type { ThinkingCache } from '../../services/proxy/thinking-cache.js'
import { readBody, sendUpstreamJson, withRequestId } from './upstream-reply.js'
import { detect } from '../../services/masking/detector.js'

type Body = Record<string, unknown>

/** Server key fallback; a service key the client sent as its credential is never forwarded. */
export function upstreamHeaderOptions (app: FastifyInstance, request: FastifyRequest): UpstreamHeaderOptions {
  return { serverApiKey: app.config.ANTHROPIC_API_KEY, dropClientCredential: request.maskerAuth?.credentialIsServiceKey === true }
}

/**
 * The path with only the query parameters the API defines: any other one is never masked, so never
 * sent, nor is a `beta` whose value holds an identifier (the API knows `beta=true`).
 */
export function upstreamPath (url: string): string {
  if (!url.includes('?')) return url
  const [path, query = ''] = url.split('?', 2)
  const kept = new URLSearchParams()
  for (const [name, value] of new URLSearchParams(query)) if (name === 'beta' && detect(value).length === 0) kept.append(name, value)
  const rest = kept.toString()
  return rest === '' ? path : `${path}?${rest}`
}

/**
 * Whether the client retries failed calls by itself: the Anthropic SDKs (Claude Code too, up to 10
 * times) send x-stainless-retry-count on every attempt. Their 429/5xx/529 then go back at once,
 * with the API's retry hints, instead of being retried here first (3 x 11 calls under overload).
 */
export function clientRetries (headers: FastifyRequest['headers']): boolean {
  return headers['x-stainless-retry-count'] !== undefined
}

function isEventStream (contentType: string | string[] | undefined): boolean {
  return /^\s*text\/event-stream\b/i.test(Array.isArray(contentType) ? contentType[0] : contentType ?? '')
}

function isMessagesBody (body: unknown): body is Body {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && Array.isArray((body as Body).messages)
}

/**
 * An MCP server's authorization_token is a credential the API must use as written: it cannot be
 * masked. Refused unless the operator lets that one field through (PROXY_PASS_MCP_AUTHORIZATION).
 */
function mcpAuthorizationRefusal (index: number): string {
  return `mcp_servers.${index}.authorization_token: an MCP server's authorization token is a credential the proxy cannot mask, ` +
    'so the request was not sent; an operator may let this field through unmasked with PROXY_PASS_MCP_AUTHORIZATION=true'
}

export function messagesHandler (app: FastifyInstance, thinking: ThinkingCache) {
  const passMcpAuthorization = app.config.PROXY_PASS_MCP_AUTHORIZATION
  const mcpAuthorization = new Counter({
    name: 'aws_masker_mcp_authorization_total',
    help: 'Requests carrying mcp_servers[].authorization_token, by result (passed: sent unmasked as PROXY_PASS_MCP_AUTHORIZATION allows; refused)',
    labelNames: ['result'] as const,
    registers: [app.metrics.registry]
  })
  return async function handle (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    if (!isMessagesBody(request.body)) return reply.sendError(400, 'messages: Field required (the body must be a JSON object with a messages array)')
    const authorizations = mcpAuthorizations(request.body)
    if (authorizations.length > 0) {
      mcpAuthorization.inc({ result: passMcpAuthorization ? 'passed' : 'refused' })
      if (!passMcpAuthorization) return reply.sendError(422, mcpAuthorizationRefusal(authorizations[0]))
    }
    const prepared = await prepareRequest(app.masker, request.headers, request.body, upstreamHeaderOptions(app, request), thinking, { passMcpAuthorization })
    const { scope, documents } = prepared
    const abort = new AbortController()
    reply.raw.on('close', () => { if (!reply.raw.writableFinished) abort.abort() }) // client went away
    const upstreamRequest = {
      method: 'POST' as const, path: upstreamPath(request.url), headers: prepared.headers, body: prepared.payload, signal: abort.signal, retryStatuses: !clientRetries(request.headers)
    }
    let streaming = false
    try {
      if (request.body.stream !== true) {
        const res = await app.upstream.request(upstreamRequest)
        return sendUpstreamJson(reply, scope, res.statusCode, res.headers, res.body, thinking, documents)
      }
      const res = await app.upstream.stream(upstreamRequest)
      // An error, or a 2xx that is not SSE (an HTML page from a proxy in front of the API): answered
      // as JSON (a message, or a 502), never as an empty 200 stream.
      if (res.statusCode < 200 || res.statusCode >= 300 || !isEventStream(res.headers['content-type'])) {
        return sendUpstreamJson(reply, scope, res.statusCode, res.headers, await readBody(decodeStream(res.headers, res.body)), thinking, documents) // never a 200 stream
      }
      streaming = true
      return reply.code(200).headers({
        ...withRequestId(reply, clientResponseHeaders(res.headers)),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-accel-buffering': 'no'
      }).send(Readable.from(releasing(scope, restoredSse(scope, decodeStream(res.headers, res.body), thinking, documents), request.log), { objectMode: false }))
    } finally {
      if (!streaming) await releaseQuietly(scope, request.log)
    }
  }
}

/** Releases the scope once the stream is done, whether it ended, failed or the client left. */
async function * releasing (scope: ProxyScope, frames: AsyncGenerator<string>, log: FastifyBaseLogger): AsyncGenerator<string> {
  try {
    yield * frames
  } finally {
    await releaseQuietly(scope, log)
  }
}

/**
 * A release that fails (the mapping store unreachable a moment) must not cost the client its
 * answer: thrown here it cut a finished stream short, and the SDK rejected the whole message.
 * The scope's pin then lapses with its TTL.
 */
async function releaseQuietly (scope: ProxyScope, log: FastifyBaseLogger): Promise<void> {
  try {
    await scope.release()
  } catch (err) {
    log.warn({ err }, 'Masking scope release failed after the answer')
  }
}
