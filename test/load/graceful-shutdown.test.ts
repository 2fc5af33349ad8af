// SIGTERM under load loses no accepted request: a real server process (server.ts) serves /analyze from a
// slow mock upstream while clients keep sending; every request the service forwarded upstream
// gets its complete answer, every other one is refused cleanly (connection refused or a complete
// 503), and the process exits 0 within its drain time. Bounded: 8 clients, 40 requests each, 30 s.
import t from 'tap'
import { request as httpRequest } from 'node:http'
import { spawnServer } from '../helpers/spawn-server.js'
import { fileURLToPath } from 'node:url'
import { createMockUpstream } from '../helpers/mock-upstream.js'
import { MESSAGE_REPLY } from './mock-messages-api.js'

const CLIENTS = 8
const PER_CLIENT = 40
const LOAD_LIMIT_MS = 30_000 // hard cap; normally clients stop soon after SIGTERM
const AFTER_SIGTERM_MS = 3_000
const UPSTREAM_DELAY_MS = 400 // long enough that requests are in flight at SIGTERM

type Outcome = { id: number, status?: number, body?: string, error?: string, headersSeen: boolean, at: number }

/** One request on its own connection, with what became of it. */
function send (port: number, id: number): Promise<Outcome> {
  const body = JSON.stringify({ contextText: `shutdown probe number ${id}` })
  return new Promise((resolve) => {
    const outcome: Outcome = { id, headersSeen: false, at: 0 }
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/analyze', agent: false,
      headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', connection: 'close' } }, (res) => {
      outcome.headersSeen = true
      outcome.status = res.statusCode
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => { outcome.body = Buffer.concat(chunks).toString(); outcome.at = Date.now(); resolve(outcome) })
      res.on('error', (err) => { outcome.error = (err as NodeJS.ErrnoException).code ?? err.message; resolve(outcome) })
    })
    req.on('error', (err) => { outcome.error = (err as NodeJS.ErrnoException).code ?? err.message; outcome.at = Date.now(); resolve(outcome) })
    req.end(body)
  })
}

t.test('SIGTERM during load: every accepted request completes', async (t) => {
  const upstream = await createMockUpstream()
  upstream.fallback({ status: 200, body: JSON.parse(MESSAGE_REPLY), delayMs: UPSTREAM_DELAY_MS })
  t.teardown(() => upstream.close())

  const { child: server, port, exited } = await spawnServer(t, ['--import', 'tsx', fileURLToPath(new URL('../../server.ts', import.meta.url))], {
    ANTHROPIC_BASE_URL: upstream.url, ANTHROPIC_API_KEY: 'shutdown-key', RATE_LIMIT_MAX: '100000', RATE_LIMIT_ANALYZE_MAX: '100000',
    SHUTDOWN_TIMEOUT_MS: '10000', SHUTDOWN_DELAY_MS: '0', PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0', SERVICE_API_KEYS: ''
  })
  t.ok(port > 0, `server listening on ${port}`)

  const started = Date.now()
  let nextId = 0
  let sigtermAt = 0
  const clients = Array.from({ length: CLIENTS }, async () => {
    const outcomes: Outcome[] = []
    const going = (): boolean => Date.now() - started < LOAD_LIMIT_MS && (sigtermAt === 0 || Date.now() - sigtermAt < AFTER_SIGTERM_MS)
    for (let i = 0; i < PER_CLIENT && going(); i++) {
      const outcome = await send(port, nextId++)
      outcomes.push(outcome)
      if (outcome.error === 'ECONNREFUSED') break // the listener is closed: done
    }
    return outcomes
  })
  // SIGTERM once the upstream has answered some requests and others are in flight.
  while (upstream.requests.length < CLIENTS * 2 && Date.now() - started < LOAD_LIMIT_MS / 2) await new Promise((r) => setTimeout(r, 20))
  sigtermAt = Date.now()
  server.kill('SIGTERM')
  const outcomes = (await Promise.all(clients)).flat()
  const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('no exit within 20 s'), 20_000))])
  t.comment(`load ran ${sigtermAt - started} ms before SIGTERM; exit ${Date.now() - sigtermAt} ms after; ${outcomes.length} requests`)
  t.equal(code, 0, 'exits 0 after draining')

  const forwarded = new Set(upstream.requests.map((r) => Number(/shutdown probe number (\d+)/.exec(r.body.toString())?.[1])))
  const complete = (o: Outcome): boolean => o.status === 200 && o.body !== undefined && JSON.parse(o.body).success === true
  const lost = outcomes.filter((o) => forwarded.has(o.id) && !complete(o))
  t.same(lost, [], 'every request sent upstream got its complete answer')
  const drained = outcomes.filter((o) => complete(o) && o.at > sigtermAt)
  t.ok(drained.length >= 1, `${drained.length} in-flight requests finished after SIGTERM`)
  const unclean = outcomes.filter((o) => !complete(o) && !forwarded.has(o.id) &&
    !(o.status === 503 && o.body !== undefined) && !(o.error !== undefined && !o.headersSeen))
  t.same(unclean, [], 'the rest were refused cleanly (connection refused/reset before any response, or a complete 503)')
  t.ok(outcomes.some((o) => o.error === 'ECONNREFUSED' || o.status === 503), 'new requests were refused after SIGTERM')
})
