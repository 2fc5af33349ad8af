// Which masking scope a /v1 request uses. Clients resend the whole conversation each turn, so
// every turn must land in the same scope (same tokens, byte-identical earlier turns), while two
// credentials never share one (a token made for one key can never be restored for another).
//   scope id = "v1:" + sha256(credential) + ":" + (s: sha256(x-mask-session) | c: sha256(first user message))
import { hash } from 'node:crypto'

const MEMO_MAX_CHARS = 8 * 1024 * 1024 // digests remembered for the texts they were made of, at most this much text
const memo = new Map<string, string>()
let memoChars = 0

const sha256 = (text: string): string => hash('sha256', text, 'hex')

/**
 * sha256 of a first message, remembered: every turn of a conversation hashes the same one. (The
 * credential's digest is not remembered: no API key is kept past its request.)
 */
function messageDigest (text: string): string {
  let digest = memo.get(text)
  if (digest !== undefined) return digest
  digest = sha256(text)
  if (text.length > MEMO_MAX_CHARS / 64) return digest
  memo.set(text, digest)
  memoChars += text.length
  for (const [key] of memo) { // oldest first
    if (memoChars <= MEMO_MAX_CHARS) break
    memo.delete(key)
    memoChars -= key.length
  }
  return digest
}

export function conversationScopeId (credential: string, sessionHeader: string | undefined, body: unknown): string {
  const owner = sha256(credential)
  if (sessionHeader !== undefined && sessionHeader !== '') return `v1:${owner}:s:${sha256(sessionHeader)}`
  return `v1:${owner}:c:${messageDigest(firstUserMessageText(body))}`
}

/** Text of the first user message; cache_control and other per-turn markers are ignored. */
export function firstUserMessageText (body: unknown): string {
  const messages = (body as { messages?: unknown } | null)?.messages
  if (!Array.isArray(messages)) return ''
  const first = messages.find(m => m !== null && typeof m === 'object' && (m as { role?: unknown }).role === 'user') as { content?: unknown } | undefined
  const content = first?.content
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content.map(block => {
    if (block === null || typeof block !== 'object') return ''
    const b = block as Record<string, unknown>
    if (typeof b.text === 'string') return `${String(b.type)}:${b.text}`
    if (b.type === 'tool_result' && typeof b.tool_use_id === 'string') return `tool_result:${b.tool_use_id}`
    return String(b.type)
  }).join('\n')
}
