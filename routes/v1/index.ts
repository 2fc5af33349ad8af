// The Anthropic-compatible surface: point ANTHROPIC_BASE_URL (SDKs, Claude Code) at this service.
// Bodies are taken as any JSON object (no schema: Fastify's ajv must not strip unknown fields).
// Errors on these routes are in Anthropic's shape, so SDK clients raise their usual classes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type {} from '../../plugins/upstream.js'
import { upstreamRequestHeaders } from '../../services/proxy/headers.js'
import { createThinkingCache } from '../../services/proxy/thinking-cache.js'
import { clientRetries, messagesHandler, upstreamHeaderOptions } from './messages.js'
import { sendUpstreamJson } from './upstream-reply.js'
import { detect } from '../../services/masking/detector.js'

const MODELS_QUERY = ['limit', 'before_id', 'after_id', 'beta'] as const

/** The models path with only the API's own query parameters, or undefined when any part holds an identifier. */
function modelsPath (url: string): string | undefined {
  const parsed = new URL(url, 'http://local')
  const query = new URLSearchParams()
  for (const name of MODELS_QUERY) {
    const value = parsed.searchParams.get(name)
    if (value !== null) query.set(name, value)
  }
  const parts = [decodeURIComponent(parsed.pathname), ...query.values()]
  if (parts.some(part => detect(part).length > 0)) return undefined
  const search = query.toString()
  return search === '' ? parsed.pathname : `${parsed.pathname}?${search}`
}

export default async function v1Routes (app: FastifyInstance): Promise<void> {
  const messages = messagesHandler(app, createThinkingCache()) // per app: signed thinking as the API wrote it
  app.post('/v1/messages', messages) // the query string (?beta=true) is kept in request.url
  app.post('/v1/messages/count_tokens', messages)

  // Nothing of a URL is masked, so a path or parameter holding an identifier is refused, never sent.
  const passThrough = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const path = modelsPath(request.url)
    if (path === undefined) return reply.sendError(400, 'The model path or its parameters hold an AWS identifier; nothing was sent')
    const res = await app.upstream.request({
      method: 'GET', path, headers: upstreamRequestHeaders(request.headers, upstreamHeaderOptions(app, request)), retryStatuses: !clientRetries(request.headers)
    })
    return sendUpstreamJson(reply, undefined, res.statusCode, res.headers, res.body)
  }
  app.get('/v1/models', passThrough)
  app.get('/v1/models/:modelId', passThrough)

  // Claude Code probes HEAD / at start-up: answer it harmlessly unless someone already serves GET /.
  if (!app.hasRoute({ method: 'HEAD', url: '/' }) && !app.hasRoute({ method: 'GET', url: '/' })) {
    app.head('/', { config: { rateLimit: false } }, async (request, reply) => reply.code(200).header('request-id', request.id).send())
  }
}
