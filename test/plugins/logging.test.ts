import t from 'tap'
import { buildLoggedApp } from '../helpers/build-app.js'

t.test('one JSON line per finished request: ISO time, level label, request id, method, route, status, duration', async (t) => {
  const { app, logs } = await buildLoggedApp(t)
  const res = await app.inject({ url: '/health' })
  const lines = logs.lines.filter((l) => l.requestId === res.headers['x-request-id'])
  t.equal(lines.length, 1, 'exactly one line for a plain request')
  const line = lines[0]
  t.equal(line.level, 'info')
  t.match(line.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  t.match(line, { msg: 'request completed', method: 'GET', route: '/health', statusCode: 200 })
  t.type(line.durationMs, 'number')
})

t.test('x-request-id is honoured when plain, replaced when hostile, generated when absent', async (t) => {
  const { app } = await buildLoggedApp(t)
  const given = await app.inject({ url: '/health', headers: { 'x-request-id': 'trace-abc.123:x' } })
  t.equal(given.headers['x-request-id'], 'trace-abc.123:x')
  const generated = await app.inject({ url: '/health' })
  t.match(generated.headers['x-request-id'], /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  const other = await app.inject({ url: '/health' })
  t.not(other.headers['x-request-id'], generated.headers['x-request-id'])
  const hostile = await app.inject({ url: '/health', headers: { 'x-request-id': 'a"}\n{"level":"fatal' } })
  t.match(hostile.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  const long = await app.inject({ url: '/health', headers: { 'x-request-id': 'x'.repeat(200) } })
  t.equal((long.headers['x-request-id'] as string).length, 36)
})

t.test('keys, cookies, bodies and raw URLs never reach the logs, even at trace level', async (t) => {
  const { app, logs } = await buildLoggedApp(t, {}, 'trace')
  app.post('/test/echo', async (request) => {
    request.log.info({ headers: request.headers }, 'headers seen by a route')
    return { ok: true }
  })
  const res = await app.inject({
    method: 'POST',
    url: '/test/echo?bucket=my-secret-bucket-name',
    headers: {
      authorization: 'Bearer sk-ant-authorization-secret',
      'x-api-key': 'sk-ant-api-key-secret',
      'x-masker-key': 'masker-key-secret',
      cookie: 'session=cookie-secret',
      'content-type': 'application/json'
    },
    payload: { text: 'AKIAIOSFODNN7EXAMPLE body-secret' }
  })
  t.equal(res.statusCode, 200)
  const text = logs.text()
  t.ok(logs.lines.length >= 2)
  for (const secret of ['sk-ant-authorization-secret', 'sk-ant-api-key-secret', 'masker-key-secret', 'cookie-secret', 'AKIAIOSFODNN7EXAMPLE', 'body-secret', 'my-secret-bucket-name']) {
    t.notOk(text.includes(secret), `${secret} not logged`)
  }
  t.match(text, /\[redacted\]/, 'redaction applied to the bound headers')
})

t.test('LOG_LEVEL=silent writes nothing', async (t) => {
  const { app, logs } = await buildLoggedApp(t, {}, 'silent')
  await app.inject({ url: '/nope' })
  t.equal(logs.lines.length, 0)
})
