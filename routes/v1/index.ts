// The Anthropic-compatible surface: point ANTHROPIC_BASE_URL (SDKs, Claude Code) at this service.
// Bodies are taken as any JSON object (no schema: Fastify's ajv must not strip unknown fields).
// Errors on these routes are in Anthropic's shape, so SDK clients raise their usual classes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type {} from '../../plugins/upstream.js'
import { upstreamRequestHeaders } from '../../services/proxy/headers.js'
import { createThinkingCache } from '../../services/proxy/thinking-cache.js'
import { messagesHandler, upstreamHeaderOptions } from './messages.js'
import { sendUpstreamJson } from './upstream-reply.js'

export default async function v1Routes (app: FastifyInstance): Promise<void> {
  const messages = messagesHandler(app, createThinkingCache()) // per app: signed thinking as the API wrote it
  app.post('/v1/messages', messages) // the query string (?beta=true) is kept in request.url
  app.post('/v1/messages/count_tokens', messages)

  const passThrough = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const res = await app.upstream.request({
      method: 'GET', path: request.url, headers: upstreamRequestHeaders(request.headers, upstreamHeaderOptions(app, request))
    })
    return sendUpstreamJson(reply, undefined, res.statusCode, res.headers, res.body)
  }
  app.get('/v1/models', passThrough)
  app.get('/v1/models/:modelId', passThrough)

  // Claude Code probes HEAD / at start-up: answer it harmlessly unless someone already serves GET /.
  if (!app.hasRoute({ method: 'HEAD', url: '/' }) && !app.hasRoute({ method: 'GET', url: '/' })) {
    app.head('/', { config: { rateLimit: false } }, async (_request, reply) => reply.code(200).send())
  }
}
