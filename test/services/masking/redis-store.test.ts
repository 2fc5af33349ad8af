// Redis-specific behaviour beyond the shared contract: fail closed fast, recover by itself,
// one round trip per resolve, pin leases that lapse, no keys left behind, metrics.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { Registry } from 'prom-client'
import { connectRedisClient, createRedisClient } from '../../../services/masking/redis-client.js'
import { createRedisStore } from '../../../services/masking/redis-store.js'
import { MappingLimitError, StoreUnavailableError, type TokenRequest } from '../../../services/masking/types.js'
import { connectedClient, deletePrefix, makeRedisStoreFixture, uniquePrefix } from '../../redis/redis-fixtures.js'
import { startPrivateRedis } from '../../redis/redis-server.js'

const HOUR_MS = 3_600_000
const ip = (value: string): TokenRequest => ({ label: 'PRIVATE_IP', kind: 'ipv4_private', value })

t.test('fails closed at once while Redis is down, and recovers by itself when it returns', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  const client = createRedisClient(server.url)
  t.teardown(() => client.disconnect())
  t.ok(await connectRedisClient(client))
  const store = createRedisStore({ redis: client, maxMappings: 100 })
  t.same(await store.resolve('conv', [ip('10.0.0.1')], HOUR_MS), ['PRIVATE_IP_1'])

  await server.stop()
  const started = Date.now()
  await t.rejects(store.resolve('conv', [ip('10.0.0.2')], HOUR_MS), StoreUnavailableError)
  await t.rejects(store.load('conv'), StoreUnavailableError)
  await t.rejects(store.acquire('conv'), StoreUnavailableError)
  await t.rejects(store.ping(), StoreUnavailableError)
  t.ok(Date.now() - started < 3000, 'no hanging while Redis is away')
  await store.release('conv') // best effort, never throws

  await server.start() // empty again, script cache included
  let recovered = false
  for (let i = 0; i < 100 && !recovered; i++) { // up to 10 s
    recovered = await store.ping().then(() => true, async () => { await sleep(100); return false })
  }
  t.ok(recovered, 'reconnected without help')
  t.same(await store.resolve('conv', [ip('10.0.0.2')], HOUR_MS), ['PRIVATE_IP_1'], 'scripts reloaded (NOSCRIPT handled)')
})

t.test('a Redis that accepts but never answers fails within the command timeout', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  const client = createRedisClient(server.url, { commandTimeoutMs: 300 })
  t.teardown(() => client.disconnect())
  await connectRedisClient(client)
  const store = createRedisStore({ redis: client, maxMappings: 100 })
  server.pause()
  t.teardown(server.resume)
  const started = Date.now()
  await t.rejects(store.resolve('conv', [ip('10.0.0.1')], HOUR_MS), StoreUnavailableError)
  t.ok(Date.now() - started < 5000, `gave up after ${Date.now() - started} ms`)
})

t.test('one resolve is one round trip, whatever its size', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  const client = await connectedClient(server.url)
  t.teardown(() => client.disconnect())
  const store = createRedisStore({ redis: client, maxMappings: 100_000 })
  await store.resolve('warm', [ip('10.0.0.1')], HOUR_MS) // loads the script once
  // MONITOR shows every command; those a script runs are marked "lua" and do not cross the network.
  const monitor = await client.duplicate({ enableOfflineQueue: true }).monitor()
  t.teardown(() => monitor.disconnect())
  const sent: string[] = []
  monitor.on('monitor', (_time: string, args: string[], source: string) => { if (source !== 'lua') sent.push(String(args[0]).toLowerCase()) })
  const requests = Array.from({ length: 5000 }, (_, i) => ip(`10.1.${Math.floor(i / 256)}.${i % 256}`))
  const tokens = await store.resolve('conv', requests, HOUR_MS)
  await client.ping() // a marker: everything before it has been monitored once it shows up
  for (let i = 0; i < 50 && !sent.includes('ping'); i++) await sleep(100)
  t.equal(tokens.length, 5000)
  t.equal(new Set(tokens).size, 5000)
  t.same(sent, ['evalsha', 'ping'], 'one EVALSHA for 5000 values')
})

t.test('a crashed replica cannot pin a scope for longer than its lease', async (t) => {
  // A lease of 1.5 s: the check that it still pins must run within one lease of the last renewal,
  // which 400 ms did not guarantee on a loaded machine (three round trips to the shared Redis).
  const fixture = await makeRedisStoreFixture({ maxMappings: 2, pinLeaseMs: 1500 })
  t.teardown(fixture.close)
  const crashing = await connectedClient()
  const crashed = createRedisStore({ redis: crashing, keyPrefix: fixture.prefix, maxMappings: 2, pinLeaseMs: 1500 })
  await crashed.acquire('held')
  await crashed.resolve('held', [ip('10.0.0.1'), ip('10.0.0.2')], HOUR_MS)
  crashing.disconnect() // the replica dies: no release, no more renewals
  await t.rejects(fixture.store.resolve('other', [ip('10.9.9.9')], HOUR_MS), MappingLimitError, 'pinned while the lease runs')
  await sleep(2000)
  t.same(await fixture.store.resolve('other', [ip('10.9.9.9')], HOUR_MS), ['PRIVATE_IP_1'], 'evictable once the lease lapsed')
  await crashed.close()
})

t.test('a live holder renews its lease and keeps the scope past its TTL', async (t) => {
  // The scope's keys expire at resolve + TTL until the first renewal (every third of the lease)
  // extends them: with a 300 ms lease and a 200 ms TTL a renewal late by 100 ms (a stalled test
  // process or a busy shared Redis) lost the scope. Lease 1.2 s (renewed every 400 ms), TTL 1 s:
  // 600 ms of slack, and the wait still outlasts two leases and two TTLs.
  const fixture = await makeRedisStoreFixture({ maxMappings: 100, pinLeaseMs: 1200 })
  t.teardown(fixture.close)
  const { store } = fixture
  await store.acquire('long')
  await store.resolve('long', [ip('10.0.0.1')], 1000)
  await sleep(2500) // over two leases and two TTLs
  t.equal((await store.load('long')).size, 1, 'still there while pinned')
  await store.release('long')
  await sleep(1500)
  t.equal((await store.load('long')).size, 0, 'expires after its TTL once released')
})

t.test('expiry and eviction leave no scope keys behind and keep the counts right', async (t) => {
  const registry = new Registry()
  const fixture = await makeRedisStoreFixture({ maxMappings: 3, registry })
  t.teardown(fixture.close)
  const { store, client, prefix } = fixture
  await store.resolve('short', [ip('10.0.0.1')], 200)
  await sleep(400)
  await store.resolve('old', [ip('10.0.0.2')], HOUR_MS) // sweeps 'short' away (ttl)
  await store.resolve('new', [ip('10.0.0.3'), ip('10.0.0.4'), ip('10.0.0.5')], HOUR_MS) // evicts 'old' (lru)
  t.same(await store.stats(), { entries: 3, scopes: 1 })
  const keys = (await client.keys(`${prefix}s:*`)).sort()
  t.same(keys, [`${prefix}s:new:c`, `${prefix}s:new:t`, `${prefix}s:new:v`])
  t.equal(await client.hlen(`${prefix}size`), 1)
  const text = await registry.metrics()
  t.match(text, /aws_masker_store_entries 3\n/)
  t.match(text, /aws_masker_store_scopes 1\n/)
  t.match(text, /aws_masker_store_evictions_total\{reason="lru"\} 1\n/)
  t.match(text, /aws_masker_store_evictions_total\{reason="ttl"\} 1\n/)
})

t.test('two stores under different prefixes never see each other', async (t) => {
  const client = await connectedClient()
  t.teardown(() => client.disconnect())
  const prefixes = [uniquePrefix(), uniquePrefix()]
  t.teardown(async () => { for (const p of prefixes) await deletePrefix(client, p) })
  const a = createRedisStore({ redis: client, keyPrefix: prefixes[0], maxMappings: 1 })
  const b = createRedisStore({ redis: client, keyPrefix: prefixes[1], maxMappings: 1 })
  await a.resolve('conv', [ip('10.0.0.1')], 1000)
  t.same(await b.resolve('conv', [ip('10.0.0.2')], 1000), ['PRIVATE_IP_1'], 'own cap, own scope')
  t.equal((await b.load('conv')).get('PRIVATE_IP_1')?.value, '10.0.0.2')
  await a.delete('conv')
  await b.delete('conv')
  await a.close()
  await b.close()
})

t.test('an idle replica sweeps expired scopes by itself and refreshes its gauges', async (t) => {
  const registry = new Registry()
  const client = await connectedClient()
  const prefix = uniquePrefix()
  const store = createRedisStore({ redis: client, keyPrefix: prefix, maxMappings: 100, registry, sweepIntervalMs: 200 })
  t.teardown(async () => { await store.close(); await deletePrefix(client, prefix); client.disconnect() })
  await store.resolve('brief', [ip('10.0.0.1'), ip('10.0.0.2')], 100)
  t.match(await registry.metrics(), /aws_masker_store_entries 2\n/)
  let text = ''
  for (let i = 0; i < 50 && !/aws_masker_store_entries 0\n/.test(text); i++) { // up to 5 s
    await sleep(100)
    text = await registry.metrics()
  }
  t.match(text, /aws_masker_store_entries 0\n/, 'swept without any call')
  t.match(text, /aws_masker_store_evictions_total\{reason="ttl"\} 1\n/)
  t.equal(await client.zcard(`${prefix}lru`), 0)
})

t.test('an absurd TTL is clamped instead of breaking the script half-way', async (t) => {
  const fixture = await makeRedisStoreFixture({ maxMappings: 10 })
  t.teardown(fixture.close)
  t.same(await fixture.store.resolve('forever', [ip('10.0.0.1')], Number.MAX_SAFE_INTEGER), ['PRIVATE_IP_1'])
  t.same(await fixture.store.resolve('forever', [ip('10.0.0.2')], 1e300), ['PRIVATE_IP_2'])
  t.same(await fixture.store.stats(), { entries: 2, scopes: 1 })
  t.ok(await fixture.client.pttl(`${fixture.prefix}s:forever:v`) > 0, 'keys still expire')
})
