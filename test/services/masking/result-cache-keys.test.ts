// The result cache's budget counts every byte it keeps a text's results under: a result's key
// holds the context's field name, which a client can make 100 KB long. Uncounted, a 250 KB request
// of 2,000 texts under such a field left ~200 MB in a cache that counted ~1 MB.
import t from 'tap'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { createResultCache } from '../../../services/masking/result-cache.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void // heap figures without garbage

const texts = (n: number): string[] => Array.from({ length: n }, (_, i) => `plain words, number ${i} `.padEnd(80, '.'))

t.test('detected matches under a long field name count its bytes', async (t) => {
  const budget = 1024 * 1024
  const cache = createResultCache(budget)
  const context = { field: 'f'.repeat(100_000) }
  for (const text of texts(100)) cache.rememberDetected(text, context, [])
  const { entries, bytes } = cache.stats()
  t.ok(bytes <= budget, `within the budget: ${bytes}`)
  t.ok(entries <= 5, `each entry counts its 100 KB key (200 KB): ${entries} kept`)
  t.ok(entries >= 1, 'an entry under the budget is still kept')
})

t.test('per-request scopes with a huge field name leave no more than the budget', async (t) => {
  const masker = createMasker({ store: createMemoryStore({ maxMappings: 1_000_000 }), resultCacheBytes: 8 * 1024 * 1024, detector: () => [] })
  const field = 'k'.repeat(100_000)
  gc()
  const before = process.memoryUsage().heapUsed
  const scope = await masker.openScope()
  await scope.maskJson({ [field]: texts(1000) })
  await scope.release()
  gc()
  const retained = process.memoryUsage().heapUsed - before
  // uncounted, 1,000 keys of 100 KB stayed (~100 MB); counted, the 8 MiB budget holds
  t.ok(retained < 32 * 1024 * 1024, `retained ${Math.round(retained / 1e6)} MB`)
})

t.test('context keys tell every part apart, missing from empty, and are the same for equal contexts', async (t) => {
  const { contextKey } = await import('../../../services/masking/types.js')
  const keys = [{}, { field: '' }, { field: 'a' }, { tagKey: 'a' }, { resourceType: 'a' }, { field: 'a', tagKey: 'b' }, { field: 'ab' }, { field: '1:a' }, { field: 'a-' }]
    .map((context) => contextKey(context))
  t.equal(new Set(keys).size, keys.length, keys.join(' | '))
  t.equal(contextKey({ field: 'Name', tagKey: 'env' }), contextKey({ tagKey: 'env', field: 'Name' }))
  t.equal(contextKey({ field: 'Name' }), '4:Name--', 'the format kept results are keyed by')
})
