// The MappingStore contract (services/masking/types.ts), run against every store implementation.
// Timing tests use real time with wide margins (TTL 2.4 s, checks 1.4 s apart: a stall of up to
// 1 s between a refresh and the next check is tolerated) so a busy machine cannot make them flaky.
import { setTimeout as sleep } from 'node:timers/promises'
import type { Test } from 'tap'
import { MappingLimitError, type MappingStore, type TokenRequest } from '../../../services/masking/types.js'

export interface StoreFixture {
  store: MappingStore
  /** Another instance on the same backend (e.g. a second Redis client); in-process stores return `store`. */
  sibling (): Promise<MappingStore>
  /** Closes every instance and removes what the fixture wrote. */
  close (): Promise<void>
}

export type MakeStore = (options: { maxMappings: number }) => Promise<StoreFixture>

const HOUR_MS = 3_600_000
const sg = (value: string): TokenRequest => ({ label: 'SECURITY_GROUP', kind: 'security_group', value })
const account = (value: string): TokenRequest => ({ label: 'ACCOUNT_ID', kind: 'account_id', value })
const values = (prefix: string, n: number): TokenRequest[] => Array.from({ length: n }, (_, i) => sg(`${prefix}-${i}`))

export function runStoreContract (t: Test, name: string, makeStore: MakeStore): void {
  async function withStore (maxMappings: number, body: (f: StoreFixture) => Promise<void>): Promise<void> {
    const fixture = await makeStore({ maxMappings })
    try { await body(fixture) } finally { await fixture.close() }
  }

  t.test(`${name}: a value keeps its token; counters run per label`, async (t) => {
    await withStore(100, async ({ store }) => {
      t.same(await store.resolve('s', [sg('sg-a'), account('123456789012'), sg('sg-b'), sg('sg-a')], HOUR_MS),
        ['SECURITY_GROUP_1', 'ACCOUNT_ID_1', 'SECURITY_GROUP_2', 'SECURITY_GROUP_1'])
      t.same(await store.resolve('s', [sg('sg-c'), sg('sg-b')], HOUR_MS), ['SECURITY_GROUP_3', 'SECURITY_GROUP_2'])
      // The key is the value alone: another kind asking again gets the first token.
      t.same(await store.resolve('s', [{ label: 'OTHER', kind: 'other', value: 'sg-a' }], HOUR_MS), ['SECURITY_GROUP_1'])
      t.same(await store.stats(), { entries: 4, scopes: 1 })
    })
  })

  t.test(`${name}: load returns every token with kind and value, and nothing of other scopes`, async (t) => {
    await withStore(100, async ({ store }) => {
      await store.resolve('a', [sg('sg-a|with|bars'), account('111111111111')], HOUR_MS)
      await store.resolve('b', [sg('sg-b')], HOUR_MS)
      t.same([...(await store.load('a')).entries()].sort(), [
        ['ACCOUNT_ID_1', { kind: 'account_id', value: '111111111111' }],
        ['SECURITY_GROUP_1', { kind: 'security_group', value: 'sg-a|with|bars' }]
      ])
      t.same([...(await store.load('b')).entries()], [['SECURITY_GROUP_1', { kind: 'security_group', value: 'sg-b' }]])
      t.equal((await store.load('unknown')).size, 0)
      t.same(await store.stats(), { entries: 3, scopes: 2 })
    })
  })

  t.test(`${name}: delete removes a scope and its entries; a new scope counts from 1 again`, async (t) => {
    await withStore(100, async ({ store }) => {
      await store.resolve('a', values('x', 3), HOUR_MS)
      await store.resolve('b', values('y', 2), HOUR_MS)
      await store.delete('a')
      await store.delete('never-existed')
      t.equal((await store.load('a')).size, 0)
      t.same(await store.stats(), { entries: 2, scopes: 1 })
      t.same(await store.resolve('a', [sg('x-2')], HOUR_MS), ['SECURITY_GROUP_1'])
    })
  })

  t.test(`${name}: an idle scope expires after its TTL; use refreshes it`, async (t) => {
    await withStore(100, async ({ store }) => {
      await store.resolve('kept', [sg('sg-k')], 2400)
      await store.resolve('idle', [sg('sg-i')], 2400)
      await sleep(1400)
      t.equal((await store.load('kept')).size, 1, 'load refreshes the TTL')
      await sleep(1400)
      t.equal((await store.load('idle')).size, 0, 'idle past its TTL')
      t.equal((await store.load('kept')).size, 1, 'refreshed 1.4 s ago, TTL 2.4 s')
      t.same(await store.resolve('idle', [sg('sg-new')], HOUR_MS), ['SECURITY_GROUP_1'], 'an expired scope starts afresh')
      await sleep(2700)
      t.equal((await store.load('kept')).size, 0)
      t.same(await store.stats(), { entries: 1, scopes: 1 }, 'expired entries leave the count')
    })
  })

  t.test(`${name}: at the cap the least recently used idle scope is evicted`, async (t) => {
    await withStore(4, async ({ store }) => {
      await store.resolve('a', values('a', 2), HOUR_MS)
      await store.resolve('b', values('b', 2), HOUR_MS)
      await store.load('a') // b is now the least recently used
      t.same(await store.resolve('c', values('c', 1), HOUR_MS), ['SECURITY_GROUP_1'])
      t.equal((await store.load('b')).size, 0, 'b evicted')
      t.equal((await store.load('a')).size, 2, 'a kept')
      t.same(await store.stats(), { entries: 3, scopes: 2 })
    })
  })

  t.test(`${name}: over the cap -> MappingLimitError, nothing allocated or evicted`, async (t) => {
    await withStore(4, async ({ store }) => {
      await t.rejects(store.resolve('big', values('v', 5), HOUR_MS), MappingLimitError)
      t.equal((await store.load('big')).size, 0)
      t.same(await store.stats(), { entries: 0, scopes: 0 })
      await store.resolve('a', values('a', 2), HOUR_MS)
      await store.acquire('a')
      await store.resolve('b', values('b', 2), HOUR_MS)
      // Only b (2 entries) may go, 3 are needed: refuse without evicting b.
      await t.rejects(store.resolve('c', values('c', 3), HOUR_MS), MappingLimitError)
      t.equal((await store.load('b')).size, 2, 'b not evicted by a refused request')
      t.equal((await store.load('c')).size, 0, 'nothing partial')
      t.same(await store.resolve('c', values('c', 2), HOUR_MS), ['SECURITY_GROUP_1', 'SECURITY_GROUP_2'], 'b can make room for 2')
      t.equal((await store.load('a')).size, 2, 'pinned a never evicted')
      await store.release('a')
    })
  })

  t.test(`${name}: pins are counted and a released scope becomes evictable`, async (t) => {
    await withStore(2, async ({ store }) => {
      await store.acquire('a')
      await store.acquire('a')
      await store.resolve('a', values('a', 2), HOUR_MS)
      await store.release('a')
      await t.rejects(store.resolve('b', values('b', 1), HOUR_MS), MappingLimitError, 'still pinned once')
      await store.release('a')
      t.same(await store.resolve('b', values('b', 1), HOUR_MS), ['SECURITY_GROUP_1'])
      t.equal((await store.load('a')).size, 0, 'a evicted once idle')
      await store.release('a') // one release too many is harmless
    })
  })

  t.test(`${name}: concurrent resolves from two instances agree on one token per value`, async (t) => {
    await withStore(10_000, async ({ store, sibling }) => {
      const other = await sibling()
      const shared = values('shared', 20)
      const calls = Array.from({ length: 20 }, async (_, i) => {
        const mine = [...shared].reverse().concat(sg(`own-${i}`))
        return await (i % 2 === 0 ? store : other).resolve('conv', i % 3 === 0 ? mine : [...mine].reverse(), HOUR_MS)
      })
      const results = await Promise.all(calls)
      // Every call must agree: one token per value, one value per token.
      const tokenOf = new Map<string, string>()
      const conflicts: string[] = []
      results.forEach((tokens, i) => {
        const asked = [...shared].reverse().concat(sg(`own-${i}`))
        const ordered = i % 3 === 0 ? asked : [...asked].reverse()
        ordered.forEach(({ value }, j) => {
          if ((tokenOf.get(value) ?? tokens[j]) !== tokens[j]) conflicts.push(value)
          tokenOf.set(value, tokens[j])
        })
      })
      t.same(conflicts, [], 'no value got two tokens')
      t.equal(new Set(tokenOf.values()).size, 40, 'no token names two values')
      t.equal(tokenOf.size, 40)
      t.equal((await other.load('conv')).size, 40, 'the other instance sees every token')
      t.same(await store.stats(), { entries: 40, scopes: 1 })
    })
  })
}
