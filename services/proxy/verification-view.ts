// What the leak check reads: the outgoing body with API-owned opaque bytes blanked. Base64 images
// and documents, signatures, redacted thinking and encrypted fields are random-looking data that
// the detector would read as secrets (a 30-byte image is a 40-character "secret key"), and none
// of it is customer text we could have masked. Everything else, tools included, is checked.
import { randomUUID } from 'node:crypto'
import { serialiseJson } from './json-serialise.js'

const ID_KEYS = new Set(['tool_use_id', 'file_id'])
const TOOL_BLOCKS = new Set(['tool_use', 'server_tool_use', 'mcp_tool_use'])
/** Blocks the API signs: their `signature` is the API's. */
const SIGNED_BLOCKS = new Set(['thinking', 'compaction'])
// What the API issues has its shape: ids are `toolu_01…`, `file_011…`; signatures and encrypted
// fields are base64. A value of another shape there is the client's text (an id it made up from
// an instance id, an ARN): it is checked, never blanked, as is a `signature` on any other block.
const API_ID = /^[A-Za-z0-9_]*$/
const BASE64 = /^[A-Za-z0-9+/=_-]*$/

function blankOpaque (this: Record<string, unknown>, key: string, value: unknown, apiOwned?: Set<object>): unknown {
  if (typeof value !== 'string') return value
  if ((key === 'thinking' || (key === 'content' && this.type === 'compaction')) && apiOwned?.has(this) === true) return '' // the API's own bytes, sent back as it wrote them
  if (key === 'authorization_token' && apiOwned?.has(this) === true) return '' // an MCP server's credential the operator lets through (PROXY_PASS_MCP_AUTHORIZATION)
  if (ID_KEYS.has(key) || (key === 'id' && typeof this.type === 'string' && TOOL_BLOCKS.has(this.type))) return API_ID.test(value) ? '' : value
  if ((key === 'signature' && typeof this.type === 'string' && SIGNED_BLOCKS.has(this.type)) || key.startsWith('encrypted_')) return BASE64.test(value) ? '' : value
  if (key === 'data' && (this.type === 'base64' || this.type === 'redacted_thinking')) return ''
  return value
}

export function verificationView (body: unknown, apiOwned?: Set<object>): string {
  return JSON.stringify(body, function (this: Record<string, unknown>, key: string, value: unknown) {
    return blankOpaque.call(this, key, value, apiOwned)
  })
}

/** Would verificationView blank anything? When not, the view is the payload itself (one stringify). */
export function hasOpaque (value: unknown, apiOwned?: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some((item) => hasOpaque(item, apiOwned))
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const inner = record[key]
    if (typeof inner === 'string' ? blankOpaque.call(record, key, inner, apiOwned) !== inner : hasOpaque(inner, apiOwned)) return true
  }
  return false
}

/** The text the leak check reads, given the payload about to be sent (JSON.stringify(body)). */
export function verificationText (body: unknown, payload: string, apiOwned?: Set<object>): string {
  return hasOpaque(body, apiOwned) ? verificationView(body, apiOwned) : payload
}

/** Stands for the messages while the rest of the body is serialised (no client can guess it). */
const MESSAGES_MARK = `\u0000messages-${randomUUID()}`
const MARK_JSON = JSON.stringify(MESSAGES_MARK)

export interface PayloadParts {
  payload: string
  /** The texts the leak check reads, as JSON. */
  parts: string[]
  /** Each part's value when it is JSON.parse(part) already (nothing blanked): the check need not parse it back. */
  values: unknown[]
}

/**
 * The payload to send (exactly JSON.stringify(body)) and the texts the leak check reads. A
 * conversation is checked message by message, the rest of the body as one more part: every byte
 * of the payload lies in one part except the JSON punctuation joining them, and a part the
 * conversation already found clean (an earlier turn, resent) is not scanned again, so a turn
 * costs what it adds. Each message is serialised once, for both; `quote` quotes its long strings
 * (a conversation keeps their quoted form for the next turn).
 */
export function payloadAndParts (body: unknown, apiOwned?: Set<object>, quote: (text: string) => string = JSON.stringify): PayloadParts {
  const out: PayloadParts = { payload: '', parts: [], values: [] }
  const add = (value: unknown, serialised: string): void => {
    const opaque = hasOpaque(value, apiOwned)
    out.parts.push(opaque ? verificationView(value, apiOwned) : serialised)
    out.values.push(opaque ? undefined : value)
  }
  const messages = (body as { messages?: unknown } | null)?.messages
  if (!Array.isArray(messages) || messages.length === 0) {
    out.payload = serialiseJson(body, quote) as string
    add(body, out.payload)
    return out
  }
  const rest = serialiseJson({ ...(body as Record<string, unknown>), messages: MESSAGES_MARK }, quote) as string
  const mark = rest.indexOf(MARK_JSON)
  const serialised = messages.map((message: unknown) => serialiseJson(message, quote) ?? 'null') // as an array holds them
  out.payload = rest.slice(0, mark) + '[' + serialised.join(',') + ']' + rest.slice(mark + MARK_JSON.length)
  add({ ...(body as Record<string, unknown>), messages: [] }, rest.slice(0, mark) + '[]' + rest.slice(mark + MARK_JSON.length))
  messages.forEach((message: unknown, i) => add(message === undefined ? null : message, serialised[i]))
  return out
}
