// Maps a final non-2xx upstream answer to the service's error (502 / 429 / same 4xx).
// Only the upstream's own `error.message` is kept: it can echo masked text, never our request.
import { UpstreamBadGatewayError, UpstreamClientError, UpstreamRateLimitedError, type UpstreamError } from './errors.js'
import { retryHintMs, type Headers } from './retry-policy.js'

const MAX_MESSAGE_CHARS = 500

export function errorFromResponse (res: { statusCode: number, headers: Headers, body: Buffer }): UpstreamError {
  const { statusCode } = res
  if (statusCode >= 500) return new UpstreamBadGatewayError(statusCode)
  const message = upstreamMessage(res.body) ?? `Upstream rejected the request with status ${statusCode}`
  if (statusCode === 429) {
    const hint = retryHintMs(res.headers)
    return new UpstreamRateLimitedError(hint === undefined ? undefined : Math.ceil(hint / 1000), message)
  }
  return new UpstreamClientError(statusCode, message)
}

/** Anthropic's `{type:"error", error:{type, message}}`, or undefined for anything else. */
export function upstreamMessage (body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { error?: { message?: unknown } }
    const message = parsed?.error?.message
    return typeof message === 'string' && message !== '' ? message.slice(0, MAX_MESSAGE_CHARS) : undefined
  } catch {
    return undefined
  }
}
