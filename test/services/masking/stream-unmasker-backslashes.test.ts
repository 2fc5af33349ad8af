// A long run of backslashes streamed in small chunks: the stream unmasker keeps only the run's
// parity as context (all that decides whether a token after it follows an escape), not the whole
// run, which made every chunk re-read everything before it (quadratic).
import t from 'tap'
import { createUnmasker, type Unmasker } from '../../../services/masking/unmask.js'
import { createStreamUnmasker } from '../../../services/masking/stream-unmasker.js'
import type { MappingValue } from '../../../services/masking/types.js'

const MAP = new Map<string, MappingValue>([['EC2_INSTANCE_1', { kind: 'ec2_instance', value: 'i-0a1b2c3d4e5f67890' }]])

/** An unmasker that records the longest text it was handed. */
function recording (): { unmasker: Unmasker, longest: () => number } {
  const inner = createUnmasker({ lookup: (token) => MAP.get(token), restoreSecrets: true, onUnresolved: () => {} })
  let longest = 0
  return {
    unmasker: { ...inner, restore (text, from, jsonEscape) { longest = Math.max(longest, text.length); return inner.restore(text, from, jsonEscape) } },
    longest: () => longest
  }
}

for (const jsonEscape of [false, true]) {
  for (const run of [20_000, 20_001]) {
    t.test(`${run} backslashes then a token, in 7-char chunks (jsonEscape ${String(jsonEscape)})`, async (t) => {
      const text = 'x' + '\\'.repeat(run) + 'nEC2_INSTANCE_1 and \\EC2_INSTANCE_1 end'
      const batch = createUnmasker({ lookup: (token) => MAP.get(token), restoreSecrets: true, onUnresolved: () => {} }).restore(text, 0, jsonEscape)
      const r = recording()
      const stream = createStreamUnmasker(r.unmasker, { jsonEscape })
      let out = ''
      for (let i = 0; i < text.length; i += 7) out += stream.push(text.slice(i, i + 7))
      out += stream.end()
      t.equal(out, batch, 'streamed equals batch restoration')
      t.equal(out.includes('i-0a1b2c3d4e5f67890'), true, 'a token was restored')
      t.ok(r.longest() < 200, `each restore reads a bounded text (longest ${r.longest()})`)
    })
  }
}

t.test('raw JSON text: a token after a run of escaped backslashes restores as in the decoded string', async (t) => {
  const u = createUnmasker({ lookup: (token) => MAP.get(token), restoreSecrets: true, onUnresolved: () => {} })
  for (const run of [0, 1, 2, 3, 4, 5, 40_000, 40_001]) {
    for (const before of ['n', 'x', 'u005c', '']) {
      const decoded = 'a' + '\\'.repeat(run) + before + 'EC2_INSTANCE_1 b'
      const raw = JSON.stringify(decoded).slice(1, -1) // each backslash written as a raw pair
      const viaRaw = JSON.parse(`"${u.restore(raw, 0, true)}"`) as string
      t.equal(viaRaw, u.unmaskText(decoded), `${run} backslashes, then ${JSON.stringify(before)}`)
    }
  }
})
