// Errors the upstream client raises, each with a stable `code` and the HTTP status a route
// should answer with. Messages never hold request bodies: at most the upstream's own
// error message, which can only echo text we already masked.

export class UpstreamError extends Error {
  constructor (
    message: string,
    readonly code: string,
    readonly statusCode: number,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'UpstreamError'
  }
}

/** Refused, reset, unreachable after retries, or the breaker is open: 503. */
export class UpstreamUnavailableError extends UpstreamError {
  constructor (code = 'UPSTREAM_UNAVAILABLE', options?: { cause?: unknown }) {
    super('Service temporarily unavailable', code, 503, options)
    this.name = 'UpstreamUnavailableError'
  }
}

/** The per-attempt timeout or the overall deadline ran out: 504. */
export class UpstreamTimeoutError extends UpstreamError {
  constructor (code = 'UPSTREAM_TIMEOUT', options?: { cause?: unknown }) {
    super('Upstream did not answer in time', code, 504, options)
    this.name = 'UpstreamTimeoutError'
  }
}

/** The upstream kept answering 5xx/529 after every retry: 502. */
export class UpstreamBadGatewayError extends UpstreamError {
  constructor (readonly upstreamStatus: number) {
    super(`Upstream failed with status ${upstreamStatus}`, 'UPSTREAM_BAD_GATEWAY', 502)
    this.name = 'UpstreamBadGatewayError'
  }
}

/** Still rate limited after retries: 429, with the upstream's hint in seconds when it gave one. */
export class UpstreamRateLimitedError extends UpstreamError {
  constructor (readonly retryAfter: number | undefined, message = 'Upstream rate limit reached') {
    super(message, 'UPSTREAM_RATE_LIMITED', 429)
    this.name = 'UpstreamRateLimitedError'
  }
}

/** Any other 4xx: the same status and the upstream's message. */
export class UpstreamClientError extends UpstreamError {
  constructor (statusCode: number, message: string) {
    super(message, 'UPSTREAM_CLIENT_ERROR', statusCode)
    this.name = 'UpstreamClientError'
  }
}
