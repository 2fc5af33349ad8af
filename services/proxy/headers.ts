// Which headers cross the proxy, each way. Bodies are re-serialised after masking, so lengths
// are recomputed, and upstream is asked for identity encoding so restoration sees plain bytes.
import type { IncomingHttpHeaders } from 'node:http'

const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade',
  'proxy-authorization', 'proxy-authenticate', 'host', 'content-length', 'accept-encoding', 'content-encoding'
])

/** Request headers the client may set that the API understands. */
const FORWARDED_REQUEST = new Set([
  'anthropic-version', 'anthropic-beta', 'anthropic-dangerous-direct-browser-access',
  'content-type', 'accept', 'user-agent', 'x-api-key', 'authorization', 'x-app'
])

export interface UpstreamHeaderOptions {
  /** Server key used when the client sent neither x-api-key nor authorization. */
  serverApiKey?: string
  /** The client's x-api-key/authorization held a *service* key (auth plugin): never forward it. */
  dropClientCredential?: boolean
}

export function upstreamRequestHeaders (incoming: IncomingHttpHeaders, opts: UpstreamHeaderOptions = {}): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(incoming)) {
    const key = name.toLowerCase()
    if (value === undefined || HOP_BY_HOP.has(key)) continue
    if (!FORWARDED_REQUEST.has(key) && !key.startsWith('x-stainless-')) continue
    if (opts.dropClientCredential === true && (key === 'x-api-key' || key === 'authorization')) continue
    out[key] = Array.isArray(value) ? value.join(', ') : value
  }
  if (out['x-api-key'] === undefined && out.authorization === undefined && opts.serverApiKey !== undefined && opts.serverApiKey !== '') {
    out['x-api-key'] = opts.serverApiKey
  }
  out['content-type'] ??= 'application/json'
  out['accept-encoding'] = 'identity'
  return out
}

/** Response headers worth returning: request ids, rate-limit state and retry hints. */
export function clientResponseHeaders (upstream: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(upstream)) {
    const key = name.toLowerCase()
    if (value === undefined || HOP_BY_HOP.has(key)) continue
    if (key === 'request-id' || key.startsWith('anthropic-ratelimit-') || key === 'retry-after' ||
      key === 'retry-after-ms' || key === 'x-should-retry' || key === 'content-type' || key === 'anthropic-organization-id') {
      out[key] = Array.isArray(value) ? value.join(', ') : value
    }
  }
  return out
}

/** The credential a request is made with (for scoping); never logged. */
export function clientCredential (incoming: IncomingHttpHeaders): string {
  return `${headerText(incoming, 'x-api-key')}\n${headerText(incoming, 'authorization')}\n${headerText(incoming, 'x-masker-key')}`
}

function headerText (incoming: IncomingHttpHeaders, name: string): string {
  const value = incoming[name]
  return Array.isArray(value) ? value.join(',') : (value ?? '')
}
