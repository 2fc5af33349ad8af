import t from 'tap'
import type { App } from '../../app.js'
import { buildLoggedApp, buildTestApp } from '../helpers/build-app.js'
import { createHash } from 'node:crypto'
import { matchesKey } from '../../plugins/auth.js'
import { parsePrometheus, sampleValue } from './prometheus-text.js'

const KEYS = { SERVICE_API_KEYS: 'svc-key-one, svc-key-two' }

function addWhoami (app: App) {
  app.get('/test/whoami', async (request) => request.maskerAuth)
  app.get('/v1/__test/whoami', async (request) => request.maskerAuth)
}

t.test('without SERVICE_API_KEYS: open, with a start-up warning', async (t) => {
  const { app, logs } = await buildLoggedApp(t, {}, 'warn')
  addWhoami(app)
  await app.ready()
  t.ok(logs.lines.some((l) => l.level === 'warn' && /SERVICE_API_KEYS is not set/.test(String(l.msg))), 'warns it is open')
  const res = await app.inject({ url: '/test/whoami' })
  t.equal(res.statusCode, 200)
  t.same(res.json(), { via: 'open', credentialIsServiceKey: false })
})

t.test('service routes need Authorization: Bearer <key>', async (t) => {
  const app = await buildTestApp(t, KEYS)
  addWhoami(app)
  const none = await app.inject({ url: '/test/whoami' })
  t.equal(none.statusCode, 401)
  t.equal(none.headers['www-authenticate'], 'Bearer')
  t.same(none.json(), { success: false, error: 'Missing or invalid service key: send Authorization: Bearer <key>', requestId: none.headers['x-request-id'] })
  t.equal((await app.inject({ url: '/test/whoami', headers: { authorization: 'Bearer svc-key-wrong' } })).statusCode, 401)
  t.equal((await app.inject({ url: '/test/whoami', headers: { authorization: 'Basic svc-key-one' } })).statusCode, 401)
  t.equal((await app.inject({ url: '/test/whoami', headers: { 'x-api-key': 'svc-key-one' } })).statusCode, 401, 'x-api-key is a /v1 convenience only')
  t.equal((await app.inject({ url: '/test/whoami', headers: { authorization: 'Bearer svc-key-on' } })).statusCode, 401, 'a prefix is not a key')
  const ok = await app.inject({ url: '/test/whoami', headers: { authorization: 'Bearer svc-key-two' } })
  t.equal(ok.statusCode, 200)
  t.equal(ok.json().via, 'authorization')
  t.equal((await app.inject({ url: '/test/whoami', headers: { 'x-masker-key': 'svc-key-one' } })).statusCode, 200)
  t.equal((await app.inject({ url: '/no/such/route' })).statusCode, 401, 'unknown routes do not reveal themselves')
})

t.test('/v1 routes: x-masker-key keeps the client\'s own Anthropic key; a service key as credential is flagged', async (t) => {
  const app = await buildTestApp(t, KEYS)
  addWhoami(app)
  const none = await app.inject({ url: '/v1/__test/whoami', headers: { 'x-api-key': 'sk-ant-client-own-key' } })
  t.equal(none.statusCode, 401)
  t.match(none.json(), { type: 'error', error: { type: 'authentication_error', message: /x-masker-key/ }, request_id: none.headers['x-request-id'] })
  const masker = await app.inject({ url: '/v1/__test/whoami', headers: { 'x-masker-key': 'svc-key-one', 'x-api-key': 'sk-ant-client-own-key' } })
  t.equal(masker.statusCode, 200)
  t.same(masker.json(), { via: 'x-masker-key', credentialIsServiceKey: false })
  const viaBearer = await app.inject({ url: '/v1/__test/whoami', headers: { authorization: 'Bearer svc-key-two' } })
  t.same(viaBearer.json(), { via: 'authorization', credentialIsServiceKey: true })
  const viaApiKey = await app.inject({ url: '/v1/__test/whoami', headers: { 'x-api-key': 'svc-key-two' } })
  t.same(viaApiKey.json(), { via: 'x-api-key', credentialIsServiceKey: true })
  t.equal((await app.inject({ url: '/v1/__test/whoami', headers: { authorization: 'Bearer sk-ant-client-own-key' } })).statusCode, 401)
})

t.test('probes, metrics and HEAD / need no key; failures are counted by family', async (t) => {
  const app = await buildTestApp(t, KEYS)
  addWhoami(app)
  if (!app.hasRoute({ method: 'HEAD', url: '/' })) app.head('/', async (_request, reply) => reply.send())
  for (const url of ['/health', '/health/ready', '/metrics']) t.equal((await app.inject({ url })).statusCode, 200, url)
  t.equal((await app.inject({ method: 'HEAD', url: '/' })).statusCode, 200, 'HEAD /')
  await app.inject({ url: '/test/whoami' })
  await app.inject({ url: '/v1/__test/whoami' })
  await app.inject({ url: '/v1/__test/whoami', headers: { 'x-masker-key': 'nope' } })
  const samples = parsePrometheus((await app.inject({ url: '/metrics' })).body)
  t.equal(sampleValue(samples, 'aws_masker_auth_failures_total', { family: 'service' }), 1)
  t.equal(sampleValue(samples, 'aws_masker_auth_failures_total', { family: 'v1' }), 2)
})

t.test('keys never reach the logs', async (t) => {
  const { app, logs } = await buildLoggedApp(t, KEYS, 'trace')
  addWhoami(app)
  await app.inject({ url: '/test/whoami', headers: { authorization: 'Bearer svc-key-one' } })
  await app.inject({ url: '/test/whoami', headers: { authorization: 'Bearer wrong-key-attempt' } })
  await app.inject({ url: '/v1/__test/whoami', headers: { 'x-masker-key': 'svc-key-two' } })
  t.ok(logs.lines.length > 0)
  t.notMatch(logs.text(), /svc-key-one|svc-key-two|wrong-key-attempt/)
})

t.test('matchesKey compares digests of any length', async (t) => {
  const keys = ['a', 'longer-key'].map((k) => createHash('sha256').update(k).digest())
  t.ok(matchesKey('a', keys))
  t.ok(matchesKey('longer-key', keys))
  t.notOk(matchesKey('longer-key-', keys))
  t.notOk(matchesKey('', keys))
  t.notOk(matchesKey(undefined, keys))
})
