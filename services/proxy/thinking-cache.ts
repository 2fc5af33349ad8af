// Signed thinking must go back to the API byte for byte. Re-masking the restored text gives those
// bytes back only when the model wrote nothing but our tokens; if it wrote a raw identifier
// (say a CIDR it proposed), re-masking would change it and the API would reject the signature.
// So each conversation remembers the exact masked thinking per signature (bounded LRU, by
// characters); a recalled text is used only when restoring it gives exactly what the client sent.
import { createHash } from 'node:crypto'

export interface ThinkingCache {
  remember (scopeId: string, signature: string, maskedThinking: string): void
  recall (scopeId: string, signature: string): string | undefined
  /**
   * A compaction block was answered in this scope. The conversation that goes on from it sends it
   * first, in place of the messages it summarises (the first user message, which names the scope,
   * is gone): its signature finds the scope again, so the summary's tokens keep their values.
   */
  rememberCompaction (scopeId: string, signature: string): void
  /** The scope of the compaction signed `signature`, if `owner` (`v1:<credential digest>`) answered it. */
  compactionScope (owner: string, signature: string): string | undefined
}

/** Compaction signatures remembered (oldest out first): a conversation compacts rarely. */
const MAX_COMPACTIONS = 10_000

const keyOf = (scopeId: string, signature: string): string =>
  createHash('sha256').update(scopeId).update('\0').update(signature).digest('base64')

export function createThinkingCache ({ maxChars = 16 * 1024 * 1024 } = {}): ThinkingCache {
  const entries = new Map<string, string>() // insertion order = least recently used first
  let chars = 0
  const compactions = new Map<string, string>() // keyOf(owner, signature) -> scope id
  const ownerOf = (scopeId: string): string => scopeId.split(':', 2).join(':')
  return {
    rememberCompaction (scopeId, signature) {
      const at = scopeId.indexOf('v1:') // the masker's scope id holds the conversation's (`conv:v1:...`)
      if (signature === '' || at === -1) return
      const conversation = scopeId.slice(at)
      const key = keyOf(ownerOf(conversation), signature)
      compactions.delete(key)
      compactions.set(key, conversation)
      if (compactions.size > MAX_COMPACTIONS) compactions.delete(compactions.keys().next().value as string)
    },
    compactionScope (owner, signature) {
      const scopeId = compactions.get(keyOf(owner, signature))
      return scopeId !== undefined && ownerOf(scopeId) === owner ? scopeId : undefined
    },
    remember (scopeId, signature, maskedThinking) {
      if (signature === '' || maskedThinking.length > maxChars) return
      const key = keyOf(scopeId, signature)
      const old = entries.get(key)
      if (old !== undefined) { chars -= old.length; entries.delete(key) }
      entries.set(key, maskedThinking)
      chars += maskedThinking.length
      for (const [oldest, text] of entries) {
        if (chars <= maxChars) break
        entries.delete(oldest)
        chars -= text.length
      }
    },
    recall (scopeId, signature) {
      const key = keyOf(scopeId, signature)
      const text = entries.get(key)
      if (text !== undefined) { entries.delete(key); entries.set(key, text) }
      return text
    }
  }
}
