// What an attempt's result means: its metric label (a small fixed set, for Prometheus
// cardinality) and, for a thrown error, whether to retry and which service error it becomes.
import { isConnectionError, isTimeoutError } from './retry-policy.js'
import { UpstreamError, UpstreamTimeoutError, UpstreamUnavailableError } from './errors.js'
import type { AbortState } from './call-abort.js'

export type AttemptOutcome =
  'ok' | 'client_error' | 'rate_limited' | 'server_error' | 'connection_error' | 'timeout' | 'aborted' | 'error'

export function attemptOutcome (result: { res: { statusCode: number } } | { err: unknown }, signal: AbortState): AttemptOutcome {
  if ('res' in result) return statusOutcome(result.res.statusCode)
  if (isTimeoutError(result.err)) return 'timeout'
  if (signal.aborted) return signal.reason instanceof UpstreamTimeoutError ? 'timeout' : 'aborted'
  return isConnectionError(result.err) ? 'connection_error' : 'error'
}

export function statusOutcome (status: number): AttemptOutcome {
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server_error'
  if (status >= 400) return 'client_error'
  return 'ok'
}

export interface Failure { outcome: string, retryable: boolean, error: unknown }

/** `call` is the call's abort (caller or deadline): once the caller's own signal is ruled out, only the deadline. */
export function classifyError (err: unknown, callerSignal: AbortSignal | undefined, call: AbortState): Failure {
  if (callerSignal?.aborted === true) return { outcome: 'aborted', retryable: false, error: callerSignal.reason ?? err }
  if (call.aborted) return { outcome: 'timeout', retryable: false, error: call.reason }
  if (isTimeoutError(err)) return { outcome: 'timeout', retryable: true, error: new UpstreamTimeoutError('UPSTREAM_TIMEOUT', { cause: err }) }
  if (isConnectionError(err)) return { outcome: 'connection_error', retryable: true, error: new UpstreamUnavailableError('UPSTREAM_UNREACHABLE', { cause: err }) }
  if (err instanceof UpstreamError) return { outcome: 'error', retryable: false, error: err }
  return { outcome: 'error', retryable: false, error: new UpstreamUnavailableError('UPSTREAM_ERROR', { cause: err }) }
}
