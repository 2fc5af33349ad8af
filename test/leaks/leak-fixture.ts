// The leak suites' fixture: the real app at a chosen log level with every log line captured,
// SERVICE_API_KEYS set, aimed at a local upstream whose behaviour a test switches (answers,
// 5xx, 429, hangs, a stream that dies). Every exchange is recorded; `assertNoLeaks` then looks
// for every planted original and every key in the logs, the bodies, the headers and /metrics.
import type { Test } from 'tap'
import type { ServerResponse } from 'node:http'
import type { InjectOptions } from 'fastify'
import type { App } from '../../app.js'
import { buildTestApp, logCapture } from '../helpers/build-app.js'
import { plantedCorpus, type PlantedCorpus } from '../helpers/aws-corpus.js'
import { assistantMessage, messageToSse } from '../helpers/mock-anthropic.js'
import { createFaultServer, type FaultServer, type Received } from '../faults/fault-server.js'
import { sendJson, userText } from '../faults/fault-answers.js'

// Distinctive canaries: any appearance in an output is a leak.
export const KEYS = {
  client: 'sk-ant-api03-CLIENTcanary-7f3k9QmZx2LwR8tY',
  server: 'sk-ant-api03-SERVERcanary-Qp4Vn8Hs1Jd6Kb0M',
  service: 'svc-SERVICEcanary-Zr5Tg2Wm9Xc4Nb7L',
  wrong: 'svc-WRONGcanary-Hh3Jk8Ll1Pp6Oo0Ii'
} as const

export type UpstreamMode = 'answer' | 'echo' | 'error500' | 'error429' | 'hang' | 'stream-dies'

export interface Exchange { label: string, status: number, headers: Record<string, unknown>, body: string, restored: boolean }

export interface LeakFixture {
  app: App
  upstream: FaultServer
  corpus: PlantedCorpus
  logs: ReturnType<typeof logCapture>
  exchanges: Exchange[]
  mode: UpstreamMode
  /** Injects a request and records the exchange; `restored` marks answers that may rightly hold originals. */
  send (label: string, opts: InjectOptions, restored?: boolean): Promise<Exchange>
}

const CALM = 'The security group blocks port 5432 from the private subnet.' // an answer quoting no token

function answer (fx: { mode: UpstreamMode }, req: Received, res: ServerResponse): void {
  if (req.url.startsWith('/v1/models')) { sendJson(res, 200, { data: [{ id: 'claude-test', type: 'model' }], has_more: false }); return }
  if (req.url.startsWith('/v1/messages/count_tokens')) { sendJson(res, 200, { input_tokens: 4242 }); return }
  if (fx.mode === 'hang') return
  if (fx.mode === 'error500') { sendJson(res, 500, { type: 'error', error: { type: 'api_error', message: 'Internal server error' }, request_id: 'req_leak' }); return }
  if (fx.mode === 'error429') { sendJson(res, 429, { type: 'error', error: { type: 'rate_limit_error', message: 'Slow down' }, request_id: 'req_leak' }, { 'retry-after': '3' }); return }
  const message = assistantMessage([{ type: 'text', text: fx.mode === 'echo' ? userText(req) : CALM }])
  if (req.json?.stream !== true) { sendJson(res, 200, message); return }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_leak' })
  const frames = messageToSse(message, 11)
  if (fx.mode === 'stream-dies') { res.write(frames.slice(0, 5).join('')); setTimeout(() => res.socket?.resetAndDestroy(), 30); return }
  res.end(frames.join(''))
}

export async function leakFixture (t: Test, level: string, env: Record<string, string> = {}): Promise<LeakFixture> {
  const logs = logCapture()
  const corpus = plantedCorpus(33, 4_000)
  const fx = { mode: 'answer' as UpstreamMode } as LeakFixture
  const upstream = await createFaultServer((req, res) => { answer(fx, req, res) })
  t.teardown(() => upstream.close())
  const app = await buildTestApp(t, {
    LOG_LEVEL: level,
    ANTHROPIC_BASE_URL: upstream.url,
    ANTHROPIC_API_KEY: KEYS.server,
    SERVICE_API_KEYS: `other-key-not-used,${KEYS.service}`,
    RATE_LIMIT_MAX: '100000',
    RATE_LIMIT_ANALYZE_MAX: '100000',
    UPSTREAM_MAX_RETRIES: '0',
    UPSTREAM_TIMEOUT_MS: '800',
    BODY_LIMIT_BYTES: '200000',
    ...env
  }, { stream: logs.stream })
  const exchanges: Exchange[] = []
  return Object.assign(fx, {
    app, upstream, corpus, logs, exchanges,
    async send (label: string, opts: InjectOptions, restored = false) {
      const res = await app.inject(opts)
      const exchange = { label, status: res.statusCode, headers: res.headers, body: res.body, restored }
      exchanges.push(exchange)
      return exchange
    }
  })
}

/** Auth headers per route family, as documented: Bearer on service routes, x-masker-key on /v1. */
export const serviceAuth = { authorization: `Bearer ${KEYS.service}` }
export const v1Auth = { 'x-masker-key': KEYS.service, 'x-api-key': KEYS.client, 'anthropic-version': '2023-06-01' }

/** Every planted original and every key, searched in logs, bodies, headers and the metrics text. */
export async function assertNoLeaks (t: Test, fx: LeakFixture): Promise<void> {
  const metricsText = (await fx.app.inject({ url: '/metrics' })).body
  const haystacks: Array<[string, string]> = [
    ['logs', fx.logs.text()],
    ['metrics', metricsText],
    ...fx.exchanges.map((e): [string, string] => [`${e.label} headers`, JSON.stringify(e.headers)]),
    ...fx.exchanges.filter((e) => !e.restored).map((e): [string, string] => [`${e.label} body`, e.body])
  ]
  const needles = [...fx.corpus.planted, ...Object.values(KEYS)]
  const found = haystacks.flatMap(([where, text]) => needles.filter((n) => text.includes(n)).map((n) => `${where}: ${n}`))
  t.same(found, [], `no original or key in ${fx.logs.lines.length} log lines, ${fx.exchanges.length} exchanges and /metrics`)
  const upstreamLeaks = fx.upstream.requests.flatMap((r) => fx.corpus.planted.filter((v) => r.raw.includes(v)))
  t.same(upstreamLeaks, [], `no original in ${fx.upstream.requests.length} upstream requests`)
  for (const line of fx.logs.lines) {
    const headers = (line.req as { headers?: Record<string, unknown> } | undefined)?.headers ?? (line.headers as Record<string, unknown> | undefined)
    for (const name of ['authorization', 'x-api-key', 'x-masker-key']) {
      if (headers?.[name] !== undefined) t.equal(headers[name], '[redacted]', `${name} redacted in a log line`)
    }
  }
}
