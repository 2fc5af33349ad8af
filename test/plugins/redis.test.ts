// plugins/redis.ts through the real app: readiness `store` follows Redis, rate limits are shared
// by two apps on one Redis, the app starts with Redis down and heals when it returns.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildTestApp } from '../helpers/build-app.js'
import { startPrivateRedis } from '../redis/redis-server.js'
import type { App } from '../../app.js'

async function readiness (app: App): Promise<{ status: number, store: string }> {
  const res = await app.inject({ method: 'GET', url: '/health/ready' })
  return { status: res.statusCode, store: (res.json() as { checks: Record<string, string> }).checks.store }
}

async function eventually (what: () => Promise<boolean>, tries = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) { // 100 ms apart: up to 10 s
    if (await what()) return true
    await sleep(100)
  }
  return false
}

t.test('without REDIS_URL: no client, no store check', async (t) => {
  const app = await buildTestApp(t)
  await app.ready()
  t.equal(app.redis, null)
  t.equal((await readiness(app)).store, undefined)
})

t.test('readiness reports the store down while Redis is away and ok once it is back', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  const app = await buildTestApp(t, { REDIS_URL: server.url })
  await app.ready()
  t.same(await readiness(app), { status: 200, store: 'ok' })
  await server.stop()
  t.same(await readiness(app), { status: 503, store: 'down' })
  await server.start()
  t.ok(await eventually(async () => (await readiness(app)).store === 'ok'), 'ready again by itself')
})

t.test('starts while Redis is down, then connects when it comes up', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  await server.stop()
  const app = await buildTestApp(t, { REDIS_URL: server.url })
  await app.ready()
  t.same(await readiness(app), { status: 503, store: 'down' })
  await server.start()
  t.ok(await eventually(async () => (await readiness(app)).status === 200))
})

t.test('two apps on one Redis share their rate limits', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  const env = { REDIS_URL: server.url, RATE_LIMIT_MAX: '4', RATE_LIMIT_WINDOW_MS: '60000' }
  const apps = [await buildTestApp(t, env), await buildTestApp(t, env)]
  for (const app of apps) {
    app.get('/limited', async () => ({ ok: true }))
    await app.ready()
  }
  const statuses: number[] = []
  for (let i = 0; i < 6; i++) statuses.push((await apps[i % 2].inject({ method: 'GET', url: '/limited' })).statusCode)
  t.same(statuses, [200, 200, 200, 200, 429, 429], 'four in total across both apps')
})

t.test('close quits the client it made', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  const app = await buildTestApp(t, { REDIS_URL: server.url })
  await app.ready()
  const client = app.redis
  await app.close()
  t.ok(await eventually(async () => client?.status === 'end', 30), `client ended (${client?.status})`)
})
