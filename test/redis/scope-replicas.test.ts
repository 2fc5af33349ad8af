// A replica's copies of Redis conversations: a request fetches only the tokens its copy lacks,
// a copy is never carried over to a scope begun again (new generation), copies are bounded, and
// a conversation's resent turn reuses its masked texts with Redis as it does in memory.
import t from 'tap'
import { Registry } from 'prom-client'
import { createMasker } from '../../services/masking/index.js'
import { createMemoryStore } from '../../services/masking/memory-store.js'
import { createRedisStore } from '../../services/masking/redis-store.js'
import { ScopeReplica, ScopeReplicas } from '../../services/masking/redis-replicas.js'
import { StoreUnavailableError, type LiveScopeIndex, type MappingStore, type MappingValue, type TokenRequest } from '../../services/masking/types.js'
import { connectedClient, deletePrefix, uniquePrefix } from './redis-fixtures.js'
import { startPrivateRedis } from './redis-server.js'

const HOUR_MS = 3_600_000
const ip = (value: string): TokenRequest => ({ label: 'PRIVATE_IP', kind: 'ipv4_private', value })
const vpc = (value: string): TokenRequest => ({ label: 'VPC', kind: 'vpc', value })

async function twoStores (t: { teardown: (fn: () => unknown) => void }, replicaEntries?: number): Promise<{ a: MappingStore, b: MappingStore, prefix: string, redis: Awaited<ReturnType<typeof connectedClient>> }> {
  const prefix = uniquePrefix()
  const stores: MappingStore[] = []
  let first: Awaited<ReturnType<typeof connectedClient>> | undefined
  for (let i = 0; i < 2; i++) {
    const client = await connectedClient()
    first ??= client
    const store = createRedisStore({ redis: client, keyPrefix: prefix, maxMappings: 10_000, replicaEntries })
    stores.push(store)
    t.teardown(async () => {
      await store.close()
      if (i === 0) await deletePrefix(client, prefix).catch(() => {})
      client.disconnect()
    })
  }
  return { a: stores[0], b: stores[1], prefix, redis: first as Awaited<ReturnType<typeof connectedClient>> }
}

type Synced = LiveScopeIndex | Map<string, MappingValue>
const sync = async (store: MappingStore, scope: string): Promise<Synced> => await (store.sync as (id: string) => Promise<Synced>)(scope)
/** A kept copy (a live index), failing the test when the store served a plain map. */
const copyOf = async (store: MappingStore, scope: string): Promise<LiveScopeIndex> => {
  const synced = await sync(store, scope)
  if (synced instanceof Map) throw new Error('a plain map where a copy was expected')
  return synced
}
const tokensOf = (index: Synced): Record<string, string> =>
  Object.fromEntries([...(index instanceof Map ? index : index.byToken)].map(([token, { value }]) => [token, value]))

t.test('a copy is brought up to date with what another replica added, and keeps its identity', async (t) => {
  const { a, b } = await twoStores(t)
  const empty = await copyOf(a, 'conv')
  t.same(tokensOf(empty), {}, 'no such scope yet')
  // the request that begins the scope learns its own tokens into the copy it holds
  t.same(await a.resolve('conv', [ip('10.0.0.1'), vpc('vpc-0a1b2c3d')], HOUR_MS), ['PRIVATE_IP_1', 'VPC_1'])
  empty.learn?.('10.0.0.1', 'PRIVATE_IP_1', 'ipv4_private')
  empty.learn?.('vpc-0a1b2c3d', 'VPC_1', 'vpc')
  const second = await sync(a, 'conv')
  t.equal(second, empty, 'the copy made before the scope had a generation is adopted by its first resolve')
  t.same(await b.resolve('conv', [ip('10.0.0.2'), ip('10.0.0.1')], HOUR_MS), ['PRIVATE_IP_2', 'PRIVATE_IP_1'])
  const third = await copyOf(a, 'conv')
  t.equal(third, empty, 'same copy (its results stay usable)')
  t.same(tokensOf(third), { PRIVATE_IP_1: '10.0.0.1', VPC_1: 'vpc-0a1b2c3d', PRIVATE_IP_2: '10.0.0.2' })
  t.equal(third.byValue.get('10.0.0.2'), 'PRIVATE_IP_2')
  t.ok(third.known.size >= 3, 'known values indexed for the spread search')
})

t.test('a sync fetches only the tokens the copy lacks', async (t) => {
  const { a, b, prefix, redis } = await twoStores(t)
  await a.resolve('conv', [ip('10.0.0.1')], HOUR_MS)
  const copy = await copyOf(a, 'conv') // a copy made from the scope as it is (generation set)
  t.same(tokensOf(copy), { PRIVATE_IP_1: '10.0.0.1' })
  // rewrite a held token behind the store's back: a whole load would read the new text, a sync must not ask for it
  await redis.hset(`${prefix}s:conv:t`, 'PRIVATE_IP_1', 'ipv4_private|10.9.9.9')
  await b.resolve('conv', [ip('10.0.0.2')], HOUR_MS)
  const after = await sync(a, 'conv')
  t.equal(after, copy)
  t.same(tokensOf(after), { PRIVATE_IP_1: '10.0.0.1', PRIVATE_IP_2: '10.0.0.2' }, 'only PRIVATE_IP_2 was fetched')
  t.equal((await b.load('conv')).get('PRIVATE_IP_1')?.value, '10.9.9.9', 'control: a whole load reads the rewritten token')
})

t.test('a scope begun again after a drop is never served from the old copy', async (t) => {
  const { a, b } = await twoStores(t)
  await a.resolve('conv', [ip('10.0.0.1'), ip('10.0.0.2')], HOUR_MS)
  const old = await copyOf(a, 'conv')
  t.same(tokensOf(old), { PRIVATE_IP_1: '10.0.0.1', PRIVATE_IP_2: '10.0.0.2' })
  await b.delete('conv') // dropped by another replica (as eviction or expiry would)
  t.same(await b.resolve('conv', [ip('10.7.7.7')], HOUR_MS), ['PRIVATE_IP_1'], 'begun again: counters restart')
  const fresh = await copyOf(a, 'conv')
  t.not(fresh, old, 'a new copy')
  t.not(fresh.uid, old.uid, 'under a new uid: results kept for the old scope are never used')
  t.same(tokensOf(fresh), { PRIVATE_IP_1: '10.7.7.7' }, 'none of the old tokens')
  t.equal(fresh.byValue.get('10.0.0.2'), undefined)
})

t.test('a Redis restarted empty (its sequences too) never lets an old copy stand for a new scope', async (t) => {
  const { a, b, prefix, redis } = await twoStores(t)
  await a.resolve('conv', [ip('10.0.0.1')], HOUR_MS)
  const old = await copyOf(a, 'conv')
  await deletePrefix(redis, prefix) // as a restart without persistence: every key, the generation sequence included
  t.same(await b.resolve('conv', [ip('10.6.6.6')], HOUR_MS), ['PRIVATE_IP_1'])
  const fresh = await copyOf(a, 'conv')
  t.not(fresh, old)
  t.same(tokensOf(fresh), { PRIVATE_IP_1: '10.6.6.6' })
})

t.test('a copy told by Redis that a held token is another value is never kept', async (t) => {
  const copies = new ScopeReplicas(1000)
  const copy = new ScopeReplica('1.2.3')
  copy.learn('10.0.0.1', 'PRIVATE_IP_1', 'ipv4_private')
  copies.keep('conv', copy)
  t.equal(copies.get('conv'), copy)
  copy.learn('10.6.6.6', 'PRIVATE_IP_1', 'ipv4_private')
  t.equal(copy.byValue.get('10.6.6.6'), 'PRIVATE_IP_1', 'the request in flight masks with Redis\' token')
  t.equal(copy.byToken.get('PRIVATE_IP_1')?.value, '10.6.6.6', 'and restores it as Redis says')
  t.equal(copies.get('conv'), undefined, 'the copy is dropped')
  copies.keep('conv', copy)
  t.equal(copies.get('conv'), undefined, 'and never kept again')
})

t.test('a scope without a generation (begun by an older replica) is copied whole each time', async (t) => {
  const { a, prefix, redis } = await twoStores(t)
  await a.resolve('conv', [ip('10.0.0.1')], HOUR_MS)
  await redis.hdel(`${prefix}s:conv:c`, '#gen')
  const one = await sync(a, 'conv')
  const two = await sync(a, 'conv')
  t.not(two, one, 'no copy is trusted without a generation')
  t.same(tokensOf(two), { PRIVATE_IP_1: '10.0.0.1' }, 'and each is whole')
})

t.test('copies are bounded by entries, least recently used dropped first', async (t) => {
  const { a, b } = await twoStores(t, 8 + 3)
  await b.resolve('one', [ip('10.0.0.1'), ip('10.0.0.2')], HOUR_MS)
  await b.resolve('two', [ip('10.0.0.3'), ip('10.0.0.4')], HOUR_MS)
  await b.resolve('big', [ip('10.0.1.1'), ip('10.0.1.2'), ip('10.0.1.3'), ip('10.0.1.4')], HOUR_MS)
  const one = await copyOf(a, 'one')
  t.equal(await sync(a, 'one'), one, 'kept while within the bound')
  const two = await copyOf(a, 'two') // two copies of 2 tokens weigh 20 > 11: 'one' goes
  t.equal(await sync(a, 'two'), two)
  const oneAgain = await copyOf(a, 'one')
  t.not(oneAgain, one, 'the least recently used copy was dropped')
  const big = await sync(a, 'big')
  t.ok(big instanceof Map, 'a scope larger than the bound is served as a plain map (no live index, no results kept)')
  t.same(Object.keys(tokensOf(big)).length, 4, 'whole')
  t.equal(await copyOf(a, 'one'), oneAgain, 'and evicts no copy')
  const none = await twoStores(t, 0)
  await none.b.resolve('x', [ip('10.0.0.9')], HOUR_MS)
  const x = await sync(none.a, 'x')
  t.ok(x instanceof Map, 'MASK_REDIS_REPLICA_ENTRIES=0 keeps no copy: a plain map each time')
  t.same(tokensOf(x), { PRIVATE_IP_1: '10.0.0.9' })
})

t.test('copies of conversations that never held a token count against the bound too', async (t) => {
  const copies = new ScopeReplicas(800)
  for (let i = 0; i < 1000; i++) copies.keep(`session-${i}`, new ScopeReplica('0')) // a new session id per request
  t.ok(copies.stats().scopes <= 100, `${copies.stats().scopes} empty copies kept under a bound of 800 entries`)
  t.ok(copies.stats().scopes > 0)
  t.ok(copies.get('session-999') !== undefined && copies.get('session-0') === undefined, 'the oldest went')
})

t.test('a sync while Redis is down fails closed', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  const client = await connectedClient(server.url)
  t.teardown(() => client.disconnect())
  const store = createRedisStore({ redis: client, maxMappings: 100 })
  t.teardown(async () => await store.close())
  await store.resolve('conv', [ip('10.0.0.1')], HOUR_MS)
  await sync(store, 'conv')
  await server.stop()
  await t.rejects(sync(store, 'conv'), StoreUnavailableError, 'no stale copy served when Redis cannot say what changed')
})

t.test('with Redis, a resent conversation turn reuses its masked texts (as in memory)', async (t) => {
  const prefix = uniquePrefix()
  const client = await connectedClient()
  const registry = new Registry()
  const store = createRedisStore({ redis: client, keyPrefix: prefix, maxMappings: 10_000, registry })
  t.teardown(async () => { await store.close(); await deletePrefix(client, prefix).catch(() => {}); client.disconnect() })
  const masker = createMasker({ store, ephemeralStore: createMemoryStore({ maxMappings: 10_000 }), registry })
  const history = 'Instance i-0abc123def4567890 in account 123456789012 behind sg-0123456789abcdef0 at 10.0.1.25; '.repeat(20)
  const turn = async (): Promise<string> => {
    const scope = await masker.openScope({ id: 'resent' })
    try { return await scope.maskText(history) } finally { await scope.release() }
  }
  const first = await turn() // begins the scope: its copy adopts the generation
  const hits = async (): Promise<number> => (await registry.getSingleMetric('aws_masker_result_cache_lookups_total')?.get())?.values
    .find((v) => v.labels.for === 'text' && v.labels.result === 'hit')?.value ?? 0
  t.equal(await hits(), 0)
  t.equal(await turn(), first)
  t.equal(await hits(), 1, 'the second turn found the first turn\'s masked text')
  const text = await registry.metrics()
  t.match(text, /aws_masker_store_copy_syncs_total\{result="copied"\} 1\n/, 'the first turn made a copy')
  t.match(text, /aws_masker_store_copy_syncs_total\{result="updated"\} 1\n/, 'the second brought it up to date')
  t.match(text, /aws_masker_store_copy_entries (1[2-9]|[2-9]\d)\n/, 'the copy\'s entries (4 tokens and its weight)')
  for (const original of ['i-0abc123def4567890', '123456789012', 'sg-0123456789abcdef0', '10.0.1.25']) t.notOk(first.includes(original), 'masked')
})
