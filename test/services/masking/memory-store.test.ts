import t from 'tap'
import { Registry } from 'prom-client'
import { createMemoryStore } from '../../../services/masking/memory-store.js'
import { MappingLimitError, type TokenRequest } from '../../../services/masking/types.js'

const HOUR = 3_600_000

function requests (prefix: string, count: number, label = 'S3_BUCKET'): TokenRequest[] {
  return Array.from({ length: count }, (_, i) => ({ label, kind: label.toLowerCase(), value: `${prefix}-${i}` }))
}

async function metricValue (registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = await registry.getSingleMetric(name)?.get()
  const found = metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))
  return found?.value ?? 0
}

t.test('allocates LABEL_n per label, same value keeps its token', async (t) => {
  const store = createMemoryStore({ maxMappings: 100 })
  t.teardown(() => store.close())
  const first = await store.resolve('s', [
    { label: 'VPC', kind: 'vpc', value: 'vpc-1234abcd' },
    { label: 'SUBNET', kind: 'subnet', value: 'subnet-1234abcd' },
    { label: 'VPC', kind: 'vpc', value: 'vpc-ffff0000' },
    { label: 'VPC', kind: 'vpc', value: 'vpc-1234abcd' }
  ], HOUR)
  t.same(first, ['VPC_1', 'SUBNET_1', 'VPC_2', 'VPC_1'])
  const again = await store.resolve('s', [{ label: 'ARN', kind: 'arn', value: 'vpc-ffff0000' }], HOUR)
  t.same(again, ['VPC_2'], 'the key is the value alone')
  const loaded = await store.load('s')
  t.same(loaded.get('VPC_2'), { kind: 'vpc', value: 'vpc-ffff0000' })
  t.same(await store.stats(), { entries: 3, scopes: 1 })
  t.same(await store.load('unknown'), new Map())
})

t.test('scopes are isolated', async (t) => {
  const store = createMemoryStore({ maxMappings: 100 })
  t.teardown(() => store.close())
  t.same(await store.resolve('a', requests('a', 2), HOUR), ['S3_BUCKET_1', 'S3_BUCKET_2'])
  t.same(await store.resolve('b', requests('b', 1), HOUR), ['S3_BUCKET_1'])
  t.equal((await store.load('b')).get('S3_BUCKET_1')?.value, 'b-0')
  t.equal((await store.load('b')).has('S3_BUCKET_2'), false)
})

t.test('the cap holds under many scopes, evicting least recently used idle scopes', async (t) => {
  const registry = new Registry()
  const store = createMemoryStore({ maxMappings: 50, registry })
  t.teardown(() => store.close())
  for (let i = 0; i < 40; i++) {
    await store.resolve(`scope-${i}`, requests(`v${i}`, 7), HOUR)
    const { entries } = await store.stats()
    t.ok(entries <= 50, `entries ${entries} <= cap after scope ${i}`)
  }
  const stats = await store.stats()
  t.equal(stats.entries, 49, '7 scopes of 7 fit')
  t.equal(stats.scopes, 7)
  t.same(await store.load('scope-0'), new Map(), 'oldest scope was evicted')
  t.equal((await store.load('scope-39')).size, 7, 'newest scope kept')
  t.equal(await metricValue(registry, 'aws_masker_store_evictions_total', { reason: 'lru' }), 33)
  t.equal(await metricValue(registry, 'aws_masker_store_entries'), 49)
  t.equal(await metricValue(registry, 'aws_masker_store_scopes'), 7)
})

t.test('recent use protects a scope from LRU eviction', async (t) => {
  const store = createMemoryStore({ maxMappings: 10 })
  t.teardown(() => store.close())
  await store.resolve('old', requests('o', 5), HOUR)
  await store.resolve('mid', requests('m', 5), HOUR)
  await store.load('old') // now 'mid' is the least recently used
  await store.resolve('new', requests('n', 5), HOUR)
  t.equal((await store.load('old')).size, 5)
  t.equal((await store.load('mid')).size, 0)
})

t.test('a pinned scope is never evicted; over-cap request fails with nothing partial', async (t) => {
  const registry = new Registry()
  const store = createMemoryStore({ maxMappings: 10, registry })
  t.teardown(() => store.close())
  await store.acquire('busy')
  await store.resolve('busy', requests('busy', 8), HOUR)
  await store.acquire('other')
  await t.rejects(store.resolve('other', requests('x', 3), HOUR), MappingLimitError)
  t.same(await store.stats(), { entries: 8, scopes: 1 }, 'no partial allocation, no empty scope created')
  t.equal((await store.load('busy')).size, 8, 'pinned scope intact')
  t.equal(await metricValue(registry, 'aws_masker_store_evictions_total', { reason: 'lru' }), 0)
  t.same(await store.resolve('other', requests('x', 2), HOUR), ['S3_BUCKET_1', 'S3_BUCKET_2'], 'what fits is allocated')
  await t.rejects(store.resolve('busy', [...requests('busy', 8), ...requests('more', 1)], HOUR), MappingLimitError)
  t.equal((await store.load('busy')).size, 8, 'a failing request adds nothing even to an existing scope')
  await store.release('busy')
  await store.release('other')
  t.same(await store.resolve('third', requests('t', 8), HOUR), requests('t', 8).map((_, i) => `S3_BUCKET_${i + 1}`))
  t.equal((await store.load('busy')).size, 0, 'released scope became evictable')
  t.equal((await store.load('other')).size, 2, 'only as much was evicted as needed')
})

t.test('a single request larger than the cap fails without evicting anything', async (t) => {
  const store = createMemoryStore({ maxMappings: 5 })
  t.teardown(() => store.close())
  await store.resolve('idle', requests('i', 3), HOUR)
  await t.rejects(store.resolve('huge', requests('h', 6), HOUR), { code: 'MASK_MAPPING_LIMIT' })
  t.equal((await store.load('idle')).size, 3)
})

t.test('pins are counted (re-entrant)', async (t) => {
  const store = createMemoryStore({ maxMappings: 4 })
  t.teardown(() => store.close())
  await store.acquire('a')
  await store.acquire('a')
  await store.resolve('a', requests('a', 4), HOUR)
  await store.release('a')
  await t.rejects(store.resolve('b', requests('b', 1), HOUR), MappingLimitError, 'still pinned once')
  await store.release('a')
  t.same(await store.resolve('b', requests('b', 1), HOUR), ['S3_BUCKET_1'])
})

t.test('idle scopes expire after their TTL, lazily and by the sweep', async (t) => {
  let clock = 1_000
  const registry = new Registry()
  const store = createMemoryStore({ maxMappings: 100, registry, now: () => clock, sweepIntervalMs: 5 })
  t.teardown(() => store.close())
  await store.resolve('short', requests('s', 2), 1_000)
  await store.resolve('long', requests('l', 2), 10_000)
  await store.acquire('pinned')
  await store.resolve('pinned', requests('p', 2), 1_000)
  clock += 999
  t.equal((await store.load('short')).size, 2, 'not yet expired; load refreshes it')
  clock += 1_000
  t.same(await store.load('short'), new Map(), 'expired on access')
  t.equal((await store.load('pinned')).size, 2, 'a pinned scope does not expire')
  await store.resolve('gone', requests('g', 1), 1_000)
  clock += 5_000
  for (let i = 0; i < 200 && (await store.stats()).scopes > 2; i++) await new Promise((resolve) => setTimeout(resolve, 10))
  t.same(await store.stats(), { entries: 4, scopes: 2 }, 'sweep removed the expired idle scope')
  t.equal(await metricValue(registry, 'aws_masker_store_evictions_total', { reason: 'ttl' }), 2)
  const tokens = await store.resolve('short', requests('s', 1), 1_000)
  t.same(tokens, ['S3_BUCKET_1'], 'an expired scope starts over')
})

t.test('delete frees entries; close clears', async (t) => {
  const store = createMemoryStore({ maxMappings: 10 })
  await store.resolve('a', requests('a', 3), HOUR)
  await store.delete('a')
  await store.delete('a')
  t.same(await store.stats(), { entries: 0, scopes: 0 })
  await store.ping()
  await store.resolve('b', requests('b', 3), HOUR)
  await store.close()
  t.same(await store.stats(), { entries: 0, scopes: 0 })
})
