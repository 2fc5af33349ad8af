// Connection faults from a real local upstream: refused (closed port), reset before any answer,
// reset in the middle of a JSON body, reset in the middle of an SSE stream.
import t from 'tap'
import {
  FAMILIES, assertBounded, assertErrorShape, assertHealthyAfter, assertNoTokensLeft, assertNothingPlantedUpstream,
  assertStreamErrorFrame, answerText, faultFixture, sseEvents
} from './fault-fixture.js'
import { jsonCutMidBody, resetAtOnce, sseThen } from './fault-answers.js'

t.test('refused (closed port): 503 in both shapes, fast, one retry, then healthy when it is back', async (t) => {
  const fx = await faultFixture(t, { UPSTREAM_MAX_RETRIES: '1' })
  await fx.upstream.close()
  for (const family of FAMILIES) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 503, 'api_error')
    assertBounded(t, a, 10_000) // one backoff (<= 0.5 s) and two refused connects
  }
  t.match(await (await fetch(`${fx.baseURL}/metrics`)).text(), /^aws_masker_upstream_attempts_total\{outcome="connection_error"\} 6$/m, 'each call tried twice')
  try {
    await fx.upstream.reopen()
  } catch (err) {
    t.comment(`port taken meanwhile (${String(err)}): recovery not checked`)
    return
  }
  await assertHealthyAfter(t, fx)
})

t.test('reset before any answer: 503 in both shapes, nothing planted upstream', async (t) => {
  const fx = await faultFixture(t, {}, resetAtOnce)
  for (const family of FAMILIES) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 503, 'api_error')
    assertBounded(t, a, 10_000)
  }
  t.equal(fx.upstream.requests.length, 3, 'each request reached the upstream once')
  assertNothingPlantedUpstream(t, fx)
  await assertHealthyAfter(t, fx)
})

t.test('reset mid-body (JSON answer cut): retried, then 503; never half an answer', async (t) => {
  const fx = await faultFixture(t, { UPSTREAM_MAX_RETRIES: '1' }, jsonCutMidBody)
  for (const family of ['analyze', 'v1'] as const) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 503, 'api_error')
    assertBounded(t, a, 10_000)
    t.notMatch(a.body, /msg_mock/, 'no piece of the cut answer is passed on')
  }
  t.equal(fx.upstream.requests.length, 4, 'one retry per call')
  await assertHealthyAfter(t, fx)
})

t.test('reset mid-stream (SSE cut after some events): restored text so far, then an error frame', async (t) => {
  const fx = await faultFixture(t)
  for (const frames of [1, 3, 6, 11]) {
    fx.upstream.next(sseThen(frames, 'reset'))
    const a = await fx.call('v1-stream')
    assertStreamErrorFrame(t, a)
    assertBounded(t, a, 10_000)
    t.equal(sseEvents(a.body).at(-1)?.data.error.message, 'Upstream stream interrupted')
    t.equal(sseEvents(a.body)[0].event, 'message_start', 'the events before the cut were forwarded')
    assertNoTokensLeft(t, fx, a)
    const text = answerText(a)
    t.ok(fx.corpus.text.startsWith(text.replace(/[A-Z_0-9]*$/, '')), `after ${frames} frames: the text so far is a restored prefix`)
  }
  await assertHealthyAfter(t, fx)
})
