// Two app instances (two "replicas") on one private Redis, in front of one mock Anthropic API:
// a conversation masked through A is restored through B; limits are shared; Redis stopped
// mid-run gives 503s and no leak (nothing in clear upstream, no tokens left in answers);
// restarted, service resumes without a restart of the apps.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildTestApp } from '../helpers/build-app.js'
import { assistantMessage, createMockAnthropic, type MockAnthropic, type RecordedRequest } from '../helpers/mock-anthropic.js'
import v1Routes from '../../routes/v1/index.js'
import { startPrivateRedis, type PrivateRedis } from './redis-server.js'
import type { App } from '../../app.js'

interface Teardown { teardown (fn: () => unknown): void }

const ORIGINALS = ['i-0a1b2c3d4e5f67890', '123456789012', '10.0.1.23', 'sg-0123456789abcdef0']
const QUESTION = `Why can't i-0a1b2c3d4e5f67890 in account 123456789012 reach 10.0.1.23 through sg-0123456789abcdef0?`
const TOKEN = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\d+\b/g

function lastUserText (req: RecordedRequest): string {
  const last = req.json.messages.at(-1)
  return typeof last.content === 'string' ? last.content : last.content.map((b: any) => b.text ?? '').join('')
}

async function replica (t: Teardown, mock: MockAnthropic, env: Record<string, string>): Promise<App> {
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: mock.url, UPSTREAM_MAX_RETRIES: '0', ...env })
  // Until app.ts registers them itself (never twice).
  if (!app.hasDecorator('masker')) await app.register(import('../../plugins/masking.js'))
  if (!app.hasRoute({ method: 'POST', url: '/v1/messages' })) await app.register(v1Routes)
  await app.ready()
  return app
}

async function twoReplicas (t: Teardown, env: Record<string, string> = {}): Promise<{ a: App, b: App, mock: MockAnthropic, redis: PrivateRedis }> {
  const redis = await startPrivateRedis()
  t.teardown(redis.stop)
  const mock = await createMockAnthropic()
  t.teardown(() => mock.close())
  const shared = { REDIS_URL: redis.url, RATE_LIMIT_MAX: '1000', ...env }
  return { a: await replica(t, mock, shared), b: await replica(t, mock, shared), mock, redis }
}

async function ask (app: App, text: string, session = 'conversation-1') {
  const res = await app.inject({
    method: 'POST',
    url: '/v1/messages',
    headers: { 'x-api-key': 'test-key', 'anthropic-version': '2023-06-01', 'x-mask-session': session },
    payload: { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: text }] }
  })
  return { status: res.statusCode, body: res.body, text: (res.json().content?.[0]?.text ?? '') as string }
}

const reply = (text: string) => ({ message: assistantMessage([{ type: 'text', text }]) })

t.test('a conversation masked through A is restored through B', async (t) => {
  const { a, b, mock } = await twoReplicas(t)
  mock.fallback((req) => reply(`Echo: ${lastUserText(req)}`))
  const first = await ask(a, QUESTION)
  t.equal(first.text, `Echo: ${QUESTION}`)
  const maskedByA = lastUserText(mock.requests[0])
  t.match(maskedByA, /EC2_INSTANCE_\d+/)
  t.same(ORIGINALS.filter((o) => maskedByA.includes(o)), [], 'the API got tokens only')

  // The follow-up on B names nothing: the API answers with A's tokens, B must restore them.
  mock.fallback(() => reply(`Earlier you asked: ${maskedByA}`))
  const second = await ask(b, 'And now?')
  t.equal(second.status, 200)
  t.equal(second.text, `Earlier you asked: ${QUESTION}`)
  t.same(second.text.match(TOKEN) ?? [], [], 'no token left in the answer')

  const other = await ask(b, 'Another conversation', 'conversation-2')
  t.equal(other.text, `Earlier you asked: ${maskedByA}`, 'another conversation restores nothing of the first')
})

t.test('control: without Redis, B cannot restore what A masked (the test above can fail)', async (t) => {
  const mock = await createMockAnthropic()
  t.teardown(() => mock.close())
  const [a, b] = [await replica(t, mock, {}), await replica(t, mock, {})]
  mock.fallback((req) => reply(`Echo: ${lastUserText(req)}`))
  await ask(a, QUESTION)
  const maskedByA = lastUserText(mock.requests[0])
  mock.fallback(() => reply(`Earlier you asked: ${maskedByA}`))
  t.not((await ask(b, 'And now?')).text, `Earlier you asked: ${QUESTION}`)
})

t.test('rate limits are shared by both replicas', async (t) => {
  const { a, b, mock } = await twoReplicas(t, { RATE_LIMIT_MAX: '3' })
  mock.fallback(() => reply('ok'))
  const statuses: number[] = []
  for (let i = 0; i < 5; i++) statuses.push((await ask(i % 2 === 0 ? a : b, 'hello')).status)
  t.same(statuses, [200, 200, 200, 429, 429])
  t.equal(mock.requests.length, 3)
})

t.test('Redis stopped mid-run: 503s and no leak; restarted, service resumes', async (t) => {
  const { a, b, mock, redis } = await twoReplicas(t)
  // Redis dies while the API is answering: the answer is still restored from the open scope.
  let stopped: Promise<void> | undefined
  mock.fallback((req) => { stopped ??= redis.stop(); return reply(`Echo: ${lastUserText(req)}`) })
  const during = await ask(a, QUESTION)
  t.equal(during.status, 200)
  t.equal(during.text, `Echo: ${QUESTION}`, 'answer in flight fully restored')
  // SIGKILL is only sent above: on a loaded machine the process may not be gone (its sockets
  // still answering) when the next request reaches Redis, which then succeeds with 200.
  await stopped

  mock.fallback((req) => reply(`Echo: ${lastUserText(req)}`))
  const sent = mock.requests.length
  for (const app of [a, b]) {
    const res = await ask(app, QUESTION)
    t.equal(res.status, 503)
    t.equal(JSON.parse(res.body).error.type, 'api_error')
    t.same(ORIGINALS.filter((o) => res.body.includes(o)), [], 'no original in the error')
    t.same(res.body.match(TOKEN) ?? [], [], 'no token in the error')
    t.equal((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 503)
    t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200, 'liveness unaffected')
  }
  t.equal(mock.requests.length, sent, 'nothing was sent upstream while Redis was down')
  for (const req of mock.requests) t.same(ORIGINALS.filter((o) => req.raw.toString().includes(o)), [])

  await redis.start()
  let resumed = false
  for (let i = 0; i < 100 && !resumed; i++) { // up to 10 s
    resumed = (await b.inject({ method: 'GET', url: '/health/ready' })).statusCode === 200
    if (!resumed) await sleep(100)
  }
  t.ok(resumed, 'ready again without restarting the app')
  const after = await ask(b, QUESTION, 'conversation-after')
  t.equal(after.status, 200)
  t.equal(after.text, `Echo: ${QUESTION}`)
  t.same(ORIGINALS.filter((o) => mock.requests.at(-1)!.raw.toString().includes(o)), [])
})
