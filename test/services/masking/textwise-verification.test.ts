// A long JSON part (a resent multi-MB paste) is leak-checked text by text: its long texts found
// clean before are not read again, each in its own context, while a leak is refused every time
// and a part of many short strings is still checked (and found again) whole.
import t, { type Test } from 'tap'
import { Registry } from 'prom-client'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { LeakDetectedError } from '../../../services/masking/types.js'

const LEAK = 'i-0abc1234def567890'

async function counted (t: Test) {
  const store = createMemoryStore({ maxMappings: 1000 })
  const reads = new Map<string, number>()
  const registry = new Registry()
  const masker = createMasker({
    store,
    registry,
    detector: (text) => {
      reads.set(text, (reads.get(text) ?? 0) + 1)
      const at = text.indexOf(LEAK)
      return at < 0 ? [] : [{ start: at, end: at + LEAK.length, kind: 'ec2_instance' }]
    }
  })
  const scope = await masker.openScope({ id: 'conversation' })
  t.teardown(async () => { await scope.release(); await store.close() })
  const payloadLookups = async (result: 'hit' | 'miss'): Promise<number> =>
    Number(new RegExp(`^aws_masker_result_cache_lookups_total\\{for="payload",result="${result}"\\} (\\d+)$`, 'm').exec(await registry.metrics())?.[1] ?? 0)
  return { scope, readsOf: (text: string) => reads.get(text) ?? 0, payloadLookups }
}

const paste = 'aws ec2 describe-instances: nothing in clear here\n'.repeat(2000) // ~100 KB
const message = (text: string) => ({ role: 'user', content: [{ type: 'text', text }, { type: 'text', text: 'short question?' }] })

t.test('a long part: its long texts checked once, a part built anew finds them by text', async (t) => {
  const { scope, readsOf, payloadLookups } = await counted(t)
  const part = message(paste)
  await scope.assertCleanJson(JSON.stringify(part), 'messages.0', part)
  const again = message(paste)
  again.content[1] = { type: 'text', text: 'another short question?' } // the part as a whole is new
  await scope.assertCleanJson(JSON.stringify(again), 'messages.0', again)
  t.equal(readsOf(paste), 1, 'the long text was read once')
  t.equal(await payloadLookups('hit'), 1, 'the new part was found by its long text (checked whole, it would be a miss)')
  const asTool = { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: paste }] }
  await scope.assertCleanJson(JSON.stringify(asTool), 'messages.1', asTool)
  t.equal(readsOf(paste), 2, 'the same text in another field is checked in that context')
  await scope.assertCleanJson(JSON.stringify(asTool), 'messages.1', { ...asTool })
  t.equal(readsOf(paste), 2, 'and found clean there from then on')
})

t.test('a leak in a long part is refused each time, never remembered as clean', async (t) => {
  const { scope } = await counted(t)
  const leaking = paste + `instance ${LEAK}\n`
  for (let i = 0; i < 3; i++) {
    const part = message(leaking)
    await t.rejects(scope.assertCleanJson(JSON.stringify(part), 'messages.0', part), LeakDetectedError)
  }
  const short = message(paste)
  short.content[1] = { type: 'text', text: `and ${LEAK}?` }
  await t.rejects(scope.assertCleanJson(JSON.stringify(short), 'messages.0', short), LeakDetectedError, 'a leak in a short text beside a long clean one')
})

t.test('a long part of many short strings is checked whole', async (t) => {
  const { scope, readsOf } = await counted(t)
  const rows = Array.from({ length: 4000 }, (_, i) => ({ name: `row ${i}`, note: 'fine' }))
  const part = { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_2', content: JSON.stringify(rows) }], rows }
  const json = JSON.stringify(part)
  await scope.assertCleanJson(json, 'messages.0', part)
  await scope.assertCleanJson(json, 'messages.0', part)
  t.equal(readsOf('row 1'), 1, 'the part was found clean once, then found again whole')
  const leaking = { ...part, rows: [...rows, { name: LEAK, note: 'x' }] }
  await t.rejects(scope.assertCleanJson(JSON.stringify(leaking), 'messages.0', leaking), LeakDetectedError)
})
