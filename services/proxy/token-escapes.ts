// Streamed tool input is raw JSON text: the model may spell a char of a token as an escape
// (`\u0041CCOUNT_ID_1`, `ACCOUNT\u005fID_1`). JSON.parse reads them as the token, so the JSON
// answer (unmaskJson on the parsed input) restored it; the streamed text went out as written.
// Escapes of token chars (A-Z, 0-9, `_`) are written as the chars they stand for before the
// restorer reads the text: the same JSON value, so the client parses what it would have.
import type { StreamUnmasker } from './stream-restorer.js'

const BACKSLASH = 92

function hexValue (text: string, at: number): number {
  let value = 0
  for (let i = at; i < at + 4; i++) {
    const c = text.charCodeAt(i) | 32
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1
    if (digit < 0) return -1
    value = value * 16 + digit
  }
  return value
}

const isTokenChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95

/**
 * `inner` fed with `\uXXXX` escapes of token chars decoded. What it is given always ends with an
 * even run of backslashes (pairs: `\\`), so the parity of a run in the next chunk is read on that
 * chunk alone; an escape cut by the chunk's end (`\u00`) is held until it is whole.
 */
export function tokenEscapesDecoded (inner: StreamUnmasker): StreamUnmasker {
  let held = ''
  function decode (text: string, final: boolean): string {
    const length = text.length
    let out = ''
    let from = 0
    let hold = length
    let at = text.indexOf('\\')
    while (at !== -1) {
      let end = at // a run of backslashes, read from its start once (a long run costs its length, not its square)
      while (end < length && text.charCodeAt(end) === BACKSLASH) end++
      if ((end - at) % 2 === 0) { at = text.indexOf('\\', end); continue } // pairs: `\\`
      const escape = end - 1
      if (end === length || (text.charCodeAt(end) === 117 && end + 5 > length)) { // cut: `\`, `\u`, `\u00`
        if (!final) hold = escape
        break
      }
      if (text.charCodeAt(end) !== 117) { at = text.indexOf('\\', end + 1); continue } // `\n`, `\"`: a whole escape
      const code = hexValue(text, end + 1)
      if (code >= 0 && isTokenChar(code)) {
        out += text.slice(from, escape) + String.fromCharCode(code)
        from = end + 5
      }
      at = text.indexOf('\\', code >= 0 ? end + 5 : end + 1)
    }
    held = text.slice(hold)
    return out + text.slice(from, hold)
  }
  return {
    push (chunk) {
      const text = held === '' ? chunk : held + chunk
      held = ''
      return text.includes('\\') ? inner.push(decode(text, false)) : inner.push(text)
    },
    end () {
      const rest = held === '' ? '' : decode(held, true)
      held = ''
      return (rest === '' ? '' : inner.push(rest)) + inner.end()
    }
  }
}
