// A consecutive-failure circuit breaker. Not opossum: opossum opens on an error *percentage*
// over a rolling window and wraps one promise-returning action with its own timeout, while
// we need "N failed calls in a row" around calls whose result (a streaming response) is
// settled by the caller, with our own deadline. The state machine is small enough to own.

export const BreakerStates = { closed: 0, halfOpen: 1, open: 2 } as const
export type BreakerState = keyof typeof BreakerStates

export interface BreakerOptions {
  /** Consecutive failed calls that open the breaker. */
  failureThreshold: number
  /** How long it stays open before letting one probe through, in ms. */
  resetMs: number
  now?: () => number
  onStateChange?: (state: BreakerState) => void
}

export interface Breaker {
  /** Current state; an open breaker whose reset time passed reads as half-open. */
  state (): BreakerState
  /** Whether a call may go out now; in half-open, only one probe at a time. */
  tryAcquire (): boolean
  success (): void
  failure (): void
  /** The call ended without telling us anything about the upstream (caller aborted). */
  neutral (): void
}

export function createBreaker (options: BreakerOptions): Breaker {
  const now = options.now ?? Date.now
  let state: BreakerState = 'closed'
  let failures = 0
  let openedAt = 0
  let probing = false

  function move (next: BreakerState): void {
    if (next === state) return
    state = next
    options.onStateChange?.(next)
  }

  function current (): BreakerState {
    if (state === 'open' && now() - openedAt >= options.resetMs) move('halfOpen')
    return state
  }

  return {
    state: current,
    tryAcquire () {
      const s = current()
      if (s === 'closed') return true
      if (s === 'open' || probing) return false
      probing = true
      return true
    },
    success () {
      probing = false
      failures = 0
      move('closed')
    },
    failure () {
      const wasProbe = state === 'halfOpen'
      probing = false
      failures++
      if (wasProbe || failures >= options.failureThreshold) {
        openedAt = now()
        move('open')
        // Turn half-open on time even if no call comes, so the state gauge and readiness follow.
        // A timer may fire a little before now() says the time is up: then it waits for the rest.
        const opened = openedAt
        const tick = (): void => {
          if (current() === 'open' && openedAt === opened) setTimeout(tick, Math.max(1, openedAt + options.resetMs - now())).unref()
        }
        setTimeout(tick, options.resetMs).unref()
      }
    },
    neutral () {
      probing = false
    }
  }
}
