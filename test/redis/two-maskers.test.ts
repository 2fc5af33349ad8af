// Two maskers (two "replicas", each with its own Redis client) on one Redis: a conversation
// masked by A is restored by B, both agree on tokens under concurrency, and a Redis outage
// fails closed (no clear text out, no tokens left in) and heals by itself.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { createMasker, type Masker } from '../../services/masking/index.js'
import { connectRedisClient, createRedisClient } from '../../services/masking/redis-client.js'
import { createRedisStore } from '../../services/masking/redis-store.js'
import { createMemoryStore } from '../../services/masking/memory-store.js'
import { StoreUnavailableError, type Detector } from '../../services/masking/types.js'
import { detect } from '../../services/masking/detector.js'
import { connectedClient, deletePrefix, uniquePrefix } from './redis-fixtures.js'
import { startPrivateRedis } from './redis-server.js'

const TEXT = 'Instance i-0abc123def4567890 in account 123456789012 uses sg-0123456789abcdef0 at 10.0.1.25'
const ORIGINALS = ['i-0abc123def4567890', '123456789012', 'sg-0123456789abcdef0', '10.0.1.25']

async function replicas (t: { teardown: (fn: () => unknown) => void }, url?: string, detector?: Detector): Promise<{ a: Masker, b: Masker, prefix: string }> {
  const prefix = uniquePrefix()
  const maskers: Masker[] = []
  for (let i = 0; i < 2; i++) {
    const client = url === undefined ? await connectedClient() : createRedisClient(url)
    if (url !== undefined) await connectRedisClient(client)
    const store = createRedisStore({ redis: client, keyPrefix: prefix, maxMappings: 10_000 })
    t.teardown(async () => {
      await store.close()
      if (i === 0) await deletePrefix(client, prefix).catch(() => {})
      client.disconnect()
    })
    maskers.push(createMasker({ store, ephemeralStore: createMemoryStore({ maxMappings: 10_000 }), scopeTtlMs: 60_000, detector }))
  }
  return { a: maskers[0], b: maskers[1], prefix }
}

t.test('a conversation masked through A is restored through B', async (t) => {
  const { a, b } = await replicas(t)
  const onA = await a.openScope({ id: 'conv-1' })
  const masked = await onA.maskText(TEXT)
  await onA.release()
  for (const original of ORIGINALS) t.notOk(masked.includes(original), 'masked before leaving A')

  const onB = await b.openScope({ id: 'conv-1' })
  t.equal(onB.unmaskText(`Claude says: ${masked}`), `Claude says: ${TEXT}`)
  t.equal(await onB.maskText(TEXT), masked, 'the next turn on B gets the same tokens')
  const more = await onB.maskText('and vpc-0a1b2c3d4e5f67890 too')
  await onB.release()

  const again = await a.openScope({ id: 'conv-1' })
  t.equal(again.unmaskText(more), 'and vpc-0a1b2c3d4e5f67890 too', 'A restores what B added')
  await again.release()
  const other = await b.openScope({ id: 'conv-2' })
  t.equal(other.unmaskText(masked), masked, 'another conversation restores nothing of conv-1')
  await other.release()
})

t.test('a resent turn on a replica is not read by the detector again, and still masks what the other replica learnt', async (t) => {
  const read: string[] = []
  const { a, b } = await replicas(t, undefined, (text, context) => { read.push(text); return detect(text, context) })
  // the name reads as prose here; only a field names it (on B)
  const history = `${TEXT}. Please check acme-ledger-blue-7 before the release; the team owns it and its runbook. `.repeat(3)
  const turn = async (masker: Masker, texts: string[]): Promise<string[]> => {
    const scope = await masker.openScope({ id: 'resent' })
    try {
      const masked = await scope.maskStrings(texts)
      for (const text of masked) await scope.assertClean(text)
      return masked
    } finally { await scope.release() }
  }
  const [first] = await turn(a, [history])
  t.ok(first.includes('acme-ledger-blue-7'), 'prose alone does not reveal the name')
  const [again] = await turn(a, [history])
  t.equal(again, first, 'the resent turn masks alike')
  t.equal(read.filter((text) => text === history).length, 1, 'the history was read by the detector once')
  t.equal(read.filter((text) => text === first).length, 1, 'its masked form was checked by reading it once')
  await turn(b, ['{"BucketName": "acme-ledger-blue-7"}'])
  const [later] = await turn(a, [history])
  t.notOk(later.includes('acme-ledger-blue-7'), 'the name B learnt is masked in the resent text on A')
  t.equal(read.filter((text) => text === history).length, 1, 'still without reading the history again')
  const scope = await b.openScope({ id: 'resent' })
  t.equal(scope.unmaskText(later), history, 'and it restores')
  await scope.release()
})

t.test('concurrent turns on both replicas agree on every token', async (t) => {
  const { a, b } = await replicas(t)
  const texts = Array.from({ length: 12 }, (_, i) => `${TEXT} and 10.0.2.${i % 4} on node ${i}`)
  const maskedTexts = await Promise.all(texts.map(async (text, i) => {
    const scope = await (i % 2 === 0 ? a : b).openScope({ id: 'busy' })
    try { return await scope.maskText(text) } finally { await scope.release() }
  }))
  const check = await a.openScope({ id: 'busy' })
  maskedTexts.forEach((masked, i) => t.equal(check.unmaskText(masked), texts[i]))
  t.equal(new Set(maskedTexts.map((m) => m.split(' and ')[0])).size, 1, 'same tokens for the shared part')
  await check.release()
})

t.test('Redis stopped mid-run: fail closed, then resume by itself', async (t) => {
  const server = await startPrivateRedis()
  t.teardown(server.stop)
  const { a, b } = await replicas(t, server.url)
  const first = await a.openScope({ id: 'conv' })
  const masked = await first.maskText(TEXT)

  await server.stop()
  await t.rejects(b.openScope({ id: 'conv' }), StoreUnavailableError, 'B cannot load the conversation')
  // A scope already open must not send clear text either: masking new values needs the store.
  await t.rejects(first.maskText('new host 10.9.8.7'), StoreUnavailableError)
  await first.release() // best effort while Redis is away

  const perRequest = await b.openScope() // per-request scopes live in memory: still served
  t.notOk((await perRequest.maskText(TEXT)).includes('123456789012'))
  await perRequest.release()

  await server.start() // a fresh, empty Redis: the old conversation is gone
  let scope
  for (let i = 0; i < 100 && scope === undefined; i++) { // up to 10 s
    scope = await b.openScope({ id: 'conv' }).catch(async () => { await sleep(100); return undefined })
  }
  t.ok(scope, 'B serves again without a restart')
  if (scope === undefined) return
  t.equal(scope.unmaskText(masked), masked, 'tokens of the lost conversation are not invented')
  const fresh = await scope.maskText(TEXT)
  t.equal(scope.unmaskText(fresh), TEXT)
  await scope.release()
})
