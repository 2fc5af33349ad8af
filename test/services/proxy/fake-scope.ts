// A small, independent scope for testing the proxy's pure pieces on their own: it knows a fixed
// token -> value table and restores with the shared token regex. The route tests use the real
// masker; this double only lets the SSE/restore logic be checked exhaustively and fast.
import { createTokenRegex } from '../../../services/masking/token-format.js'
import type { RestoreScope } from '../../../services/proxy/stream-restorer.js'
import type { MaskingScope } from '../../../services/proxy/request-masker.js'

export function fakeScope (table: Record<string, string>): RestoreScope & MaskingScope {
  const byValue = new Map(Object.entries(table).map(([token, value]) => [value, token]))
  const escape = (value: string, json: boolean): string => json ? JSON.stringify(value).slice(1, -1) : value
  const unmask = (text: string, json = false): string =>
    text.replace(createTokenRegex(), (token: string) => token in table ? escape(table[token], json) : token)
  const mask = (text: string): string => {
    let out = text
    for (const [value, token] of byValue) out = out.split(value).join(token)
    return out
  }
  const mapJson = (value: unknown, fn: (s: string) => string): unknown => {
    if (typeof value === 'string') return fn(value)
    if (Array.isArray(value)) return value.map(v => mapJson(v, fn))
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapJson(v, fn)]))
    }
    return value
  }
  return {
    unmaskText: (text) => unmask(text),
    unmaskJson: (value) => mapJson(value, unmask),
    maskStrings: async (texts) => texts.map(mask),
    maskJson: async (value) => mapJson(value, mask),
    streamUnmasker ({ jsonEscape = false } = {}) {
      let held = ''
      return {
        push (chunk) {
          held += chunk
          // hold back a trailing word: it may still grow into a token
          const cut = held.search(/[A-Za-z0-9_]*$/)
          const ready = held.slice(0, cut)
          held = held.slice(cut)
          return unmask(ready, jsonEscape)
        },
        end () {
          const rest = unmask(held, jsonEscape)
          held = ''
          return rest
        }
      }
    }
  }
}
