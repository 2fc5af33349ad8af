// Broken SSE from the upstream: frames without `event:` lines, invalid JSON in data, a stream
// ending without its final events, CRLF and CR framing, and bytes cut in odd places (inside
// CRLF, inside UTF-8 characters, one byte at a time). The client must get well-formed frames,
// the text restored, no token left, and the call must end in bounded time.
import t from 'tap'
import { rng } from '../helpers/aws-corpus.js'
import {
  answerText, assertBounded, assertHealthyAfter, assertNoTokensLeft, assertNothingPlantedUpstream, faultFixture, sseEvents,
  type Answer, type FaultFixture
} from './fault-fixture.js'
import { echoFrames, sseThen, ssePieces } from './fault-answers.js'
import type { Received } from './fault-server.js'

type Tap = Parameters<typeof assertBounded>[0]

/** Cuts bytes into pieces of 1..maxSize bytes, deterministic from the seed. */
function cutBytes (bytes: Buffer, maxSize: number, seed: number): Buffer[] {
  const next = rng(seed)
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length;) {
    const size = 1 + Math.floor(next() * maxSize)
    out.push(bytes.subarray(i, i + size))
    i += size
  }
  return out
}

const crlf = (req: Received): string => echoFrames(req).join('').replaceAll('\n', '\r\n')

const CASES: Record<string, (req: Received) => Array<string | Buffer>> = {
  'frames without an event: line': (req) => echoFrames(req).map((f) => f.replace(/^event: [^\n]*\n/, '')),
  'invalid JSON in data lines, between good frames': (req) => {
    const frames = echoFrames(req)
    return [...frames.slice(0, 4), 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"te\n\n',
      'event: ping\ndata: not json at all\n\n', ...frames.slice(4)]
  },
  'CRLF framing': (req) => [crlf(req)],
  'CR-only framing': (req) => [echoFrames(req).join('').replaceAll('\n', '\r')],
  'CRLF cut into 1..7-byte pieces (inside CRLF and UTF-8)': (req) => cutBytes(Buffer.from(crlf(req)), 7, 11),
  'LF frames one byte at a time': (req) => cutBytes(Buffer.from(echoFrames(req, 40).join('')), 1, 1),
  'every cut after "data:" and between CR and LF': (req) => crlf(req).split(/(?<=data:)|(?<=\r)/)
}

function assertWellFormedAndRestored (t: Tap, fx: FaultFixture, a: Answer): void {
  t.equal(a.status, 200)
  assertBounded(t, a, 15_000)
  const events = sseEvents(a.body)
  t.ok(events.every((e) => e.event !== ''), 'every frame sent to the client has an event name')
  t.equal(events.at(-1)?.event, 'message_stop', 'the stream ended normally')
  t.equal(answerText(a), fx.corpus.text, 'text restored exactly')
  assertNoTokensLeft(t, fx, a)
}

for (const [name, pieces] of Object.entries(CASES)) {
  t.test(name, async (t) => {
    const fx = await faultFixture(t, {}, ssePieces(pieces))
    assertWellFormedAndRestored(t, fx, await fx.call('v1-stream'))
    assertNothingPlantedUpstream(t, fx)
    t.equal((await fetch(`${fx.baseURL}/health`)).status, 200)
  })
}

t.test('a stream that ends cleanly without its final events: held text flushed, no token, no hang', async (t) => {
  const fx = await faultFixture(t)
  for (const frames of [2, 5, 8, 12]) {
    fx.upstream.next(sseThen(frames, 'end'))
    const a = await fx.call('v1-stream')
    t.equal(a.status, 200)
    assertBounded(t, a, 10_000)
    t.not(sseEvents(a.body).at(-1)?.event, 'message_stop', 'no invented end of message')
    assertNoTokensLeft(t, fx, a)
    const text = answerText(a)
    t.ok(fx.corpus.text.startsWith(text), `after ${frames} frames: what arrived is a restored prefix`)
  }
  await assertHealthyAfter(t, fx)
})
