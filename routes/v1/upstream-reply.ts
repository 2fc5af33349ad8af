// Sends what the upstream answered back to an SDK client: restored JSON with the upstream's
// request id and rate-limit headers, or its error in Anthropic's shape with its own status.
import type { FastifyReply } from 'fastify'
import type { Readable } from 'node:stream'
import { anthropicErrorType } from '../../plugins/error-handler.js'
import { clientResponseHeaders } from '../../services/proxy/headers.js'
import { decodeBuffer } from '../../services/proxy/content-encoding.js'
import type { ThinkingCache } from '../../services/proxy/thinking-cache.js'
import type { RequestDocuments } from '../../services/proxy/citations.js'
import { restoreJsonAnswer, type ProxyScope } from '../../services/proxy/pipeline.js'
import { parseKeepingNumbers, rawNumbersOf, stringifyKeepingNumbers } from '../../services/json/raw-numbers.js'

type UpstreamHeaders = Record<string, string | string[] | undefined>

const MAX_ERROR_BODY_BYTES = 1024 * 1024 // 1 MiB: an error body larger than this is not worth reading

export async function readBody (body: Readable, limit = MAX_ERROR_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += (chunk as Buffer).length
    if (size > limit) { body.destroy(); break }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** A JSON answer (2xx or not): restored, with the upstream's status and useful headers. */
export function sendUpstreamJson (reply: FastifyReply, scope: ProxyScope | undefined, statusCode: number, headers: UpstreamHeaders, raw: Buffer, thinking?: ThinkingCache, documents?: RequestDocuments): FastifyReply {
  const ok = statusCode >= 200 && statusCode < 300
  const plain = decodedOrUndefined(headers, raw)
  const restored = plain === undefined ? undefined : scope === undefined ? parseJson(plain) : restoreJsonAnswer(scope, plain, ok ? thinking : undefined, documents)
  const sent = withRequestId(reply, clientResponseHeaders(headers))
  reply.code(statusCode).headers(sent).type('application/json')
  // numbers as the API wrote them (`1.0`, above 2^53), which JSON.parse and stringify would change
  if (restored !== undefined && (ok || isAnthropicError(restored))) return reply.send(rawNumbersOf(restored) === undefined ? restored : stringifyKeepingNumbers(restored))
  const status = ok ? 502 : statusCode
  const message = ok ? 'Upstream sent an answer that is not JSON' : `Upstream error (status ${statusCode})`
  // the body's request_id is the header's: the SDK reports the header, a support ticket quotes either
  return reply.code(status).send({ type: 'error', error: { type: anthropicErrorType(status), message }, request_id: sent['request-id'] })
}

/** The upstream's request-id when it sent one (a gateway in front of the API may not): ours otherwise. */
export function withRequestId (reply: FastifyReply, headers: Record<string, string>): Record<string, string> {
  return { 'request-id': reply.request.id, ...headers }
}

function decodedOrUndefined (headers: UpstreamHeaders, raw: Buffer): Buffer | undefined {
  try {
    return decodeBuffer(headers, raw)
  } catch {
    return undefined // corrupt compressed body: answered as an upstream error below
  }
}

function isAnthropicError (value: unknown): boolean {
  const body = value as { type?: unknown, error?: { type?: unknown } } | null
  return body?.type === 'error' && typeof body.error?.type === 'string'
}

function parseJson (raw: Buffer): unknown {
  try {
    return parseKeepingNumbers(raw.toString('utf8'))
  } catch {
    return undefined
  }
}
