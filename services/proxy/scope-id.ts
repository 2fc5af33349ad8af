// Which masking scope a /v1 request uses. Clients resend the whole conversation each turn, so
// every turn must land in the same scope (same tokens, byte-identical earlier turns), while two
// credentials never share one (a token made for one key can never be restored for another).
//   scope id = "v1:" + sha256(credential) + ":" + (s: sha256(x-mask-session) | c: sha256(first user message))
import { hash } from 'node:crypto'
import { fingerprint } from '../masking/result-cache.js'

const sha256 = (text: string): string => hash('sha256', text, 'hex')

interface Remembered { text: string, print: number, digest: string }

/**
 * Digests remembered for the texts they were made of (every turn of a conversation hashes the same
 * first message), oldest out first, at most `maxChars` of text. Found by a fingerprint, then
 * compared whole: a Map keyed by the text would hash all of each fresh parsed text. No credential
 * goes in one: no API key outlives its request.
 */
class DigestMemo {
  private readonly byPrint = new Map<number, Remembered[]>()
  private readonly order = new Set<Remembered>() // oldest first
  private chars = 0
  constructor (private readonly maxChars: number, private readonly digestOf: (text: string) => string) {}

  get (text: string): string {
    const print = fingerprint(text)
    const kept = this.byPrint.get(print)
    if (kept !== undefined) for (const entry of kept) if (entry.text === text) return entry.digest
    const digest = this.digestOf(text)
    if (text.length > this.maxChars / 64) return digest
    const entry = { text, print, digest }
    if (kept === undefined) this.byPrint.set(print, [entry])
    else kept.push(entry)
    this.order.add(entry)
    this.chars += text.length
    for (const old of this.order) {
      if (this.chars <= this.maxChars) break
      this.forget(old)
    }
    return digest
  }

  private forget (entry: Remembered): void {
    this.order.delete(entry)
    this.chars -= entry.text.length
    const kept = this.byPrint.get(entry.print) as Remembered[]
    kept.splice(kept.indexOf(entry), 1)
    if (kept.length === 0) this.byPrint.delete(entry.print)
  }
}

const MEMO_MAX_CHARS = 4 * 1024 * 1024 // each
const firstMessages = new DigestMemo(MEMO_MAX_CHARS, sha256)
// The common first message, one text block: keyed by the block's own string (the joined form
// would be a new string to build every turn).
const singleTextBlocks = new DigestMemo(MEMO_MAX_CHARS, (text) => sha256(`text:${text}`))

function firstMessageDigest (body: unknown): string {
  const content = firstUserMessage(body)?.content
  if (Array.isArray(content) && content.length === 1) {
    const block = content[0] as { type?: unknown, text?: unknown } | null
    if (block !== null && typeof block === 'object' && block.type === 'text' && typeof block.text === 'string') return singleTextBlocks.get(block.text)
  }
  return firstMessages.get(firstUserMessageText(body))
}

/**
 * `compactionScope`: the scope a compaction block (by its signature) was answered in, for the
 * owner `v1:<credential digest>`: a conversation going on from a compaction sends it first, in
 * place of the first user message that named its scope.
 */
export function conversationScopeId (credential: string, sessionHeader: string | undefined, body: unknown,
  compactionScope?: (owner: string, signature: string) => string | undefined): string {
  const owner = sha256(credential)
  if (sessionHeader !== undefined && sessionHeader !== '') return `v1:${owner}:s:${sha256(sessionHeader)}`
  const signature = compactionSignature(body)
  const compacted = signature === undefined ? undefined : compactionScope?.(`v1:${owner}`, signature)
  return compacted ?? `v1:${owner}:c:${firstMessageDigest(body)}`
}

/** The signature of a compaction block opening the first message, if any. */
function compactionSignature (body: unknown): string | undefined {
  const messages = (body as { messages?: unknown } | null)?.messages
  const content = Array.isArray(messages) ? (messages[0] as { content?: unknown } | null)?.content : undefined
  const first = Array.isArray(content) ? content[0] as { type?: unknown, signature?: unknown } | null : undefined
  return first?.type === 'compaction' && typeof first.signature === 'string' && first.signature !== '' ? first.signature : undefined
}

/** Text of the first user message; cache_control and other per-turn markers are ignored. */
function firstUserMessage (body: unknown): { content?: unknown } | undefined {
  const messages = (body as { messages?: unknown } | null)?.messages
  if (!Array.isArray(messages)) return undefined
  return messages.find(m => m !== null && typeof m === 'object' && (m as { role?: unknown }).role === 'user') as { content?: unknown } | undefined
}

export function firstUserMessageText (body: unknown): string {
  const content = firstUserMessage(body)?.content
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content.map(block => {
    if (block === null || typeof block !== 'object') return ''
    const b = block as Record<string, unknown>
    if (typeof b.text === 'string') return `${String(b.type)}:${b.text}`
    if (b.type === 'tool_result' && typeof b.tool_use_id === 'string') return `tool_result:${b.tool_use_id}`
    if (b.type === 'compaction' && typeof b.content === 'string') return `compaction:${b.content}` // two compacted conversations are two
    return String(b.type)
  }).join('\n')
}
