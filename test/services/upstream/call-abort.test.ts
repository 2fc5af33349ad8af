import t from 'tap'
import { getEventListeners } from 'node:events'
import { CallAbort } from '../../../services/upstream/call-abort.js'
import { harness, metricValue, post } from './client-helpers.js'

t.test('follows the caller with its reason, once, until unlinked', async (t) => {
  const caller = new AbortController()
  const call = new CallAbort(caller.signal)
  let fired = 0
  call.on('abort', () => fired++)
  t.equal(getEventListeners(caller.signal, 'abort').length, 1)
  const reason = new Error('client left')
  caller.abort(reason)
  call.abort(new Error('later'))
  t.same([call.aborted, call.reason, fired], [true, reason, 1], 'the first reason wins, one event')

  const other = new AbortController()
  const unlinked = new CallAbort(other.signal)
  unlinked.unlink()
  t.equal(getEventListeners(other.signal, 'abort').length, 0)
  other.abort()
  t.equal(unlinked.aborted, false, 'no longer follows')

  const gone = new AbortController()
  gone.abort(reason)
  t.same([new CallAbort(gone.signal).aborted, new CallAbort(gone.signal).reason], [true, reason], 'an aborted caller aborts at once')
  t.equal(new CallAbort().aborted, false)
})

t.test('pause waits, or rejects with the reason as soon as the call aborts', async (t) => {
  const call = new CallAbort()
  await call.pause(5)
  t.equal(call.listenerCount('abort'), 0, 'a finished pause leaves no listener')
  const waiting = call.pause(60_000)
  const reason = new Error('deadline')
  setTimeout(() => call.abort(reason), 10)
  await t.rejects(waiting, reason)
  await t.rejects(call.pause(1), reason, 'already aborted: rejects at once')
})

// A 60 s backoff: were the abort ignored, the test would outlive tap's timeout.
t.test('a caller abort during the backoff ends the call at once, not retried', async (t) => {
  const { mock, client, registry } = await harness(t, [], { backoff: { baseMs: 60_000, maxMs: 60_000 }, deadlineMs: 300_000 })
  mock.fallback({ status: 529 })
  const controller = new AbortController()
  const pending = client.request({ ...post(), signal: controller.signal }).catch((e: unknown) => e)
  // Abort once the 529 attempt is counted, i.e. the call is in its backoff (a fixed 200 ms could
  // fire before the upstream even had the request on a loaded machine).
  for (let i = 0; i < 500 && await metricValue(registry, 'aws_masker_upstream_attempts_total', { outcome: 'server_error' }) === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  controller.abort(new Error('client went away'))
  const err = await pending
  t.match(err, { message: 'client went away' })
  t.equal(mock.requests.length, 1)
  t.equal(await metricValue(registry, 'aws_masker_upstream_calls_total', { outcome: 'aborted' }), 1)
  t.equal(getEventListeners(controller.signal, 'abort').length, 0, 'no listener left on the caller')
})
