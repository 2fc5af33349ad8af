// When to retry and how long to wait, following the Anthropic SDKs: connection errors,
// 408, 409, 429, 5xx and 529 are retried; `x-should-retry` overrides the status; the server's
// `retry-after-ms` / `retry-after` hint wins over our own exponential backoff.

export type Headers = Record<string, string | string[] | undefined>

export const DEFAULT_BACKOFF_BASE_MS = 500 // 0.5 s, doubled per retry
export const DEFAULT_BACKOFF_MAX_MS = 8_000 // 8 s
const JITTER = 0.25 // up to 25% shorter

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_CONNECT_TIMEOUT'
])
const TIMEOUT_ERROR_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

export function isRetryableStatus (status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500
}

/** A breaker failure: the upstream itself is unwell (429 and other 4xx are the caller's business). */
export function isFailureStatus (status: number): boolean {
  return status >= 500
}

export function headerValue (headers: Headers, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function shouldRetryResponse (status: number, headers: Headers): boolean {
  const override = headerValue(headers, 'x-should-retry')
  if (override === 'true') return true
  if (override === 'false') return false
  return isRetryableStatus(status)
}

/** The server's wait hint in ms, or undefined when absent or unparseable. */
export function retryHintMs (headers: Headers, now = Date.now()): number | undefined {
  const ms = headerValue(headers, 'retry-after-ms')
  if (ms !== undefined && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms))
  const after = headerValue(headers, 'retry-after')
  if (after === undefined || after.trim() === '') return undefined
  if (Number.isFinite(Number(after))) return Math.max(0, Number(after) * 1000)
  const date = Date.parse(after)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export function backoffMs (retryIndex: number, baseMs = DEFAULT_BACKOFF_BASE_MS, maxMs = DEFAULT_BACKOFF_MAX_MS, random = Math.random): number {
  const full = Math.min(baseMs * 2 ** retryIndex, maxMs)
  return full * (1 - random() * JITTER)
}

export function errorCode (err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

export function isTimeoutError (err: unknown): boolean {
  return TIMEOUT_ERROR_CODES.has(errorCode(err) ?? '')
}

export function isConnectionError (err: unknown): boolean {
  const code = errorCode(err) ?? errorCode((err as { cause?: unknown } | null)?.cause)
  return CONNECTION_ERROR_CODES.has(code ?? '')
}
