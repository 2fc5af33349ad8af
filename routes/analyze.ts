// POST /analyze: mask the caller's AWS material, ask Claude for an analysis, restore the
// identifiers in the answer. `?dryRun=true` returns the exact masked body and sends nothing.
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { analyzeSchema, ANALYSIS_TYPES, DEFAULT_MAX_TOKENS } from './analyze-schema.js'
import { buildMessagesRequest } from './analyze-prompt.js'
import { errorFromResponse, UpstreamError, type UpstreamRateLimitedError } from '../services/upstream/index.js'

const ANTHROPIC_VERSION = '2023-06-01'
const CLIENT_CLOSED = 499 // nginx's convention: nobody is left to read the answer
const UPSTREAM_MESSAGES: Record<number, string> = {
  502: 'Upstream error', 503: 'Service temporarily unavailable', 504: 'Upstream timed out'
}

interface AnthropicMessage {
  model?: string
  content?: Array<{ type?: string, text?: string }>
  stop_reason?: string | null
  usage?: Record<string, unknown>
}

export default async function analyzeRoute (fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { config } = app

  app.post('/analyze', {
    schema: analyzeSchema(config.ANALYZE_MAX_CONTEXT_CHARS, config.ANALYZE_DEFAULT_MODEL),
    config: { rateLimit: { max: config.RATE_LIMIT_ANALYZE_MAX, timeWindow: config.RATE_LIMIT_WINDOW_MS } }
  }, async (request, reply) => {
    const started = performance.now()
    const dryRun = request.query.dryRun === true
    const apiKey = config.ANTHROPIC_API_KEY
    if (!dryRun && apiKey === undefined) return reply.sendError(503, 'ANTHROPIC_API_KEY is not configured')

    const { contextText, resources, options = {} } = request.body
    const scope = await app.masker.openScope()
    const abort = abortOnDisconnect(reply)
    try {
      const maskedText = contextText === undefined ? undefined : await scope.maskText(contextText)
      const maskedResources = resources === undefined ? undefined : await scope.maskJson(resources)
      const outgoing = buildMessagesRequest({
        model: options.model ?? config.ANALYZE_DEFAULT_MODEL,
        maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
        analysisType: options.analysisType ?? ANALYSIS_TYPES[0],
        maskedText,
        maskedResources
      })
      const body = JSON.stringify(outgoing)
      await scope.assertCleanJson(body) // the last gate: the payload that would leave
      const masking = scope.summary()
      if (dryRun) return { success: true as const, dryRun: true as const, request: outgoing, masking, requestId: request.id }

      const res = await app.upstream.request({
        method: 'POST',
        path: '/v1/messages',
        headers: {
          'content-type': 'application/json',
          'anthropic-version': ANTHROPIC_VERSION,
          'x-api-key': apiKey as string,
          'accept-encoding': 'identity'
        },
        body,
        signal: abort.signal
      })
      if (res.statusCode < 200 || res.statusCode >= 300) throw errorFromResponse(res)

      const message = parseMessage(res.body)
      const text = (message.content ?? []).filter((b) => b.type === 'text').map((b) => b.text ?? '').join('')
      return {
        success: true as const,
        analysis: {
          text: scope.unmaskText(text),
          model: message.model ?? outgoing.model,
          stopReason: message.stop_reason ?? null,
          usage: message.usage ?? {}
        },
        masking,
        requestId: request.id,
        timestamp: new Date().toISOString(),
        durationMs: Math.round(performance.now() - started)
      }
    } catch (err) {
      if (abort.signal.aborted) {
        request.log.info('client closed the request before the answer')
        return reply.sendError(CLIENT_CLOSED, 'Client closed request')
      }
      if (!(err instanceof UpstreamError)) throw err
      return sendUpstreamError(reply, err, config.BREAKER_RESET_MS)
    } finally {
      abort.done()
      // A failed clean-up must not turn an answer into an error; the store's TTL reclaims it.
      await scope.release().catch((err: { code?: string }) => request.log.warn({ code: err?.code }, 'mask scope release failed'))
    }
  })
}

function sendUpstreamError (reply: FastifyReply, err: UpstreamError, breakerResetMs: number): FastifyReply {
  const status = err.statusCode
  const log = { code: err.code, statusCode: status }
  if (status >= 500) reply.request.log.error(log, 'upstream call failed')
  else reply.request.log.warn(log, 'upstream rejected the call')
  const retryAfter = (err as UpstreamRateLimitedError).retryAfter
  if (status === 429 && retryAfter !== undefined) reply.header('retry-after', String(retryAfter))
  // An open breaker stays open for at most its reset time: no point in coming back sooner.
  if (err.code === 'UPSTREAM_BREAKER_OPEN') reply.header('retry-after', String(Math.ceil(breakerResetMs / 1000)))
  return reply.sendError(status, UPSTREAM_MESSAGES[status] ?? err.message)
}

function parseMessage (body: Buffer): AnthropicMessage {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as AnthropicMessage
    if (parsed !== null && typeof parsed === 'object') return parsed
  } catch { /* fall through */ }
  throw new UpstreamError('Upstream answered with an unreadable message', 'UPSTREAM_BAD_BODY', 502)
}

/** Aborts the upstream call when the client goes away before we answered. */
function abortOnDisconnect (reply: FastifyReply): { signal: AbortSignal, done: () => void } {
  const controller = new AbortController()
  const onClose = (): void => { if (!reply.raw.writableEnded) controller.abort(new Error('client disconnected')) }
  reply.raw.once('close', onClose)
  return { signal: controller.signal, done: () => { reply.raw.off('close', onClose) } }
}
