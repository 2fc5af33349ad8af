// The one JSON body parser: rejects invalid UTF-8 (instead of silently replacing bytes),
// absurd nesting (walkers recurse), and __proto__/constructor poisoning. Other content types
// get 415 (text/plain's default parser is removed). Bodies are validated without type coercion.
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import createError from '@fastify/error'
import { AjvCompiler } from '@fastify/ajv-compiler'

export const MAX_JSON_DEPTH = 512

const InvalidUtf8 = createError('FST_ERR_CTP_INVALID_UTF8', 'Request body is not valid UTF-8', 400)
const TooDeep = createError('FST_ERR_CTP_JSON_TOO_DEEP', 'JSON body is nested deeper than %s levels', 400)

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Deepest bracket nesting outside string literals. Stops early once past `limit`. */
export function jsonDepthExceeds (text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // backslash: skip the escaped char
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) { if (++depth > limit) return true } else if (c === 125 || c === 93) depth--
  }
  return false
}

export function strictJsonParser (app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser(['application/json', 'text/plain'])
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string
    try {
      text = utf8.decode(body as Buffer)
    } catch {
      return done(new InvalidUtf8(), undefined)
    }
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return done(new TooDeep(MAX_JSON_DEPTH), undefined)
    parse(request, text, done)
  })
}

type AjvServerOptions = { customOptions?: Record<string, unknown> } & Record<string, unknown>
type RouteSchema = { httpPart?: string } & Record<string, unknown>

/**
 * Query strings and params need coercion ('true' -> true), bodies must not get it: a JSON
 * body with `"contextText": 5` or `["x"]` is a client error, not the string "5".
 */
export function strictBodySchemaController (): NonNullable<FastifyServerOptions['schemaController']> {
  const pool = AjvCompiler()
  function buildValidator (externalSchemas: unknown, options: AjvServerOptions) {
    const coercing = pool(externalSchemas as never, options as never)
    const strict = pool(externalSchemas as never, { ...options, customOptions: { ...options.customOptions, coerceTypes: false } } as never)
    return (route: RouteSchema) => (route.httpPart === 'body' ? strict : coercing)(route as never)
  }
  return { compilersFactory: { buildValidator: buildValidator as never } }
}
