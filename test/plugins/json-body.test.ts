// The JSON body parser's shortcuts (string contents skipped by a native search, plain JSON.parse
// when no key could be poisoned) answer exactly as the straightforward parser they replaced.
import t from 'tap'
import fc from 'fast-check'
import Fastify, { type FastifyInstance } from 'fastify'
import { jsonDepthExceeds, strictJsonParser, MAX_JSON_DEPTH } from '../../plugins/json-body.js'

/** The previous depth check: one char at a time, a backslash skips the next one. */
function referenceDepthExceeds (text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) { if (++depth > limit) return true } else if (c === 125 || c === 93) depth--
  }
  return false
}

/** The previous parser: UTF-8 check, depth check, then Fastify's secure JSON parser for every body. */
function referenceParser (app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error')
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  app.removeContentTypeParser(['application/json', 'text/plain'])
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string
    try { text = utf8.decode(body as Buffer) } catch { return done(Object.assign(new Error('utf8'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_UTF8' }), undefined) }
    if (referenceDepthExceeds(text, MAX_JSON_DEPTH)) return done(Object.assign(new Error('deep'), { statusCode: 400, code: 'FST_ERR_CTP_JSON_TOO_DEEP' }), undefined)
    parse(request, text, done)
  })
}

async function echoApp (install: (app: FastifyInstance) => void): Promise<FastifyInstance> {
  const app = Fastify()
  install(app)
  app.setErrorHandler((error: { code?: string, statusCode?: number }, _request, reply) => reply.code(error.statusCode ?? 500).send({ code: error.code ?? 'none' }))
  app.post('/echo', async (request) => ({ body: request.body, proto: Object.getPrototypeOf(request.body ?? {}) === Object.prototype || Array.isArray(request.body) }))
  await app.ready()
  return app
}

const jsonChars = fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a', ' ', ':', ',', 'u', '0')

t.test('depth check: same answer as the char-by-char scan, on any text', async (t) => {
  fc.assert(fc.property(fc.array(jsonChars, { maxLength: 60 }).map(cs => cs.join('')), fc.integer({ min: 0, max: 6 }), (text, limit) => {
    return jsonDepthExceeds(text, limit) === referenceDepthExceeds(text, limit)
  }), { numRuns: 20_000 })
  const cases = ['"\\\\"[[', '"\\"[["[[', '"\\\\\\"[["[', '[', '"', '\\', '"abc', '[["]]"]]', '"\\', '{"a":"\\\\\\\\"}[']
  for (const text of cases) for (const limit of [0, 1, 2]) t.equal(jsonDepthExceeds(text, limit), referenceDepthExceeds(text, limit), `${JSON.stringify(text)} limit ${limit}`)
  t.equal(jsonDepthExceeds('['.repeat(513) + ']'.repeat(513), 512), true)
  t.equal(jsonDepthExceeds('['.repeat(512) + ']'.repeat(512), 512), false)
  t.equal(jsonDepthExceeds(JSON.stringify({ text: '[{'.repeat(5000) + '"\\' }), 512), false, 'brackets in strings never count')
})

t.test('parser: same status, error code and value as the previous parser', async (t) => {
  const fast = await echoApp(strictJsonParser)
  const reference = await echoApp(referenceParser)
  t.teardown(() => Promise.all([fast.close(), reference.close()]))
  const key = fc.constantFrom('__proto__', 'constructor', 'prototype', '\\u005f_proto__', 'constructo\\u0072', 'a', 'text', '__proto')
  const poisoned = fc.tuple(key, fc.json(), fc.json()).map(([k, v, w]) => `{"x":${v},"${k}":{"prototype":${w}}}`)
  const mangled = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', '\uFEFF', ' ', '}', '"', '\\')).map(([j, at, bit]) => {
    const i = at % (j.length + 1)
    return j.slice(0, i) + bit + j.slice(i)
  })
  const texts = fc.oneof(fc.json(), poisoned, mangled, fc.json().map(j => '\uFEFF' + j), fc.constantFrom('', ' ', '\uFEFF', 'null', '"__proto__"', '{"__proto__":1}', '{"constructor":null}', '{"constructor":{"prototype":1}}', '[{"a":{"constructor":{}}}]'))
  await fc.assert(fc.asyncProperty(texts, async (text) => {
    const [a, b] = await Promise.all([fast, reference].map(app => app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: text })))
    t.equal(a.statusCode, b.statusCode, `status for ${JSON.stringify(text)}`)
    t.equal(a.body, b.body, `answer for ${JSON.stringify(text)}`)
    return a.statusCode === b.statusCode && a.body === b.body
  }), { numRuns: 400 })
  for (const text of ['['.repeat(600) + ']'.repeat(600), '{"a":'.repeat(600) + '1' + '}'.repeat(600), '['.repeat(600) + '"', '{"__proto__":' + '['.repeat(600),
    // a poisoned key does not excuse the depth: valid JSON, deep beside or inside the suspect key
    '{"constructor":{},"a":' + '['.repeat(600) + ']'.repeat(600) + '}', '{"a":' + '['.repeat(600) + ']'.repeat(600) + ',"__proto__":{}}',
    '{"__proto__":' + '['.repeat(600) + ']'.repeat(600) + '}']) {
    const [a, b] = await Promise.all([fast, reference].map(app => app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: text })))
    t.same([a.statusCode, a.body], [b.statusCode, b.body], 'deep bodies: ' + text.slice(0, 20))
    t.equal(a.statusCode, 400)
  }
})

t.test('parser reusing long literals: same status, error code and value as the previous parser, sent once or twice', async (t) => {
  const reusing = await echoApp((app) => strictJsonParser(app, 64 * 1024 * 1024))
  const reference = await echoApp(referenceParser)
  t.teardown(() => Promise.all([reusing.close(), reference.close()]))
  const long = JSON.stringify('aws logs tail "/aws/lambda/x" \\ \n'.repeat(9000)) // over MIN_BODY
  const key = fc.constantFrom('__proto__', 'constructor', '\\u005f_proto__', 'a', 'text')
  const poisoned = fc.tuple(key, fc.json()).map(([k, v]) => `{"x":${v},"${k}":${long},"y":{"${k}":${long}}}`)
  const mangled = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', '\uFEFF', ' ', '}', '"', '\\', ':', ',')).map(([j, at, bit]) => {
    const text = `{"a":${j},"b":${long},"c":[${long},${j}]}`
    const i = at % (text.length + 1)
    return text.slice(0, i) + bit + text.slice(i)
  })
  const texts = fc.oneof(poisoned, mangled, fc.json().map(j => `[${long},${j}]`), fc.constantFrom(long, `{${long}:${long}}`, `{${long}:1}`, '['.repeat(600) + long + ']'.repeat(600), `{"__proto__":${long}}`))
  await fc.assert(fc.asyncProperty(texts, async (text) => {
    for (const round of ['first', 'resent']) {
      const [a, b] = await Promise.all([reusing, reference].map(app => app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: text })))
      t.equal(a.statusCode, b.statusCode, `status for ${text.slice(0, 40)} (${round})`)
      t.equal(a.body, b.body, `answer for ${text.slice(0, 40)} (${round})`)
      if (a.statusCode !== b.statusCode || a.body !== b.body) return false
    }
    return true
  }), { numRuns: 60 })
})
