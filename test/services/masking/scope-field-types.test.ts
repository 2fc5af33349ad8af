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

t.test('a field name longer than the stream restorer reads types no token (the overall type is used)', async (t) => {
  const scope = await masker().openScope({ id: 'long-field' })
  t.teardown(async () => { await scope.release() })
  const long = 'f'.repeat(2000)
  const masked = await scope.maskJson({ [long]: [123456789012], owner: '123456789012' }) as Record<string, string[]>
  const token = masked[long][0]
  // per field it would come back a number; beyond 1,024 chars, as the stream reads it: a string
  t.same(scope.unmaskJson({ [long]: [token] }), { [long]: ['123456789012'] })
  t.same(scope.unmaskJson({ owner: token }), { owner: '123456789012' })
})

t.test('1,000 texts under one 100 KB field name are masked each, and shared by text', async (t) => {
  const scope = await masker().openScope()
  t.teardown(async () => { await scope.release() })
  const field = 'k'.repeat(100_000)
  const texts = Array.from({ length: 1000 }, (_, i) => `instance i-0a1b2c3d4e5f6${String(7000 + i)} here`)
  const masked = await scope.maskJson({ [field]: [...texts, ...texts] }) as Record<string, string[]>
  t.equal(new Set(masked[field]).size, 1000)
  t.notOk(masked[field].some((text) => text.includes('i-0a1b2c3d')), 'no id left')
  t.same(scope.unmaskJson(masked), { [field]: [...texts, ...texts] })
})
