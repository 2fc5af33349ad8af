import t from 'tap'
import Type from 'typebox'
import { MappingLimitError, StoreUnavailableError } from '../../services/masking/types.js'
import type { InjectOptions } from 'fastify'
import type { App } from '../../app.js'
import { buildLoggedApp, buildTestApp } from '../helpers/build-app.js'
import { anthropicErrorType, classify } from '../../plugins/error-handler.js'

const SECRET = 'internal detail at 10.1.2.3 with AKIAIOSFODNN7EXAMPLE'

// The same test routes under a service prefix and under /v1, so both error shapes are checked.
function addTestRoutes (app: App, prefix: string) {
  app.post(`${prefix}/validate`, {
    schema: { body: Type.Object({ name: Type.String(), count: Type.Integer({ minimum: 1 }) }) }
  }, async () => ({ ok: true }))
  app.post(`${prefix}/echo`, async (request) => ({ got: request.body }))
  app.get(`${prefix}/refused`, async () => { throw Object.assign(new Error(`connect ECONNREFUSED ${SECRET}`), { code: 'ECONNREFUSED' }) })
  app.get(`${prefix}/refused-cause`, async () => { throw new Error('fetch failed', { cause: Object.assign(new Error(SECRET), { code: 'ECONNREFUSED' }) }) })
  app.get(`${prefix}/store`, async () => { throw new StoreUnavailableError(SECRET) })
  app.get(`${prefix}/limit`, async () => { throw new MappingLimitError() })
  app.get(`${prefix}/boom`, async () => { throw new Error(SECRET) })
  app.get(`${prefix}/teapot`, async () => { throw Object.assign(new Error('I am a teapot'), { statusCode: 418 }) })
  app.get(`${prefix}/gateway`, async () => { throw Object.assign(new Error(SECRET), { statusCode: 504 }) })
  app.get(`${prefix}/helper`, async (_request, reply) => reply.sendError(409, 'Conflict here', [{ field: 'body.x', message: 'taken' }]))
}

async function appWithRoutes (t: Parameters<typeof buildTestApp>[0], env: Record<string, string> = {}) {
  const app = await buildTestApp(t, env)
  addTestRoutes(app, '/test')
  addTestRoutes(app, '/v1/__test')
  return app
}

const json = { 'content-type': 'application/json' }

t.test('service shape for every error status', async (t) => {
  const app = await appWithRoutes(t, { BODY_LIMIT_BYTES: '1024' })
  const cases: Array<[string, InjectOptions & { url: string }, number, string]> = [
    ['validation', { method: 'POST', url: '/test/validate', headers: json, payload: { name: 5 } }, 400, 'Invalid request data'],
    ['refused', { url: '/test/refused' }, 503, 'Service temporarily unavailable'],
    ['refused (cause)', { url: '/test/refused-cause' }, 503, 'Service temporarily unavailable'],
    ['store down', { url: '/test/store' }, 503, 'Service temporarily unavailable'],
    ['mapping limit', { url: '/test/limit' }, 503, 'Too many distinct identifiers to mask right now, try again later'],
    ['too large', { method: 'POST', url: '/test/echo', headers: json, payload: JSON.stringify({ a: 'x'.repeat(2000) }) }, 413, 'Request body too large'],
    ['content type', { method: 'POST', url: '/test/echo', headers: { 'content-type': 'application/xml' }, payload: '<a/>' }, 415, 'Unsupported content type: send application/json'],
    ['text/plain', { method: 'POST', url: '/test/echo', headers: { 'content-type': 'text/plain' }, payload: 'hello' }, 415, 'Unsupported content type: send application/json'],
    ['malformed', { method: 'POST', url: '/test/echo', headers: json, payload: `{"id": ${SECRET}` }, 400, 'Malformed JSON body'],
    ['empty', { method: 'POST', url: '/test/echo', headers: json, payload: '' }, 400, 'Empty JSON body'],
    ['not found', { url: '/test/nothing-here' }, 404, 'Route not found'],
    ['internal', { url: '/test/boom' }, 500, 'Internal server error'],
    ['4xx from a plugin', { url: '/test/teapot' }, 418, 'I am a teapot'],
    ['gateway timeout', { url: '/test/gateway' }, 504, 'Upstream timed out'],
    ['helper', { url: '/test/helper' }, 409, 'Conflict here']
  ]
  for (const [name, request, status, message] of cases) {
    const res = await app.inject(request)
    t.equal(res.statusCode, status, `${name}: status`)
    const body = res.json()
    t.equal(body.success, false, `${name}: success false`)
    t.equal(body.error, message, `${name}: message`)
    t.equal(body.requestId, res.headers['x-request-id'], `${name}: request id`)
    t.notMatch(res.body, /10\.1\.2\.3|AKIA|stack|\.ts:/, `${name}: nothing internal leaked`)
  }
})

t.test('validation details name the failing fields', async (t) => {
  const app = await appWithRoutes(t)
  const res = await app.inject({ method: 'POST', url: '/test/validate', headers: json, payload: { name: 'n', count: 0 } })
  t.equal(res.statusCode, 400)
  t.match(res.json().details, [{ field: 'body.count', message: /must be >= 1/ }])
  const missing = await app.inject({ method: 'POST', url: '/test/validate', headers: json, payload: { count: 2 } })
  t.match(missing.json().details, [{ field: 'body.name' }])
  const helper = await app.inject({ url: '/test/helper' })
  t.same(helper.json().details, [{ field: 'body.x', message: 'taken' }])
})

t.test('/v1 routes answer in Anthropic\'s error shape with request-id header', async (t) => {
  const app = await appWithRoutes(t, { BODY_LIMIT_BYTES: '1024' })
  const cases: Array<[InjectOptions & { url: string }, number, string]> = [
    [{ method: 'POST', url: '/v1/__test/validate', headers: json, payload: { name: 5 } }, 400, 'invalid_request_error'],
    [{ url: '/v1/__test/refused' }, 503, 'api_error'],
    [{ url: '/v1/__test/store' }, 503, 'api_error'],
    [{ method: 'POST', url: '/v1/__test/echo', headers: json, payload: JSON.stringify({ a: 'x'.repeat(2000) }) }, 413, 'request_too_large'],
    [{ method: 'POST', url: '/v1/__test/echo', headers: { 'content-type': 'text/html' }, payload: '<p>' }, 415, 'invalid_request_error'],
    [{ method: 'POST', url: '/v1/__test/echo', headers: json, payload: '{"a":' }, 400, 'invalid_request_error'],
    [{ url: '/v1/nothing-here?beta=true' }, 404, 'not_found_error'],
    [{ url: '/v1/__test/boom' }, 500, 'api_error'],
    [{ url: '/v1/__test/gateway' }, 504, 'timeout_error']
  ]
  for (const [request, status, type] of cases) {
    const res = await app.inject(request)
    t.equal(res.statusCode, status, `${request.url}: status`)
    const body = res.json()
    t.equal(body.type, 'error')
    t.equal(body.error.type, type, `${request.url}: ${type}`)
    t.type(body.error.message, 'string')
    t.equal(body.request_id, res.headers['request-id'])
    t.equal(body.request_id, res.headers['x-request-id'])
    t.notMatch(res.body, /10\.1\.2\.3|AKIA|stack/)
  }
  const validation = await app.inject({ method: 'POST', url: '/v1/__test/validate', headers: json, payload: { name: 'a' } })
  t.match(validation.json().error.message, /Invalid request data: body\.count/)
})

t.test('anthropic error types by status', async (t) => {
  t.same([400, 401, 403, 404, 413, 429, 500, 502, 503, 504, 529, 422].map(anthropicErrorType), [
    'invalid_request_error', 'authentication_error', 'permission_error', 'not_found_error', 'request_too_large',
    'rate_limit_error', 'api_error', 'api_error', 'api_error', 'timeout_error', 'overloaded_error', 'invalid_request_error'
  ])
})

t.test('classify keeps plugin statuses and hides unknown 5xx', async (t) => {
  t.same(classify(Object.assign(new Error('x'), { statusCode: 429 }) as never), [429, 'Too many requests, please try again later'])
  t.same(classify(Object.assign(new Error(SECRET), { statusCode: 500 }) as never), [500, 'Internal server error'])
  t.same(classify(Object.assign(new Error(SECRET), { statusCode: 507 }) as never), [500, 'Internal server error'])
  t.same(classify(Object.assign(new SyntaxError(SECRET), { statusCode: 400 }) as never), [400, 'Malformed JSON body'])
})

t.test('each error is logged once with method, route, status and request id; 4xx without the message', async (t) => {
  const { app, logs } = await buildLoggedApp(t)
  addTestRoutes(app, '/test')
  const boom = await app.inject({ url: '/test/boom' })
  const malformed = await app.inject({ method: 'POST', url: '/test/echo', headers: json, payload: `{"x": ${SECRET}` })
  const errorsFor = (id: string) => logs.lines.filter((l) => l.requestId === id && l.msg !== 'request completed')
  const boomLines = errorsFor(boom.json().requestId)
  t.equal(boomLines.length, 1, 'one error line for the 500')
  t.match(boomLines[0], { level: 'error', method: 'GET', route: '/test/boom', statusCode: 500, err: { type: 'Error' } })
  const badLines = errorsFor(malformed.json().requestId)
  t.equal(badLines.length, 1, 'one line for the 400')
  t.match(badLines[0], { level: 'warn', method: 'POST', route: '/test/echo', statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' })
  t.notMatch(JSON.stringify(badLines), /AKIA|10\.1\.2\.3/, 'a parse error never quotes the body in logs')
})
