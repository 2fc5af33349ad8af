// Slow upstreams against a small UPSTREAM_TIMEOUT_MS: headers too late, a body that stalls, a
// stream that goes quiet (idle timeout), and one that pings forever (the client's leaving ends it).
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ServerResponse } from 'node:http'
import {
  FAMILIES, assertBounded, assertErrorShape, assertHealthyAfter, assertNoTokensLeft, assertStreamErrorFrame,
  faultFixture, sseEvents
} from './fault-fixture.js'
import { echoFrames, slowHeaders, sseThen, stalledJsonBody } from './fault-answers.js'

const TIMEOUT_MS = 1_000
const ENV = { UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS) }

/** A streamed /v1/messages call carrying the planted corpus; the caller reads and aborts it. */
async function postStream (baseURL: string, text: string, signal: AbortSignal): Promise<Response> {
  return await fetch(`${baseURL}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'm', max_tokens: 5, stream: true, messages: [{ role: 'user', content: text }] }),
    signal
  })
}

t.test('headers later than UPSTREAM_TIMEOUT_MS: 504 timeout in both shapes, at the timeout', async (t) => {
  const fx = await faultFixture(t, ENV, slowHeaders(3_000))
  for (const family of FAMILIES) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 504, 'timeout_error')
    t.ok(a.ms >= TIMEOUT_MS * 0.8, `${family}: waited for the timeout (${Math.round(a.ms)} ms)`)
    assertBounded(t, a, 12_000)
  }
  await assertHealthyAfter(t, fx)
})

t.test('a JSON body that stalls past the timeout: 504 in both shapes, no half answer', async (t) => {
  const fx = await faultFixture(t, ENV, stalledJsonBody)
  for (const family of ['analyze', 'v1'] as const) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 504, 'timeout_error')
    assertBounded(t, a, 12_000)
  }
  await assertHealthyAfter(t, fx)
})

t.test('a stream that goes quiet after some events: idle timeout ends it with an error frame', async (t) => {
  const fx = await faultFixture(t, ENV)
  for (const frames of [0, 4, 9]) {
    fx.upstream.next(sseThen(frames, 'stall'))
    const a = await fx.call('v1-stream')
    assertStreamErrorFrame(t, a)
    t.ok(a.ms >= TIMEOUT_MS * 0.8, `waited for the idle timeout (${Math.round(a.ms)} ms)`)
    assertBounded(t, a, 12_000)
    assertNoTokensLeft(t, fx, a)
  }
  await assertHealthyAfter(t, fx)
})

t.test('a stream that never ends (pings forever): a client leaving frees the upstream connection', async (t) => {
  let upstreamClosed = false
  const pingForever = async (req: Parameters<typeof echoFrames>[0], res: ServerResponse): Promise<void> => {
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    for (const f of echoFrames(req).slice(0, 3)) res.write(f)
    res.on('close', () => { upstreamClosed = true })
    for (let i = 0; i < 600 && !res.destroyed; i++) { // bounded: 600 pings of 50 ms at most
      res.write('event: ping\ndata: {"type": "ping"}\n\n')
      await sleep(50)
    }
    res.end()
  }
  const fx = await faultFixture(t, ENV, pingForever)
  const controller = new AbortController()
  const res = await postStream(fx.baseURL, fx.corpus.text, controller.signal)
  t.equal(res.status, 200)
  const reader = res.body!.getReader()
  let seen = ''
  // pings keep coming well past the idle timeout: the stream is alive, not stalled
  const until = Date.now() + TIMEOUT_MS * 2
  while (Date.now() < until) seen += Buffer.from((await reader.read()).value ?? []).toString()
  t.ok(sseEvents(seen).filter((e) => e.event === 'ping').length >= 3, 'pings are forwarded while the upstream lives')
  controller.abort()
  for (let i = 0; i < 250 && !upstreamClosed; i++) await sleep(20)
  t.ok(upstreamClosed, 'the upstream connection was closed once the client left')
  t.equal((await fetch(`${fx.baseURL}/health`)).status, 200)
  await assertHealthyAfter(t, fx)
})

t.test('a stream kept alive by pings past UPSTREAM_STREAM_DEADLINE_MS', async (t) => {
  const pings = async (req: Parameters<typeof echoFrames>[0], res: ServerResponse): Promise<void> => {
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    for (const f of echoFrames(req).slice(0, 3)) res.write(f)
    for (let i = 0; i < 200 && !res.destroyed; i++) { // bounded: 10 s of pings at most
      res.write('event: ping\ndata: {"type": "ping"}\n\n')
      await sleep(50)
    }
    res.end()
  }
  const fx = await faultFixture(t, { ...ENV, UPSTREAM_STREAM_DEADLINE_MS: '1500' }, pings)
  const controller = new AbortController()
  const res = await postStream(fx.baseURL, fx.corpus.text, controller.signal)
  const reader = res.body!.getReader()
  const until = Date.now() + 5_000 // bounded read: over three times the deadline
  const decoder = new TextDecoder()
  let ended = false
  let seen = ''
  while (!ended && Date.now() < until) {
    const chunk = await reader.read()
    ended = chunk.done
    if (chunk.value !== undefined) seen += decoder.decode(chunk.value, { stream: true })
  }
  controller.abort()
  t.ok(ended, 'the stream was ended by the stream deadline although pings kept it busy')
  t.match(seen, /event: error\ndata: \{"type":"error"/, 'the client is told with an error event')
  t.equal((await fetch(`${fx.baseURL}/health`)).status, 200)
})
