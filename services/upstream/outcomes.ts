// Metric label for one attempt's result; kept to a small fixed set (Prometheus cardinality).
import { isConnectionError, isTimeoutError } from './retry-policy.js'
import { UpstreamTimeoutError } from './errors.js'

export type AttemptOutcome =
  'ok' | 'client_error' | 'rate_limited' | 'server_error' | 'connection_error' | 'timeout' | 'aborted' | 'error'

export function attemptOutcome (result: { res: { statusCode: number } } | { err: unknown }, signal: AbortSignal): AttemptOutcome {
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
