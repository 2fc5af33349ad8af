// Mechanics of scopes and tokens, with a tiny detector defined here (the real one is exercised
// by property.test.ts): what matters is what the scope layer does with the matches.
import t from 'tap'
import { Registry } from 'prom-client'
import { createMasker, createMemoryStore, LeakDetectedError, MappingLimitError, type Detector, type Match } from '../../../services/masking/index.js'

const PATTERNS: Array<[RegExp, string]> = [
  [/(?<![A-Za-z0-9])(?:SUBNET|SECURITY_GROUP|ACCOUNT_ID|S3_BUCKET|TOKEN_LITERAL|SECRET_ACCESS_KEY)_[1-9][0-9]*(?![0-9])/g, 'token_literal'],
  [/\bsg-[0-9a-f]{8}\b/g, 'security_group'],
  [/\bsubnet-[0-9a-f]{8}\b/g, 'subnet'],
  [/(?<![0-9])[0-9]{12}(?![0-9])/g, 'account_id'],
  [/(?<=bucket )[a-z0-9-]{3,}/g, 's3_bucket'],
  [/(?<=secret=)[A-Za-z0-9/+]{10}/g, 'secret_access_key']
]

const tinyDetector: Detector = (text, context) => {
  if (context?.field === 'BucketName' || context?.tagKey === 'Name') return [{ start: 0, end: text.length, kind: 's3_bucket' }]
  const matches: Match[] = []
  for (const [regex, kind] of PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const start = m.index
      if (!matches.some((o) => start < o.end && o.start < start + m[0].length)) matches.push({ start, end: start + m[0].length, kind })
    }
  }
  return matches.sort((a, b) => a.start - b.start)
}

function setup (t: { teardown: (fn: () => unknown) => void }, options: { maxMappings?: number, restoreSecrets?: boolean } = {}) {
  const registry = new Registry()
  const store = createMemoryStore({ maxMappings: options.maxMappings ?? 1000, registry })
  t.teardown(() => store.close())
  const masker = createMasker({ store, detector: tinyDetector, registry, restoreSecrets: options.restoreSecrets })
  return { masker, store, registry }
}

async function metric (registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const values = (await registry.getSingleMetric(name)?.get())?.values ?? []
  return values.filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l)).reduce((sum, v) => sum + v.value, 0)
}

t.test('same value same token, counters per label, one scope', async (t) => {
  const { masker, registry } = setup(t)
  const scope = await masker.openScope()
  const masked = await scope.maskText('sg-0000aaaa and sg-1111bbbb in 123456789012; again sg-0000aaaa')
  t.equal(masked, 'SECURITY_GROUP_1 and SECURITY_GROUP_2 in ACCOUNT_ID_1; again SECURITY_GROUP_1')
  t.same(await scope.maskStrings(['sg-1111bbbb', 'subnet-0000cccc', '210987654321']), ['SECURITY_GROUP_2', 'SUBNET_1', 'ACCOUNT_ID_2'])
  t.equal(scope.unmaskText(`${masked}.`), 'sg-0000aaaa and sg-1111bbbb in 123456789012; again sg-0000aaaa.')
  t.same(scope.summary(), { total: 5, byKind: { security_group: 2, account_id: 2, subnet: 1 } })
  t.equal(await metric(registry, 'aws_masker_masked_entities_total', { kind: 'security_group' }), 4)
  t.ok((await registry.getSingleMetricAsString('aws_masker_mask_duration_seconds')).includes('aws_masker_mask_duration_seconds_count 2'))
  await scope.release()
})

t.test('one store round trip per batch', async (t) => {
  const { store } = setup(t)
  let calls = 0
  const counting = { ...store, resolve: async (...args: Parameters<typeof store.resolve>) => { calls++; return await store.resolve(...args) } }
  const masker = createMasker({ store: counting, detector: tinyDetector })
  const scope = await masker.openScope()
  await scope.maskStrings(['sg-0000aaaa', 'sg-1111bbbb 123456789012', 'nothing', 'sg-0000aaaa'])
  await scope.maskJson({ a: ['sg-2222cccc', 'subnet-0000cccc'], b: { c: 'sg-0000aaaa' } })
  await scope.maskText('sg-0000aaaa only known values')
  t.equal(calls, 2, 'one resolve per batch, none when nothing is new')
  await scope.release()
})

t.test('scopes are isolated: B never restores A\'s tokens', async (t) => {
  const { masker, registry } = setup(t)
  const a = await masker.openScope()
  const b = await masker.openScope()
  t.equal(await a.maskText('sg-0000aaaa sg-1111bbbb'), 'SECURITY_GROUP_1 SECURITY_GROUP_2')
  t.equal(await b.maskText('sg-9999ffff'), 'SECURITY_GROUP_1')
  t.equal(b.unmaskText('SECURITY_GROUP_1 SECURITY_GROUP_2'), 'sg-9999ffff SECURITY_GROUP_2')
  t.equal(await metric(registry, 'aws_masker_unresolved_tokens_total'), 1)
  await a.release()
  await b.release()
})

t.test('a literal token in the input round-trips unchanged', async (t) => {
  const { masker } = setup(t)
  const scope = await masker.openScope()
  const text = 'my notes call it SUBNET_1, the real one is subnet-0000cccc'
  const masked = await scope.maskText(text)
  t.equal(masked, 'my notes call it TOKEN_LITERAL_1, the real one is SUBNET_1')
  t.equal(scope.unmaskText(masked), text)
  t.equal(scope.unmaskText('SUBNET_1 vs TOKEN_LITERAL_1'), 'subnet-0000cccc vs SUBNET_1')
  await scope.release()
})

t.test('prefix tokens: X_1 is never restored inside X_10', async (t) => {
  const { masker } = setup(t)
  const scope = await masker.openScope()
  const ids = Array.from({ length: 11 }, (_, i) => `sg-${(0xa0000000 + i).toString(16)}`)
  const masked = await scope.maskText(ids.join(' '))
  t.equal(masked.split(' ')[9], 'SECURITY_GROUP_10')
  t.equal(scope.unmaskText('SECURITY_GROUP_10,SECURITY_GROUP_1,SECURITY_GROUP_11'), `${ids[9]},${ids[0]},${ids[10]}`)
  await scope.release()
})

t.test('named scopes keep tokens across turns and mask known values without context', async (t) => {
  const { masker, store } = setup(t)
  const turn1 = await masker.openScope({ id: 'conversation-1' })
  t.equal(await turn1.maskText('the bucket acme-payroll and sg-0000aaaa'), 'the bucket S3_BUCKET_1 and SECURITY_GROUP_1')
  const answer = turn1.unmaskText('Check S3_BUCKET_1 first.')
  await turn1.release()
  t.equal((await store.stats()).scopes, 1, 'a named scope outlives the request')

  const turn2 = await masker.openScope({ id: 'conversation-1' })
  t.equal(turn2.unmaskText('S3_BUCKET_1'), 'acme-payroll', 'earlier tokens restore in a later turn')
  const history = await turn2.maskStrings(['the bucket acme-payroll and sg-0000aaaa', answer, 'acme-payroll-old acme-payroll_x xacme-payroll, sg-2222cccc'])
  t.same(history, ['the bucket S3_BUCKET_1 and SECURITY_GROUP_1', 'Check S3_BUCKET_1 first.',
    'acme-payroll-old acme-payroll_x xacme-payroll, SECURITY_GROUP_2'], 'the resent answer masks byte-identically')
  await turn2.release()

  const other = await masker.openScope({ id: 'conversation-2' })
  t.equal(other.unmaskText('S3_BUCKET_1'), 'S3_BUCKET_1')
  await other.release()
})

t.test('per-request scopes are deleted on release; release is idempotent', async (t) => {
  const { masker, store } = setup(t)
  const scope = await masker.openScope()
  await scope.maskText('sg-0000aaaa')
  t.same(await store.stats(), { entries: 1, scopes: 1 })
  await scope.release()
  await scope.release()
  t.same(await store.stats(), { entries: 0, scopes: 0 })
})

t.test('maskJson: field context, tag Name, keys, numbers, no mutation, __proto__ safe', async (t) => {
  const { masker } = setup(t)
  const scope = await masker.openScope()
  const input = JSON.parse(`{
    "Buckets": [{ "BucketName": "payroll", "Owner": 123456789012 }],
    "Tags": [{ "Key": "Name", "Value": "web-prod" }, { "Key": "Env", "Value": "prod" }],
    "ByGroup": { "sg-0000aaaa": { "Port": 443 } },
    "__proto__": { "polluted": "sg-1111bbbb" },
    "Small": 42, "Flag": true, "Nothing": null
  }`)
  const before = JSON.stringify(input)
  const masked = await scope.maskJson(input) as Record<string, any>
  t.equal(JSON.stringify(input), before, 'input untouched')
  t.same(JSON.parse(JSON.stringify(masked)), {
    Buckets: [{ BucketName: 'S3_BUCKET_1', Owner: 'ACCOUNT_ID_1' }],
    Tags: [{ Key: 'Name', Value: 'S3_BUCKET_2' }, { Key: 'Env', Value: 'prod' }],
    ByGroup: { SECURITY_GROUP_1: { Port: 443 } },
    ['__proto__']: { polluted: 'SECURITY_GROUP_2' },
    Small: 42, Flag: true, Nothing: null
  })
  t.equal(Object.getPrototypeOf(masked), Object.prototype)
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution')
  const restored = scope.unmaskJson(masked) as Record<string, any>
  t.same(restored.ByGroup, { 'sg-0000aaaa': { Port: 443 } })
  t.equal(restored.Buckets[0].Owner, 123456789012, 'a masked number comes back as the number it was')
  t.equal(restored.Tags[0].Value, 'web-prod')
  await scope.release()
})

t.test('assertClean fails closed and counts, ignoring own tokens', async (t) => {
  const { masker, registry } = setup(t)
  const scope = await masker.openScope()
  const masked = await scope.maskText('sg-0000aaaa in the bucket acme-data')
  await t.resolves(scope.assertClean(masked))
  await t.rejects(scope.assertClean(`${masked} and 123456789012`), LeakDetectedError)
  try { await scope.assertClean('account 123456789012') } catch (err) {
    t.same((err as LeakDetectedError).kinds, ['account_id'])
    t.notMatch((err as Error).message, /123456789012/, 'the message never holds the value')
  }
  t.equal(await metric(registry, 'aws_masker_leaks_blocked_total'), 2)
  await scope.release()
})

t.test('secrets stay one-way when restoreSecrets is false', async (t) => {
  const { masker } = setup(t, { restoreSecrets: false })
  const scope = await masker.openScope()
  const masked = await scope.maskText('secret=AbCdEfGh12 sg-0000aaaa')
  t.equal(masked, 'secret=SECRET_ACCESS_KEY_1 SECURITY_GROUP_1')
  t.equal(scope.unmaskText(masked), 'secret=SECRET_ACCESS_KEY_1 sg-0000aaaa')
  await scope.release()
})

t.test('over the cap: MappingLimitError, metric, nothing partial', async (t) => {
  const { masker, store, registry } = setup(t, { maxMappings: 3 })
  const scope = await masker.openScope()
  await t.rejects(scope.maskText('sg-0000aaaa sg-1111bbbb sg-2222cccc sg-3333dddd'), MappingLimitError)
  t.equal(await metric(registry, 'aws_masker_mapping_limit_total'), 1)
  t.same(await store.stats(), { entries: 0, scopes: 1 }, 'nothing allocated: only the open scope, empty')
  t.equal(await scope.maskText('sg-0000aaaa'), 'SECURITY_GROUP_1', 'the scope still works for a smaller request')
  await scope.release()
  t.same(await store.stats(), { entries: 0, scopes: 0 }, 'a per-request scope is gone once released')
})

t.test('the stream unmasker of a scope restores split tokens', async (t) => {
  const { masker } = setup(t)
  const scope = await masker.openScope()
  await scope.maskText('sg-0000aaaa')
  const stream = scope.streamUnmasker()
  t.equal(stream.push('see SECURITY_GR') + stream.push('OUP_1') + stream.push(' now') + stream.end(), 'see sg-0000aaaa now')
  const json = scope.streamUnmasker({ jsonEscape: true })
  t.equal(json.push('{"id":"SECURITY_GROUP_') + json.push('1"}') + json.end(), '{"id":"sg-0000aaaa"}')
  await scope.release()
})

t.test('concurrent batches on one scope agree on tokens and never emit a placeholder', async (t) => {
  const { masker } = setup(t)
  const scope = await masker.openScope()
  const texts = ['sg-0000aaaa sg-1111bbbb', 'sg-1111bbbb 123456789012', 'sg-0000aaaa 123456789012 sg-2222cccc']
  const results = await Promise.all(texts.map(async (text) => await scope.maskText(text)))
  for (const [i, masked] of results.entries()) {
    t.notOk(masked.includes('\u0000'), 'no placeholder')
    t.notMatch(masked, /sg-|\d{12}/)
    t.equal(scope.unmaskText(masked), texts[i])
  }
  t.equal(results[0].split(' ')[1], results[1].split(' ')[0], 'same value, same token across concurrent batches')
  await scope.release()
})

t.test('a multi-MB batch of many strings lets the event loop turn while it is masked', async (t) => {
  const { masker } = setup(t, { maxMappings: 100_000 })
  const scope = await masker.openScope()
  const block = (i: number): string => `sg-${(0x10000000 + i).toString(16)} ` + 'x'.repeat(100_000)
  const texts = Array.from({ length: 40 }, (_, i) => block(i)) // 4 MB in 40 strings
  let turns = 0
  const ticker = setInterval(() => {}, 0) // keeps the loop alive; immediates below count the turns
  const count = (): void => { turns++; if (!done) setImmediate(count) }
  let done = false
  setImmediate(count)
  const masked = await scope.maskStrings(texts)
  done = true
  clearInterval(ticker)
  t.ok(turns >= 2, `the loop turned ${turns} times during the batch`)
  t.equal(masked[39].slice(0, 18), 'SECURITY_GROUP_40 ', 'and the batch is masked as one')
  t.same(await scope.maskStrings([block(0)]), [masked[0]], 'same tokens as without yielding')
  await scope.release()
})

t.test('a small batch is masked within one turn of the event loop', async (t) => {
  const { masker } = setup(t)
  const scope = await masker.openScope()
  let turned = false
  setImmediate(() => { turned = true })
  await scope.maskStrings(['sg-0000aaaa and sg-1111bbbb', 'subnet-2222cccc'])
  t.equal(turned, false, 'no yield for a few KB')
  await scope.release()
})

t.test('a conversation that masked nothing leaves no scope behind', async (t) => {
  const { masker, store } = setup(t)
  const scope = await masker.openScope({ id: 'chat-without-ids' })
  t.equal(await scope.maskText('nothing to hide here'), 'nothing to hide here')
  await scope.release()
  t.same(await store.stats(), { entries: 0, scopes: 0 }, 'the empty scope is dropped on release')
  const used = await masker.openScope({ id: 'chat-with-ids' })
  await used.maskText('sg-0000aaaa')
  await used.release()
  t.same(await store.stats(), { entries: 1, scopes: 1 }, 'a scope holding tokens stays for its TTL')
})

t.test('tens of thousands of new values get their tokens in slices, the event loop turning between them', async (t) => {
  const store = createMemoryStore({ maxMappings: 100_000 })
  t.teardown(() => store.close())
  const scope = await createMasker({ store }).openScope()
  const ips = Array.from({ length: 20_000 }, (_, i) => `10.1.${Math.floor(i / 200)}.${(i % 200) + 1}`)
  let turns = 0
  let running = true
  const turn = (): void => { turns++; if (running) setImmediate(turn) }
  setImmediate(turn)
  const masked = await scope.maskText(ips.join(' '))
  running = false
  const tokens = masked.split(' ')
  t.equal(new Set(tokens).size, ips.length, 'every value its own token')
  t.ok(tokens.every((token) => /^IPV4_PRIVATE_\d+$/.test(token)), 'all masked')
  t.equal(scope.unmaskText(masked), ips.join(' '), 'and back')
  t.ok(turns >= 2, `the loop turned ${turns} times while ${ips.length} values were allocated`)
  await scope.release()
})
