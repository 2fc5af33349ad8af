// tokenEscapesDecoded: escapes of token chars written as the chars, the same however the raw JSON
// text is cut; other escapes, and a `\u` after an escaped backslash, pass as written.
import t from 'tap'
import { tokenEscapesDecoded } from '../../../services/proxy/token-escapes.js'

const identity = () => {
  let text = ''
  return { push: (chunk: string) => { text += chunk; return chunk }, end: () => '', text: () => text }
}

function run (raw: string, size: number): string {
  const inner = identity()
  const decoder = tokenEscapesDecoded(inner)
  let out = ''
  for (let i = 0; i < raw.length; i += size) out += decoder.push(raw.slice(i, i + size))
  return out + decoder.end()
}

t.test('token chars decoded, everything else as written, at every cut', async t => {
  const raw = '{"a":"\\u0041CCOUNT\\u005fID_1","b":"\\\\u0041x","c":"\\u00e9\\n\\"\\u005F","d":"\\\\\\u0041","e":"\\u004"}'
  const expected = '{"a":"ACCOUNT_ID_1","b":"\\\\u0041x","c":"\\u00e9\\n\\"_","d":"\\\\A","e":"\\u004"}'
  for (let size = 1; size <= raw.length; size++) t.equal(run(raw, size), expected, `pieces of ${size}`)
})

t.test('a long run of backslashes is read once per run (no quadratic rescans), its parity kept across cuts', async t => {
  const raw = '"' + '\\\\'.repeat(100_000) + '\\u0041"'
  t.equal(run(raw, 32), '"' + '\\\\'.repeat(100_000) + 'A"')
})
