// The retrying upstream client: one keep-alive undici Pool for ANTHROPIC_BASE_URL, retries with
// backoff, a per-attempt timeout, an overall deadline and a consecutive-failure breaker.
// Non-2xx answers are *returned* (after retries) so the proxy can forward them as they are;
// `errorFromResponse` maps them for routes that speak the service's own error shape.
import type { Readable } from 'node:stream'
import { Pool, request as undiciRequest, type Dispatcher } from 'undici'
import type { Registry } from 'prom-client'
import { createBreaker, BreakerStates, type BreakerState } from './breaker.js'
import { createUpstreamMetrics } from './metrics.js'
import { UpstreamTimeoutError, UpstreamUnavailableError } from './errors.js'
import {
  backoffMs, isFailureStatus, retryHintMs, shouldRetryResponse, DEFAULT_BACKOFF_BASE_MS, DEFAULT_BACKOFF_MAX_MS, type Headers
} from './retry-policy.js'
import { attemptOutcome, classifyError, statusOutcome } from './outcomes.js'
import { CallAbort } from './call-abort.js'

export interface UpstreamClientOptions {
  baseUrl: string
  /** Sent as x-api-key when the request carries neither x-api-key nor authorization. */
  apiKey?: string
  /** Per attempt: headers timeout and body idle timeout, in ms. */
  timeoutMs: number
  /** Whole call including retries and waits, in ms (for stream(): until headers). */
  deadlineMs: number
  /** Whole life of a streamed answer, body included, in ms: pings cannot keep a stream open past it. */
  streamDeadlineMs?: number
  maxRetries?: number
  breaker: { failureThreshold: number, resetMs: number }
  registry?: Registry
  /** Defaults to a keep-alive Pool for baseUrl's origin, closed by close(). */
  dispatcher?: Dispatcher
  /** Backoff before retry n is min(baseMs * 2^n, maxMs) minus up to 25% jitter. */
  backoff?: { baseMs?: number, maxMs?: number }
}

export interface UpstreamRequest {
  method: Dispatcher.HttpMethod
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  signal?: AbortSignal
  /**
   * false: an answer is returned as it came, whatever its status (the caller retries by itself:
   * retrying here too multiplies the calls to an overloaded API). Failures before any answer
   * (refused, reset) are still retried. Default true.
   */
  retryStatuses?: boolean
}

export interface UpstreamResponse<B> {
  statusCode: number
  headers: Headers
  body: B
  attempts: number
}

export interface UpstreamClient {
  request (req: UpstreamRequest): Promise<UpstreamResponse<Buffer>>
  stream (req: UpstreamRequest): Promise<UpstreamResponse<Readable>>
  breakerState (): BreakerState
  close (): Promise<void>
}

type Attempt = { res: Dispatcher.ResponseData, whole?: Buffer } | { err: unknown }

function hasCredential (headers: Record<string, string>): boolean {
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase()
    if (lower === 'x-api-key' || lower === 'authorization') return true
  }
  return false
}

export function createUpstreamClient (options: UpstreamClientOptions): UpstreamClient {
  const base = options.baseUrl.replace(/\/+$/, '')
  const ownDispatcher = options.dispatcher === undefined
  const dispatcher = options.dispatcher ?? new Pool(new URL(base).origin, { connections: 64, keepAliveTimeout: 30_000 })
  const maxRetries = options.maxRetries ?? 3
  const baseMs = options.backoff?.baseMs ?? DEFAULT_BACKOFF_BASE_MS
  const maxMs = options.backoff?.maxMs ?? DEFAULT_BACKOFF_MAX_MS
  const metrics = createUpstreamMetrics(options.registry)
  const breaker = createBreaker({
    ...options.breaker,
    onStateChange: (state) => metrics.breakerState.set(BreakerStates[state])
  })
  metrics.breakerState.set(0)
  let closed = false

  function withKey (headers: Record<string, string> = {}): Record<string, string> {
    if (options.apiKey === undefined || hasCredential(headers)) return headers
    return { ...headers, 'x-api-key': options.apiKey }
  }

  async function attempt (req: UpstreamRequest, signal: CallAbort, whole: boolean): Promise<Attempt> {
    const started = performance.now()
    let result: Attempt
    try {
      const res = await undiciRequest(base + req.path, {
        dispatcher, method: req.method, headers: withKey(req.headers), body: req.body, signal,
        headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs
      })
      result = whole ? { res, whole: Buffer.from(await res.body.arrayBuffer()) } : { res }
    } catch (err) {
      result = { err }
    }
    const outcome = attemptOutcome(result, signal)
    metrics.attempts.inc({ outcome })
    metrics.attemptDuration.observe({ outcome }, (performance.now() - started) / 1000)
    return result
  }

  async function call (req: UpstreamRequest, whole: boolean): Promise<UpstreamResponse<Buffer | Readable>> {
    if (closed) throw new UpstreamUnavailableError('UPSTREAM_CLOSED') // shutting down: no retries against our own closed pool
    if (!breaker.tryAcquire()) {
      metrics.calls.inc({ outcome: 'breaker_open' })
      throw new UpstreamUnavailableError('UPSTREAM_BREAKER_OPEN')
    }
    const signal = new CallAbort(req.signal) // aborted by the caller or by the deadline
    const deadlineAt = Date.now() + options.deadlineMs
    const timer = setTimeout(() => signal.abort(new UpstreamTimeoutError('UPSTREAM_DEADLINE')), options.deadlineMs)
    let streamed: Readable | undefined
    try {
      for (let n = 0; ; n++) {
        if (n > 0) metrics.retries.inc()
        const result = await attempt(req, signal, whole)
        let waitMs: number
        if ('err' in result) {
          const failure = classifyError(result.err, req.signal, signal)
          waitMs = backoffMs(n, baseMs, maxMs)
          if (!failure.retryable || n >= maxRetries || Date.now() + waitMs >= deadlineAt) {
            finish(failure.outcome, failure.outcome === 'aborted' ? 'neutral' : 'failure')
            throw failure.error
          }
        } else {
          const { res } = result
          const is2xx = res.statusCode >= 200 && res.statusCode < 300
          waitMs = retryHintMs(res.headers) ?? backoffMs(n, baseMs, maxMs)
          const retry = !is2xx && req.retryStatuses !== false && n < maxRetries && shouldRetryResponse(res.statusCode, res.headers) &&
            Date.now() + waitMs < deadlineAt
          if (!retry) {
            finish(statusOutcome(res.statusCode), isFailureStatus(res.statusCode) ? 'failure' : 'success')
            if (result.whole === undefined) streamed = res.body
            return { statusCode: res.statusCode, headers: res.headers, body: result.whole ?? res.body, attempts: n + 1 }
          }
          if (result.whole === undefined) await res.body.dump().catch(() => {}) // free the socket before retrying
        }
        try {
          await signal.pause(waitMs)
        } catch (err) {
          const failure = classifyError(err, req.signal, signal)
          finish(failure.outcome, failure.outcome === 'aborted' ? 'neutral' : 'failure')
          throw failure.error
        }
      }
    } finally {
      clearTimeout(timer)
      // A streamed body gets its own, longer bound, and the caller can still abort it: both
      // reach undici through `signal`.
      if (streamed !== undefined) boundStream(streamed, signal)
      else signal.unlink()
    }
  }

  function finish (outcome: string, breakerResult: 'success' | 'failure' | 'neutral'): void {
    metrics.calls.inc({ outcome })
    breaker[breakerResult]()
  }

  function boundStream (body: Readable, signal: CallAbort): void {
    const ms = options.streamDeadlineMs ?? options.deadlineMs
    const timer = setTimeout(() => signal.abort(new UpstreamTimeoutError('UPSTREAM_DEADLINE')), ms)
    body.once('close', () => {
      clearTimeout(timer)
      signal.unlink()
    })
  }

  return {
    request: async (req) => await call(req, true) as UpstreamResponse<Buffer>,
    stream: async (req) => await call(req, false) as UpstreamResponse<Readable>,
    breakerState: () => breaker.state(),
    async close () {
      closed = true
      if (ownDispatcher) await dispatcher.close()
    }
  }
}
