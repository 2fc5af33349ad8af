// Code-point offsets through the per-document code-point index: the same as counting from the
// start (a citation's unit judged by its cited text), for any text, any range, either way.
import t from 'tap'
import fc from 'fast-check'
import { createCitationMapper } from '../../../services/proxy/citations.js'

const chars = fc.constantFrom('a', 'b', ' ', 'é', '😀', '𝔸', '\uD800', '\uDC00', 'x')
const text = fc.array(chars, { minLength: 1, maxLength: 900 }).map((parts) => parts.join(''))

t.test('code-point citations map as a walk from the start would', async (t) => {
  fc.assert(fc.property(text, fc.nat(), fc.nat(), (doc, a, b) => {
    const points = [...doc]
    const s = Math.min(a, b) % (points.length + 1)
    const e = Math.max(s, Math.max(a, b) % (points.length + 1))
    const cited = points.slice(s, e).join('')
    const mapper = createCitationMapper([{ original: doc, masked: doc }], (x) => x)
    const out = mapper.toApi({ type: 'char_location', document_index: 0, start_char_index: s, end_char_index: e, cited_text: cited }, { type: 'char_location' }) as Record<string, unknown>
    const unitsMatch = doc.slice(s, e) === cited
    // read as UTF-16 when that slice is the cited text, else as code points and given back as such
    return out.start_char_index === s && out.end_char_index === e && out.cited_text === (unitsMatch ? doc.slice(s, e) : cited)
  }), { numRuns: 3000 })
  t.pass('3000 texts and ranges')
})
