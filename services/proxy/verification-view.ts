// What the leak check reads: the outgoing body with API-owned opaque bytes blanked. Base64 images
// and documents, signatures, redacted thinking and encrypted fields are random-looking data that
// the detector would read as secrets (a 30-byte image is a 40-character "secret key"), and none
// of it is customer text we could have masked. Everything else, tools included, is checked.

const OPAQUE_KEYS = new Set(['signature', 'tool_use_id', 'file_id'])
const TOOL_BLOCKS = new Set(['tool_use', 'server_tool_use', 'mcp_tool_use'])

function blankOpaque (this: Record<string, unknown>, key: string, value: unknown, apiOwned?: Set<object>): unknown {
  if (typeof value !== 'string') return value
  if (key === 'thinking' && apiOwned?.has(this) === true) return '' // the API's own bytes, sent back as it wrote them
  if (OPAQUE_KEYS.has(key) || key.startsWith('encrypted_')) return ''
  if (key === 'data' && (this.type === 'base64' || this.type === 'redacted_thinking')) return ''
  if (key === 'id' && typeof this.type === 'string' && TOOL_BLOCKS.has(this.type)) return ''
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
