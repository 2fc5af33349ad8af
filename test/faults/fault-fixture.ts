// The real app (listening on 127.0.0.1:0) aimed at a fault server, a planted AWS corpus, one
// call per route family over real HTTP, and the checks every fault test makes: bounded time,
// error shape, no planted byte upstream, no token left in answers, healthy afterwards.
import type { Test } from 'tap'
import type { App } from '../../app.js'
import { buildTestApp } from '../helpers/build-app.js'
import { plantedCorpus, type PlantedCorpus } from '../helpers/aws-corpus.js'
import { createTokenRegex } from '../../services/masking/token-format.js'
import { createFaultServer, type FaultServer, type Handler } from './fault-server.js'
import { echo } from './fault-answers.js'

export type Family = 'analyze' | 'v1' | 'v1-stream'
export const FAMILIES: readonly Family[] = ['analyze', 'v1', 'v1-stream']

export const SERVER_KEY = 'sk-ant-fault-server-key-0000'
const CALL_BOUND_MS = 30_000 // a call that is not over by then is a hang, whatever the load

export interface FaultFixture {
  app: App
  upstream: FaultServer
  baseURL: string
  corpus: PlantedCorpus
  call (family: Family): Promise<Answer>
}

export interface Answer {
  family: Family
  status: number
  headers: Headers
  body: string
  ms: number
}

/** Small, explicit limits: no retries, a breaker that stays closed, a 20 s deadline. */
export async function faultFixture (t: Test, env: Record<string, string> = {}, initial: Handler = echo): Promise<FaultFixture> {
  const upstream = await createFaultServer(initial)
  t.teardown(() => upstream.close())
  const app = await buildTestApp(t, {
    ANTHROPIC_BASE_URL: upstream.url,
    ANTHROPIC_API_KEY: SERVER_KEY,
    RATE_LIMIT_MAX: '100000',
    RATE_LIMIT_ANALYZE_MAX: '100000',
    UPSTREAM_MAX_RETRIES: '0',
    UPSTREAM_TIMEOUT_MS: '10000',
    UPSTREAM_DEADLINE_MS: '20000',
    BREAKER_FAILURE_THRESHOLD: '1000',
    ...env
  })
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' })
  // ASCII corpus plus multi-byte characters, so byte-level cuts also split UTF-8 sequences
  const base = plantedCorpus(7, 1_500)
  const corpus = { ...base, text: `${base.text}\nnotes: é ✓ 日本 🙂 "q" \\ end` }
  return { app, upstream, baseURL, corpus, call: async (family) => await callFamily(baseURL, corpus.text, family) }
}

export async function callFamily (baseURL: string, text: string, family: Family): Promise<Answer> {
  const started = performance.now()
  const [path, body] = family === 'analyze'
    ? ['/analyze', { contextText: text }]
    : ['/v1/messages', { model: 'claude-test', max_tokens: 64, messages: [{ role: 'user', content: text }], ...(family === 'v1-stream' ? { stream: true } : {}) }]
  const res = await fetch(baseURL + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-ant-fault-client-key-1111', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(CALL_BOUND_MS)
  })
  const answer = await res.text()
  return { family, status: res.status, headers: res.headers, body: answer, ms: performance.now() - started }
}

/** The SSE events a client received: event name and parsed data. */
export function sseEvents (text: string): Array<{ event: string, data: any }> {
  return text.split('\n\n').filter((f) => f.trim() !== '').map((frame) => {
    const lines = frame.split('\n')
    const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? ''
    const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n')
    let parsed: unknown
    try { parsed = JSON.parse(data) } catch { parsed = data }
    return { event, data: parsed }
  })
}

/** The text a client would assemble: text deltas of a stream, or the JSON answer's text. */
export function answerText (a: Answer): string {
  if (a.family === 'v1-stream' && a.headers.get('content-type')?.startsWith('text/event-stream') === true) {
    return sseEvents(a.body).filter((e) => e.event === 'content_block_delta' && e.data?.delta?.type === 'text_delta')
      .map((e) => e.data.delta.text as string).join('')
  }
  const json = JSON.parse(a.body)
  return a.family === 'analyze' ? json.analysis?.text ?? '' : (json.content ?? []).map((b: { text?: string }) => b.text ?? '').join('')
}

/** An error in the route family's shape with this status (a stream that failed before it started is JSON too). */
export function assertErrorShape (t: Test, a: Answer, status: number, v1Type?: string): void {
  t.equal(a.status, status, `${a.family}: status ${status}`)
  const body = JSON.parse(a.body)
  if (a.family === 'analyze') {
    t.match(body, { success: false, error: String, requestId: String }, `${a.family}: service error shape`)
  } else {
    t.match(body, { type: 'error', error: { type: v1Type ?? String, message: String }, request_id: String }, `${a.family}: Anthropic error shape`)
  }
}

/** A 200 stream that ended with Anthropic's `event: error` frame. */
export function assertStreamErrorFrame (t: Test, a: Answer): void {
  t.equal(a.status, 200, 'the stream had started')
  const last = sseEvents(a.body).at(-1)
  t.equal(last?.event, 'error', 'the stream ends with an error frame')
  t.match(last?.data, { type: 'error', error: { type: String, message: String } })
}

export function assertBounded (t: Test, a: Answer, maxMs: number): void {
  t.ok(a.ms < maxMs, `${a.family} ended in ${Math.round(a.ms)} ms (bound ${maxMs} ms)`)
}

/** Nothing planted in any byte the upstream received. */
export function assertNothingPlantedUpstream (t: Test, fx: FaultFixture): void {
  const leaked = fx.upstream.requests.flatMap((r) => fx.corpus.planted.filter((v) => r.raw.includes(v)))
  t.same(leaked, [], `no planted value in ${fx.upstream.requests.length} upstream request(s)`)
}

/** No token the upstream was sent is left in what the client got. */
export function assertNoTokensLeft (t: Test, fx: FaultFixture, a: Answer): void {
  const sent = new Set(fx.upstream.requests.flatMap((r) => [...r.raw.matchAll(createTokenRegex())].map((m) => m[0])))
  const left = [...a.body.matchAll(createTokenRegex())].map((m) => m[0]).filter((tok) => sent.has(tok))
  t.same(left, [], `${a.family}: no token left unrestored`)
}

/** Liveness 200 and one normal call per family succeeds with the corpus restored exactly. */
export async function assertHealthyAfter (t: Test, fx: FaultFixture): Promise<void> {
  t.equal((await fetch(`${fx.baseURL}/health`)).status, 200, 'liveness after the fault')
  fx.upstream.fallback(echo)
  for (const family of FAMILIES) {
    const a = await fx.call(family)
    t.equal(a.status, 200, `${family}: a normal call succeeds after the fault`)
    if (a.status !== 200) continue
    const text = answerText(a)
    t.ok(family === 'analyze' ? text.includes(fx.corpus.text) : text === fx.corpus.text, `${family}: answer restored exactly`)
    assertNoTokensLeft(t, fx, a)
  }
  assertNothingPlantedUpstream(t, fx)
}
