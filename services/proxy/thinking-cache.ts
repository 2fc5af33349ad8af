// Signed thinking must go back to the API byte for byte. Re-masking the restored text gives those
// bytes back only when the model wrote nothing but our tokens; if it wrote a raw identifier
// (say a CIDR it proposed), re-masking would change it and the API would reject the signature.
// So each conversation remembers the exact masked thinking per signature (bounded LRU, by
// characters); a recalled text is used only when restoring it gives exactly what the client sent.
import { createHash } from 'node:crypto'

export interface ThinkingCache {
  remember (scopeId: string, signature: string, maskedThinking: string): void
  recall (scopeId: string, signature: string): string | undefined
}

const keyOf = (scopeId: string, signature: string): string =>
  createHash('sha256').update(scopeId).update('\0').update(signature).digest('base64')

export function createThinkingCache ({ maxChars = 16 * 1024 * 1024 } = {}): ThinkingCache {
  const entries = new Map<string, string>() // insertion order = least recently used first
  let chars = 0
  return {
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
