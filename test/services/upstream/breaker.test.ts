import t from 'tap'
import { createBreaker, type BreakerState } from '../../../services/upstream/breaker.js'

t.test('state machine with a fake clock', async (t) => {
  let now = 0
  const changes: BreakerState[] = []
  const breaker = createBreaker({ failureThreshold: 3, resetMs: 1_000, now: () => now, onStateChange: (s) => changes.push(s) })
  for (let i = 0; i < 2; i++) { t.ok(breaker.tryAcquire()); breaker.failure() }
  t.equal(breaker.state(), 'closed')
  t.ok(breaker.tryAcquire()); breaker.failure()
  t.equal(breaker.state(), 'open')
  t.notOk(breaker.tryAcquire())
  now = 999
  t.notOk(breaker.tryAcquire())
  now = 1_000
  t.equal(breaker.state(), 'halfOpen')
  t.ok(breaker.tryAcquire(), 'one probe')
  t.notOk(breaker.tryAcquire(), 'not two')
  breaker.neutral()
  t.ok(breaker.tryAcquire(), 'a neutral probe frees the slot')
  breaker.success()
  t.equal(breaker.state(), 'closed')
  t.same(changes, ['open', 'halfOpen', 'closed'])
})
