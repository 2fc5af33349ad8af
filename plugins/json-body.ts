// The one JSON body parser: rejects invalid UTF-8 (instead of silently replacing bytes),
// absurd nesting (walkers recurse), and __proto__/constructor poisoning. Other content types
// get 415 (text/plain's default parser is removed). Bodies are validated without type coercion.
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import createError from '@fastify/error'
import { AjvCompiler } from '@fastify/ajv-compiler'
import { closingQuote, createLiteralMemo } from '../services/json/reused-literals.js'
import { attachNumbers, withStandIns } from '../services/json/raw-numbers.js'

export const MAX_JSON_DEPTH = 512

const InvalidUtf8 = createError('FST_ERR_CTP_INVALID_UTF8', 'Request body is not valid UTF-8', 400)
const TooDeep = createError('FST_ERR_CTP_JSON_TOO_DEEP', 'JSON body is nested deeper than %s levels', 400)

const utf8 = new TextDecoder('utf-8', { fatal: true })

const QUOTE = 34

/** Deepest bracket nesting outside string literals. Stops early once past `limit`. */
export function jsonDepthExceeds (text: string, limit: number): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      i = closingQuote(text, i + 1)
      if (i === -1) break
    }
    else if (c === 123 || c === 91) { if (++depth > limit) return true } else if (c === 125 || c === 93) depth--
  }
  return false
}

/**
 * What a parsed body holds that JSON.parse alone does not answer for: an own `__proto__` or
 * `constructor` key (only then can the careful parser's answer differ), or nesting deeper than
 * `limit` (the walkers recurse). Iterative, and it visits only objects and arrays: far fewer
 * than the characters of a prompt.
 */
function suspectShape (root: unknown, limit: number): 'poison' | 'deep' | undefined {
  if (root === null || typeof root !== 'object') return undefined
  const pending: object[] = [root]
  const depths: number[] = [1]
  let poison = false
  while (pending.length > 0) {
    const node = pending.pop() as Record<string, unknown>
    const depth = depths.pop() as number
    if (depth > limit) return 'deep'
    if (Array.isArray(node)) {
      for (const value of node) if (value !== null && typeof value === 'object') { pending.push(value); depths.push(depth + 1) }
      continue
    }
    // walk on: the careful parser's answer must be depth-checked too
    if (Object.hasOwn(node, '__proto__') || Object.hasOwn(node, 'constructor')) poison = true
    for (const key in node) {
      const value = node[key]
      if (value !== null && typeof value === 'object') { pending.push(value); depths.push(depth + 1) }
    }
  }
  return poison ? 'poison' : undefined
}

/** `reuseBytes`: what the long string literals of recent bodies may hold, kept to be reused when resent (0: none). */
export function strictJsonParser (app: FastifyInstance, reuseBytes = 0): void {
  const literals = createLiteralMemo(reuseBytes)
  const parse = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser(['application/json', 'text/plain'])
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string
    try {
      text = utf8.decode(body as Buffer)
    } catch {
      return done(new InvalidUtf8(), undefined)
    }
    // Fast path: plain JSON.parse (V8's is iterative: any nesting parses without a stack
    // overflow; long string literals a recent body sent are reused) when it answers as the
    // careful parser would. Anything else (empty, a BOM, a
    // syntax error, a suspect key) goes to that parser for its exact answer.
    // On the proxy (/v1), whose bodies are forwarded, a number JSON.parse would not give back as
    // written (`1.0`, above 2^53) is parsed as a stand-in, written back when the masked body is
    // serialised (raw-numbers.ts). Routes that read their numbers (/analyze) get them parsed.
    // With long literals reused, only the rest of the body (its skeleton) is read for numbers.
    const forwarded = request.url.startsWith('/v1/')
    let swapped: ReturnType<typeof withStandIns>
    let value = literals.parse(text, forwarded ? (skeleton) => { swapped = withStandIns(skeleton); return swapped?.text ?? skeleton } : undefined)
    if (value === undefined) {
      swapped = forwarded ? withStandIns(text) : undefined
      try {
        value = JSON.parse(swapped?.text ?? text)
      } catch {
        if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return done(new TooDeep(MAX_JSON_DEPTH), undefined)
        return parse(request, text, done)
      }
    }
    const suspect = suspectShape(value, MAX_JSON_DEPTH)
    if (suspect === 'deep') return done(new TooDeep(MAX_JSON_DEPTH), undefined)
    if (suspect === 'poison') {
      const full = forwarded ? withStandIns(text) : undefined // the careful parser reads the whole text
      if (full === undefined) return parse(request, text, done)
      return parse(request, full.text, (err: Error | null, body?: unknown) => { if (err === null) attachNumbers(body, full.numbers); done(err, body) })
    }
    if (swapped !== undefined) attachNumbers(value, swapped.numbers)
    done(null, value)
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
