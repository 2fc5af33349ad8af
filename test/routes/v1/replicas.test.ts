// Conversations in Redis (REDIS_URL): two replicas behind a load balancer serve alternate turns
// of one conversation with the same tokens; a Redis that is down fails closed with 503.
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:net'
import t from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { buildTestApp } from '../../helpers/build-app.js'
import { createMockAnthropic, assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'

const REDIS_URL = 'redis://127.0.0.1:6379'
const lastText = (req: RecordedRequest): string => String(req.json.messages.at(-1).content)

async function replica (t: Parameters<typeof buildTestApp>[0], upstream: string, redisUrl = REDIS_URL) {
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream, REDIS_URL: redisUrl, UPSTREAM_MAX_RETRIES: '0', RATE_LIMIT_MAX: '100000' })
  return new Anthropic({ baseURL: await app.listen({ port: 0, host: '127.0.0.1' }), apiKey: `key-${randomUUID()}`, maxRetries: 0 })
}

t.test('turns served by different replicas share the conversation through Redis', async t => {
  const mock = await createMockAnthropic()
  t.teardown(() => mock.close())
  mock.fallback({ message: (req) => assistantMessage([{ type: 'text', text: `Re: ${lastText(req)}` }]), deltaSize: 3 })
  const key = `key-${randomUUID()}`
  const [a, b] = [await replica(t, mock.url), await replica(t, mock.url)]
  const [clientA, clientB] = [a, b].map(c => c.withOptions({ apiKey: key }))
  const q1 = 'Instance i-0a1b2c3d4e5f67890 in 123456789012 is down'
  const history: Anthropic.MessageParam[] = [{ role: 'user', content: q1 }]
  const r1 = await clientA.messages.create({ model: 'm', max_tokens: 10, messages: history })
  history.push({ role: 'assistant', content: r1.content }, { role: 'user', content: 'and 123456789012 again?' })
  const r2 = await clientB.messages.stream({ model: 'm', max_tokens: 10, messages: history }).finalMessage()
  t.equal((r1.content[0] as Anthropic.TextBlock).text, `Re: ${q1}`)
  t.equal((r2.content[0] as Anthropic.TextBlock).text, 'Re: and 123456789012 again?', 'replica B restores tokens made by replica A')
  const [m1, m2] = mock.requests.map(r => r.json.messages)
  t.same(m2.slice(0, 1), m1, 'turn 1 masked identically on the other replica')
  t.same(m2[1].content, [{ type: 'text', text: `Re: ${String(m1[0].content)}` }], 'assistant turn sent back as the API wrote it')
  t.notMatch(mock.requests.map(r => r.raw.toString()).join(''), /i-0a1b2c3d4e5f67890|123456789012/)
})

t.test('a mapping store that is down fails closed: 503 api_error, nothing sent', async t => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as { port: number }).port
  await new Promise<void>((resolve) => closed.close(() => resolve()))
  const mock = await createMockAnthropic()
  t.teardown(() => mock.close())
  const client = await replica(t, mock.url, `redis://127.0.0.1:${port}`)
  let err: any
  try {
    await client.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'i-0a1b2c3d4e5f67890' }] })
  } catch (e) {
    err = e
  }
  t.ok(err instanceof Anthropic.InternalServerError, String(err?.constructor?.name))
  t.equal(err?.status, 503)
  t.equal(err?.error?.error?.type, 'api_error')
  t.equal(mock.requests.length, 0)
})
