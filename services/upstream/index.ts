// Public surface of the upstream service (Fastify-free).
export { createUpstreamClient } from './client.js'
export type { UpstreamClient, UpstreamClientOptions, UpstreamRequest, UpstreamResponse } from './client.js'
export type { BreakerState } from './breaker.js'
export { BreakerStates } from './breaker.js'
export { errorFromResponse, upstreamMessage } from './response-errors.js'
export {
  UpstreamError, UpstreamUnavailableError, UpstreamTimeoutError, UpstreamBadGatewayError,
  UpstreamRateLimitedError, UpstreamClientError
} from './errors.js'
