// Sustained concurrency with a local mock upstream that echoes the masked prompt back: zero
// errors, zero non-2xx, every client gets exactly its own text back (no mix-up between concurrent
// scopes), and no planted identifier reaches the upstream. Bounded: LOAD_SECONDS (default 4)
// x 20 connections per route.
import t from 'tap'
import autocannon from 'autocannon'
import { buildTestApp } from '../helpers/build-app.js'
import { awsPrompt, findPlanted, messagesBody } from './aws-prompt.js'
import { startMockMessagesApi } from './mock-messages-api.js'

const SECONDS = Number(process.env.LOAD_SECONDS ?? 4)
const CONNECTIONS = 20
const PROMPTS = 40

interface Route {
  path: string
  body: (text: string) => string
  /** The restored text the client got back. */
  answer: (body: Record<string, unknown>) => string | undefined
}

const ROUTES: Route[] = [
  { path: '/v1/messages', body: (text) => messagesBody(text), answer: (b) => (b.content as Array<{ text?: string }>)?.[0]?.text },
  { path: '/analyze', body: (text) => JSON.stringify({ contextText: text }), answer: (b) => (b.analysis as { text?: string })?.text }
]

for (const route of ROUTES) {
  t.test(`load through ${route.path}: no errors, exact round trips, nothing leaks`, async (t) => {
    const mock = await startMockMessagesApi({ record: true, echo: true })
    t.teardown(() => mock.close())
    const app = await buildTestApp(t, {
      ANTHROPIC_BASE_URL: mock.url, ANTHROPIC_API_KEY: 'load-key', RATE_LIMIT_MAX: '1000000000', RATE_LIMIT_ANALYZE_MAX: '1000000000'
    })
    const url = await app.listen({ port: 0, host: '127.0.0.1' })

    // Distinct identifiers per prompt (offsets apart), ~4 KB each.
    const prompts = Array.from({ length: PROMPTS }, (_, i) => awsPrompt(4 * 1024, i * 100))
    const planted = new Set(prompts.flatMap((p) => p.planted))
    let next = 0
    let mismatches = 0
    const result = await autocannon({
      url: url + route.path,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 20,
      requests: [{
        method: 'POST',
        headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
        setupRequest: (req, context: { expected?: string }) => {
          const i = next++ % PROMPTS
          context.expected = prompts[i].text
          return { ...req, body: route.body(prompts[i].text) }
        },
        onResponse: (status, body, context: { expected?: string }) => {
          if (status !== 200 || !(route.answer(JSON.parse(body))?.includes(context.expected!) ?? false)) mismatches++
        }
      }]
    })

    const total = result.requests.total
    t.ok(total >= 1, `${total} requests in ${SECONDS} s (${result.requests.average}/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms)`)
    t.equal(result.errors, 0, 'no connection errors')
    t.equal(result.timeouts, 0, 'no timeouts')
    t.equal(result.non2xx, 0, 'no non-2xx answers')
    t.equal(mismatches, 0, 'every client got exactly its own text back, restored')
    t.ok(mock.bodies.length >= total, `upstream saw ${mock.bodies.length} requests`)

    const leaked = new Set(mock.bodies.flatMap((body) => findPlanted(body, planted)))
    t.same([...leaked], [], `none of ${planted.size} planted identifiers reached the upstream`)
    t.ok(findPlanted(prompts[0].text, planted).length >= 9, 'the leak scan finds planted identifiers in clear text')
  })
}
