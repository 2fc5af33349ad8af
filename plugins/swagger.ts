// OpenAPI document generated from the routes' TypeBox schemas, served at GET /docs/json so
// REST callers can generate clients. Must be registered before the routes it describes.
import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

async function openApi (app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'aws-masker',
        description: 'Masks AWS identifiers and secrets before text reaches Claude, and restores them in the answer',
        version: '0.1.0'
      }
    }
  })
  app.get('/docs/json', { schema: { hide: true } }, async () => app.swagger())
}

export default fp(openApi, { name: 'swagger', fastify: '5.x' })
