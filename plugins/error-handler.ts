// One error contract for the whole app. Service routes answer {success:false, error, requestId,
// details?}; /v1 routes answer Anthropic's {type:"error", error:{type, message}, request_id}.
// Statuses and headers set by plugins (429, 503 + Retry-After) are kept; 5xx internals are hidden;
// every error is logged once, without its message when that message could quote the body.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyReply {
    /** Sends an error in the shape of the request's route family. */
    sendError (status: number, message: string, details?: ErrorDetail[]): FastifyReply
  }
}

export interface ErrorDetail { field: string, message: string }

const ANTHROPIC_TYPES: Record<number, string> = {
  400: 'invalid_request_error', 401: 'authentication_error', 403: 'permission_error', 404: 'not_found_error',
  413: 'request_too_large', 429: 'rate_limit_error', 500: 'api_error', 504: 'timeout_error', 529: 'overloaded_error'
}

export function anthropicErrorType (status: number): string {
  return ANTHROPIC_TYPES[status] ?? (status < 500 ? 'invalid_request_error' : 'api_error')
}

/** True for the Anthropic-compatible family (/v1 and below). */
export function isV1 (request: FastifyRequest): boolean {
  const url = request.url
  return url === '/v1' || url.startsWith('/v1/') || url.startsWith('/v1?')
}

export function errorBody (request: FastifyRequest, status: number, message: string, details?: ErrorDetail[]) {
  if (isV1(request)) {
    const text = details?.length ? `${message}: ${details.map((d) => `${d.field} ${d.message}`).join('; ')}` : message
    return { type: 'error', error: { type: anthropicErrorType(status), message: text }, request_id: request.id }
  }
  return { success: false, error: message, requestId: request.id, ...(details?.length ? { details } : {}) }
}

export function sendError (reply: FastifyReply, status: number, message: string, details?: ErrorDetail[]): FastifyReply {
  if (isV1(reply.request)) reply.header('request-id', reply.request.id)
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(reply.request, status, message, details))
}

const UNAVAILABLE = 'Service temporarily unavailable'

// Public messages by error code; none of them quotes the request.
const BY_CODE: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'Request body too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Unsupported content type: send application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'Request body length does not match Content-Length'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'Malformed JSON body'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'Empty JSON body'],
  FST_ERR_CTP_INVALID_UTF8: [400, 'Request body is not valid UTF-8'],
  FST_ERR_CTP_JSON_TOO_DEEP: [400, 'JSON body is nested too deeply'],
  FST_UNDER_PRESSURE: [503, UNAVAILABLE],
  FST_ERR_RATE_LIMIT: [429, 'Too many requests, please try again later'],
  ECONNREFUSED: [503, UNAVAILABLE],
  MASK_STORE_UNAVAILABLE: [503, UNAVAILABLE],
  MASK_MAPPING_LIMIT: [503, 'Too many distinct identifiers to mask right now, try again later']
}

/** What nginx logs for a request its client closed: no answer reaches anyone. */
const CLIENT_CLOSED = 499

const GENERIC_5XX: Record<number, string> = {
  502: 'Upstream error', 503: UNAVAILABLE, 504: 'Upstream timed out', 529: 'Upstream overloaded'
}

type AppError = FastifyError & { cause?: { code?: string }, kinds?: string[], where?: string }

/**
 * The final leak check refused the masked request. 422, not 5xx: the same request would be refused
 * again, and SDKs retry 5xx. Kinds and the part are named (never a value) so the client can act.
 */
function leakMessage (error: AppError): string {
  const kinds = Array.isArray(error.kinds) && error.kinds.length > 0 ? ` (${error.kinds.join(', ')})` : ''
  return `Request not sent upstream: after masking, ${error.where ?? 'the request'} still held AWS identifiers${kinds}, ` +
    'in a field that is not masked (text content, tool inputs and results, documents, system prompts, tool descriptions and /analyze text are)'
}

function validationDetails (error: FastifyError): ErrorDetail[] {
  return (error.validation ?? []).map((v) => {
    const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty
    const path = (v.instancePath || '').replace(/^\//, '').replaceAll('/', '.')
    const where = error.validationContext ?? 'body'
    const field = [where, path, missing].filter(Boolean).join('.')
    return { field, message: v.message ?? 'is invalid' }
  })
}

/** Maps any thrown value to [status, public message, details?]. */
export function classify (error: AppError): [number, string, ErrorDetail[]?] {
  if (error.validation) return [400, 'Invalid request data', validationDetails(error)]
  if (error.code === 'MASK_LEAK_DETECTED') return [422, leakMessage(error)]
  const known = BY_CODE[error.code] ?? (error.cause?.code ? BY_CODE[error.cause.code] : undefined)
  if (known) return known
  const status = error.statusCode ?? 500
  if (status === 400 && error instanceof SyntaxError) return [400, 'Malformed JSON body']
  if (status === 429) return [429, 'Too many requests, please try again later']
  if (status >= 400 && status < 500) return [status, error.message || 'Bad request']
  if (GENERIC_5XX[status]) return [status, GENERIC_5XX[status]]
  return [500, 'Internal server error']
}

async function errorHandler (app: FastifyInstance) {
  app.decorateReply('sendError', function (this: FastifyReply, status: number, message: string, details?: ErrorDetail[]) {
    return sendError(this, status, message, details)
  })

  app.setErrorHandler((error: AppError, request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched'
    if (reply.raw.destroyed && error.name === 'AbortError') {
      // the client left and its upstream call was aborted for it: no fault of ours to page anyone about
      request.log.info({ method: request.method, route, statusCode: CLIENT_CLOSED }, 'Client closed the request before the answer')
      return reply.code(CLIENT_CLOSED).send()
    }
    const [status, message, details] = classify(error)
    const where = { method: request.method, route, statusCode: status }
    if (status >= 500) request.log.error({ err: error, ...where }, message)
    else request.log.warn({ code: error.code, ...where }, message)
    return sendError(reply, status, message, details)
  })

  app.setNotFoundHandler((request, reply) => {
    request.log.info({ method: request.method, route: 'unmatched', statusCode: 404 }, 'Route not found')
    return sendError(reply, 404, 'Route not found')
  })
}

export default fp(errorHandler, { name: 'error-handler', fastify: '5.x' })
