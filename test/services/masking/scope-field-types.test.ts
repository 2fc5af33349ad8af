// A token's JSON type is kept per field (ed1b3fd): an id given as a number under one field and
// as a string under another comes back as each. The per-field record must hold the field by
// reference: a joined `field + token` key copied a hostile 100 KB field name once per id.
import t from 'tap'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void // heap figures without garbage

const masker = (): ReturnType<typeof createMasker> => createMasker({ store: createMemoryStore({ maxMappings: 1_000_000 }) })

t.test('an id typed per field comes back as each type, and by its overall type elsewhere', async (t) => {
  const scope = await masker().openScope({ id: 'field-types' })
  t.teardown(async () => { await scope.release() })
  const masked = await scope.maskJson({ ids: [123456789012], owner: '123456789012' }) as { ids: string[], owner: string }
  t.match(masked.ids[0], /^ACCOUNT_ID_\d+$/)
  t.equal(masked.owner, masked.ids[0])
  const token = masked.owner
  t.same(scope.unmaskJson({ ids: [token], owner: token }), { ids: [123456789012], owner: '123456789012' })
  // a field not seen: both types seen overall, so a string
  t.same(scope.unmaskJson({ other: token }), { other: '123456789012' })
})

t.test('a huge field name over many ids is not copied per id', async (t) => {
  const scope = await masker().openScope({ id: 'huge-field' })
  t.teardown(async () => { await scope.release() })
  const field = 'k'.repeat(50_000)
  const ids = Array.from({ length: 1000 }, (_, i) => String(100_000_000_000 + i * 7919))
  gc()
  const before = process.memoryUsage().heapUsed
  const masked = await scope.maskJson({ [field]: ids }) as Record<string, string[]>
  gc()
  const grown = process.memoryUsage().heapUsed - before
  t.equal(new Set(masked[field]).size, ids.length, 'every id masked')
  // joined keys kept 1,000 copies of the 50 KB name (~50 MB of heap); by reference it is ~1 MB
  t.ok(grown < 32 * 1024 * 1024, `heap grew ${Math.round(grown / 1e6)} MB`)
  t.same(scope.unmaskJson(masked), { [field]: ids })
})
