// Results reused for a resent conversation turn must be exactly what masking afresh gives: the
// same masker with and without the cache, fed the same turns, must agree on every output, the
// summary and the counts; names learnt on a later turn must still be masked in an earlier text.
import t from 'tap'
import fc from 'fast-check'
import { Registry } from 'prom-client'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { createResultCache, fingerprint, MIN_CACHED_TEXT, type KnownValuesVersion } from '../../../services/masking/result-cache.js'
import { detect } from '../../../services/masking/detector.js'
import { nameRunHashes } from '../../../services/masking/known-values.js'
import { LeakDetectedError, type DetectContext, type Detector, type MappingStore } from '../../../services/masking/types.js'

const pad = (text: string): string => text.padEnd(MIN_CACHED_TEXT + 20, ' .')

// Names only a context reveals: in plain prose they pass, once a field names them they are
// known and masked everywhere after (the case a reused result must not miss).
const NAMES = ['acme-billing-prod-7', 'orders-api-blue-2', 'ledger-db-eu-west-3']
const FRAGMENTS = [
  ...NAMES.map((name) => `please check ${name} before the release `),
  ...NAMES.map((name) => `"BucketName": "${name}", `),
  ...NAMES.map((name) => `DBInstanceIdentifier: ${name}\n`),
  'instance i-0abc1234def567890 in subnet-0123abcd4567ef890 ',
  'role arn:aws:iam::123456789012:role/deploy-bot assumed by 210987654321 ',
  'key AKIAIOSFODNN7EXAMPLE from 10.20.30.40 ',
  'nothing to see here, just words and numbers 42 ',
  'S3_BUCKET_1 and EC2_INSTANCE_2 look like tokens '
]
const text = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 3, maxLength: 12 }).map((parts) => pad(parts.join('')))

interface Pair {
  cached: ReturnType<typeof createMasker>
  plain: ReturnType<typeof createMasker>
  stores: MappingStore[]
  cachedRegistry: Registry
  plainRegistry: Registry
  scans: { cached: number, plain: number }
}

function maskers (maxMappings = 1_000_000): Pair {
  const stores = [createMemoryStore({ maxMappings }), createMemoryStore({ maxMappings })]
  const cachedRegistry = new Registry()
  const plainRegistry = new Registry()
  const scans = { cached: 0, plain: 0 }
  const counting = (which: 'cached' | 'plain'): Detector => (text, context) => { scans[which]++; return detect(text, context) }
  return {
    cached: createMasker({ store: stores[0], registry: cachedRegistry, detector: counting('cached') }),
    plain: createMasker({ store: stores[1], registry: plainRegistry, detector: counting('plain'), resultCacheBytes: 0 }),
    stores,
    cachedRegistry,
    plainRegistry,
    scans
  }
}

async function maskedCounts (registry: Registry): Promise<unknown> {
  const metric = await registry.getSingleMetric('aws_masker_masked_entities_total')?.get()
  return Object.fromEntries((metric?.values ?? []).map((v) => [v.labels.kind, v.value]))
}

/** One turn in both maskers: the whole conversation so far, as a client resends it. */
async function turn (pair: Pair, conversation: string | undefined, texts: string[], asJson = false): Promise<[string[], string[]]> {
  const results: string[][] = []
  for (const masker of [pair.cached, pair.plain]) {
    const scope = await masker.openScope({ id: conversation })
    try {
      // as message texts, or as JSON values under field names (tool inputs go this way)
      const masked = asJson
        ? [JSON.stringify(await scope.maskJson({ Description: texts[texts.length - 1], items: texts.map((text) => ({ Value: text })) }))]
        : await scope.maskStrings(texts)
      await scope.assertClean(masked.join('\n'))
      const { total, byKind } = scope.summary()
      results.push([...masked, JSON.stringify({ total, byKind: Object.fromEntries(Object.entries(byKind).sort()) })])
    } finally { await scope.release() }
  }
  return [results[0], results[1]]
}

t.test('a conversation masked with reused results equals one masked afresh, turn by turn', async (t) => {
  let counted = 0
  const scans = { cached: 0, plain: 0 }
  await fc.assert(fc.asyncProperty(fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 6 }), async (turns) => {
    const pair = maskers()
    try {
      const history: string[] = []
      for (const added of turns) {
        history.push(...added)
        for (const asJson of [false, true]) {
          const [cached, plain] = await turn(pair, asJson ? 'json' : 'text', history, asJson)
          const at = cached.findIndex((item, i) => item !== plain[i])
          if (at >= 0) throw new Error(`text ${at} differs:\n${cached[at]}\n---\n${plain[at]}`)
        }
      }
      scans.cached += pair.scans.cached
      scans.plain += pair.scans.plain
      const counts = await maskedCounts(pair.cachedRegistry)
      if (Object.keys(counts as object).length > 0) counted++
      if (JSON.stringify(counts) !== JSON.stringify(await maskedCounts(pair.plainRegistry))) throw new Error('counts differ')
      return true
    } finally { for (const store of pair.stores) await store.close() }
  }), { numRuns: 150 })
  t.ok(counted > 75, `identifiers were masked in ${counted} of 150 conversations`)
  t.ok(scans.cached < scans.plain * 0.7, `results were reused: ${scans.cached} scans against ${scans.plain}`)
})

t.test('texts shared by conversations and single requests mask as afresh (detected matches reused across scopes)', async (t) => {
  const scans = { cached: 0, plain: 0 }
  const who = fc.constantFrom('a', 'b', 'c', undefined) // undefined: a scope of one request
  await fc.assert(fc.asyncProperty(fc.array(fc.tuple(who, fc.array(text, { minLength: 1, maxLength: 3 })), { minLength: 2, maxLength: 8 }), async (turns) => {
    const pair = maskers()
    try {
      const histories = new Map<string | undefined, string[]>()
      for (const [conversation, added] of turns) {
        const history = conversation === undefined ? [...added] : [...(histories.get(conversation) ?? []), ...added]
        if (conversation !== undefined) histories.set(conversation, history)
        for (const asJson of [false, true]) {
          const [cached, plain] = await turn(pair, conversation === undefined ? undefined : `${conversation}-${asJson}`, history, asJson)
          const at = cached.findIndex((item, i) => item !== plain[i])
          if (at >= 0) throw new Error(`text ${at} differs:\n${cached[at]}\n---\n${plain[at]}`)
        }
      }
      scans.cached += pair.scans.cached
      scans.plain += pair.scans.plain
      return true
    } finally { for (const store of pair.stores) await store.close() }
  }), { numRuns: 100 })
  t.ok(scans.cached < scans.plain, `${scans.cached} scans against ${scans.plain}`)
})

t.test('a text read in one conversation is not read again in another, nor in a single request', async (t) => {
  const store = createMemoryStore({ maxMappings: 1000 })
  t.teardown(() => store.close())
  const read: string[] = []
  const masker = createMasker({ store, detector: (text, context) => { read.push(text); return detect(text, context) } })
  const prompt = pad('You are an assistant for the platform team. Instance i-0abc1234def567890 hosts the build cache ')
  const outputs: string[] = []
  for (const id of ['a', 'b', undefined, 'c']) {
    const scope = await masker.openScope({ id })
    const [masked] = await scope.maskStrings([prompt])
    await scope.assertClean(masked)
    outputs.push(masked)
    await scope.release()
  }
  t.same(outputs, Array(4).fill(prompt.replace('i-0abc1234def567890', 'EC2_INSTANCE_1')), 'each scope masks it alike')
  t.equal(read.filter((text) => text === prompt).length, 1, 'the prompt was read by the detector once')
  t.equal(read.filter((text) => text === outputs[0]).length, 1, 'and so was its masked form, by the leak check')
  const scope = await masker.openScope({ id: 'd' })
  await scope.maskText(prompt, { field: 'Description' })
  await scope.release()
  t.equal(read.filter((text) => text === prompt).length, 2, 'read in another context, it is read again')
})

t.test('a name learnt on a later turn is masked in a text reused from an earlier one', async (t) => {
  const pair = maskers()
  t.teardown(async () => { for (const store of pair.stores) await store.close() })
  const first = pad('please check acme-billing-prod-7 before the release, on i-0abc1234def567890 ')
  const [turn1] = await turn(pair, 'c', [first])
  t.ok(turn1[0].includes('acme-billing-prod-7'), 'prose alone does not reveal the name')
  const [turn2, plain2] = await turn(pair, 'c', [first, pad('"BucketName": "acme-billing-prod-7"')])
  t.notOk(turn2[0].includes('acme-billing-prod-7'), 'the earlier text is masked again, not reused')
  t.same(turn2, plain2)
})

t.test('results are reused: a resent text is not scanned again', async (t) => {
  const store = createMemoryStore({ maxMappings: 1000 })
  t.teardown(() => store.close())
  let scans = 0
  const registry = new Registry()
  const masker = createMasker({ store, registry, detector: (text) => { scans++; return text.includes('i-0abc1234def567890') ? [{ start: text.indexOf('i-0abc'), end: text.indexOf('i-0abc') + 19, kind: 'ec2_instance' }] : [] } })
  const long = pad('instance i-0abc1234def567890 stopped')
  for (let i = 0; i < 3; i++) {
    const scope = await masker.openScope({ id: 'c' })
    t.same(await scope.maskStrings([long]), [long.replace('i-0abc1234def567890', 'EC2_INSTANCE_1')])
    t.same(scope.summary(), { total: 1, byKind: { ec2_instance: 1 } }, 'the summary counts a reused token')
    await scope.release()
  }
  t.equal(scans, 1, 'masked once, reused twice')
  const metrics = await registry.metrics()
  t.match(metrics, /^aws_masker_result_cache_lookups_total\{for="text",result="hit"\} 2$/m, 'hits counted')
  t.match(metrics, /^aws_masker_result_cache_lookups_total\{for="text",result="miss"\} 1$/m, 'the first turn is a miss')
  t.match(metrics, /^aws_masker_result_cache_bytes [1-9]\d*$/m, 'the bytes held are published')
  const perRequest = await masker.openScope()
  await perRequest.maskStrings([long])
  await perRequest.maskStrings([long])
  await perRequest.release()
  t.equal(scans, 1, 'a per-request scope reads the matches the detector gave before')
  t.match(await registry.metrics(), /^aws_masker_result_cache_lookups_total\{for="text",result="miss"\} 1$/m, 'it keeps no result of its own: no text lookup')
})

t.test('a scope evicted and begun again under the same id never gets the old results', async (t) => {
  const pair = maskers(20) // a tiny cap: other conversations push 'c' out
  t.teardown(async () => { for (const store of pair.stores) await store.close() })
  const a = pad('instance i-0abc1234def567890 in subnet-0123abcd4567ef890 key AKIAIOSFODNN7EXAMPLE')
  const b = pad('role arn:aws:iam::123456789012:role/deploy-bot from 10.20.30.40')
  t.same(...await turn(pair, 'c', [b, a]))
  for (let i = 0; i < 6; i++) await turn(pair, `other-${i}`, [pad(`instance i-0${'abcdef0123456789'.slice(i)}${'0'.repeat(i)} from 10.0.0.${i + 1} and 10.1.1.${i + 1}`)])
  const [cached, plain] = await turn(pair, 'c', [a]) // 'c' was evicted: a comes first now
  t.same(cached, plain)
  t.match(cached[0], /EC2_INSTANCE_1/, 'tokens of the new scope, not of the evicted one')
})

t.test('a verified payload is not verified again; a leaking one is never remembered', async (t) => {
  const store = createMemoryStore({ maxMappings: 1000 })
  t.teardown(() => store.close())
  let scans = 0
  const registry = new Registry()
  const masker = createMasker({ store, registry, detector: (text) => { scans++; const at = text.indexOf('i-0abc1234def567890'); return at < 0 ? [] : [{ start: at, end: at + 19, kind: 'ec2_instance' }] } })
  const scope = await masker.openScope({ id: 'v' })
  t.teardown(() => scope.release())
  const clean = JSON.stringify(pad('nothing here')) // a JSON document of one string: one text to scan
  await scope.assertCleanJson(clean)
  await scope.assertCleanJson(clean)
  t.equal(scans, 1, 'the same text in the same scope: checked once')
  const leaking = JSON.stringify(pad('instance i-0abc1234def567890'))
  await t.rejects(scope.assertCleanJson(leaking), LeakDetectedError)
  await t.rejects(scope.assertCleanJson(leaking), LeakDetectedError, 'still refused the second time (from the matches remembered)')
  t.equal(scans, 2, 'the leaking text was read by the detector once')
  const other = await masker.openScope({ id: 'w' })
  await other.assertCleanJson(clean)
  await t.rejects(other.assertCleanJson(leaking), LeakDetectedError, 'refused in another conversation too')
  await other.release()
  t.equal(scans, 2, 'another conversation checks a leaking payload for itself, with the matches the detector gave')
  const metrics = await registry.metrics()
  // a payload the detector found nothing in is clean in every conversation: found, not checked again
  t.match(metrics, /^aws_masker_result_cache_lookups_total\{for="payload",result="hit"\} 2$/m)
  t.match(metrics, /^aws_masker_result_cache_lookups_total\{for="payload",result="miss"\} 4$/m)
  t.match(metrics, /^aws_masker_result_cache_lookups_total\{for="detection",result="miss"\} 2$/m)
  t.match(metrics, /^aws_masker_result_cache_lookups_total\{for="detection",result="hit"\} 2$/m)
})

t.test('the cache stays within its budget, least recently used out first', async (t) => {
  const cache = createResultCache(10_000)
  const known = { size: 0, addedSinceIn: () => false }
  const texts = Array.from({ length: 20 }, (_, i) => pad(`text ${i} `).repeat(2))
  for (const item of texts) cache.rememberMasked(1, item, undefined, 0, { masked: item.toUpperCase(), tokens: [], kinds: new Map() })
  t.ok(cache.stats().bytes <= 10_000, `${cache.stats().bytes} bytes`)
  const masked = (uid: number, text: string, context: DetectContext | undefined, knownValues: KnownValuesVersion) => {
    const kept = cache.peek(uid, text, context)
    return kept === undefined ? undefined : cache.masked(kept, text, knownValues)
  }
  t.equal(masked(1, texts[0], undefined, known), undefined, 'the oldest went first')
  t.equal(masked(1, texts[19], undefined, known)?.masked, texts[19].toUpperCase())
  t.equal(masked(2, texts[19], undefined, known), undefined, 'another index never reads it')
  t.equal(masked(1, texts[19], { field: 'BucketName' }, known), undefined, 'nor another context')
  const learnt = { size: 1, addedSinceIn: (_: number, text: string) => text.includes('19') }
  t.equal(masked(1, texts[19], undefined, learnt), undefined, 'a value learnt since that occurs in the text: masked afresh')
  const unrelated = { size: 1, addedSinceIn: () => false }
  t.equal(masked(1, texts[18], undefined, unrelated)?.masked, texts[18].toUpperCase(), 'a value learnt since that does not occur: reused')
  const huge = 'x'.repeat(20_000)
  cache.rememberMasked(1, huge, undefined, 0, { masked: huge, tokens: [], kinds: new Map() })
  t.equal(masked(1, huge, undefined, known), undefined, 'a result over the whole budget is not kept')
  t.ok(cache.stats().bytes <= 10_000)
})

t.test('one text in many conversations: each result is evicted on its own, oldest first', async (t) => {
  const text = pad('the same long system prompt ').repeat(4)
  const probe = createResultCache(1e9) // what the text costs once, and each result of it
  probe.rememberMasked(1, text, undefined, 0, { masked: text.toUpperCase(), tokens: [], kinds: new Map() })
  const once = probe.stats().bytes
  probe.rememberMasked(2, text, undefined, 0, { masked: text.toUpperCase(), tokens: [], kinds: new Map() })
  const result = probe.stats().bytes - once
  const budget = once + 2 * result + 100 // the text once, and about three results
  const cache = createResultCache(budget)
  const known = { size: 0, addedSinceIn: () => false }
  for (let uid = 1; uid <= 5; uid++) cache.rememberMasked(uid, text, undefined, 0, { masked: text.toUpperCase(), tokens: [], kinds: new Map() })
  t.ok(cache.stats().bytes <= budget, `${cache.stats().bytes} <= ${budget}`)
  t.equal(cache.stats().entries, 3, 'three results fit')
  const newest = cache.peek(5, text, undefined)
  t.equal(newest === undefined ? undefined : cache.masked(newest, text, known)?.masked, text.toUpperCase(), 'the newest result stays')
  t.equal(cache.peek(1, text, undefined), undefined, 'the oldest went')
  cache.rememberVerified(5, text)
  t.ok(cache.verified(5, text), 'a verification of the same text joins its results')
  t.ok(cache.stats().bytes <= budget)
  const kept = cache.peek(5, text, undefined)
  t.ok(kept !== undefined && cache.masked(kept, text, known) !== undefined)
})

/** A turn with the texts checked as one part each (as the /v1 proxy checks messages). */
async function turnOf (pair: Pair, texts: string[]): Promise<[string[], string[]]> {
  const results: string[][] = []
  for (const masker of [pair.cached, pair.plain]) {
    const scope = await masker.openScope({ id: 'many' })
    try {
      const masked = await scope.maskStrings(texts)
      for (const part of masked) await scope.assertCleanJson(JSON.stringify(part))
      results.push(masked)
    } finally { await scope.release() }
  }
  return [results[0], results[1]]
}

t.test('a turn that adds hundreds of identifiers still reuses every earlier text', async (t) => {
  const pair = maskers()
  t.teardown(async () => { for (const store of pair.stores) await store.close() })
  const block = (turn: number): string => Array.from({ length: 160 }, (_, i) => {
    const n = turn * 1000 + i
    return `i-0${n.toString(16).padStart(16, '0')} at 10.${turn}.${i >> 4}.${(i % 16) + 1}; `
  }).join('')
  const history: string[] = []
  for (let turn = 1; turn <= 4; turn++) {
    history.push(block(turn))
    const before = pair.scans.cached
    const [c, p] = await turnOf(pair, history)
    t.same(c, p, `turn ${turn}: as masked afresh`)
    if (turn > 1) t.equal(pair.scans.cached - before, 2, `turn ${turn}: only the new text is scanned (masked, then checked)`)
  }
})

t.test('texts sharing a fingerprint never read each other\'s results, and the bytes stay counted', async (t) => {
  const cache = createResultCache(10_000_000)
  // a long text is read at some of its chars: find one it does not read, and vary only that char
  const base = 'a'.repeat(6400)
  const at = (p: number, c: string): string => base.slice(0, p) + c + base.slice(p + 1)
  let unread = 64
  while (fingerprint(at(unread, 'b')) !== fingerprint(at(unread, 'c'))) unread++
  t.ok(unread < 6400 - 64, `char ${unread} is not read`)
  const variant = (i: number): string => at(unread, String.fromCharCode(98 + i))
  t.equal(fingerprint(variant(0)), fingerprint(variant(1)), 'the texts collide, as built')
  t.not(fingerprint(base), fingerprint(base + 'a'), 'the length is in the fingerprint')
  t.not(fingerprint(at(10, 'b')), fingerprint(base), 'the first chars are read')
  t.not(fingerprint(at(6390, 'b')), fingerprint(base), 'the last chars are read')
  const short = 'a'.repeat(512)
  t.ok([...Array(512).keys()].every((p) => fingerprint(short.slice(0, p) + 'b' + short.slice(p + 1)) !== fingerprint(short)), 'a text of 512 chars is read whole')
  const texts = Array.from({ length: 12 }, (_, i) => variant(i))
  for (const [i, item] of texts.entries()) cache.rememberMasked(1, item, undefined, 0, { masked: `masked ${i}`, tokens: [], kinds: new Map() })
  for (const [i, item] of texts.entries()) {
    const kept = cache.peek(1, item, undefined)
    if (i < 4) t.equal(kept, undefined, `text ${i}: pushed out by the ninth text with its fingerprint`)
    else t.equal(kept === undefined ? undefined : cache.masked(kept, item, { size: 0, addedSinceIn: () => false })?.masked, `masked ${i}`, `text ${i}: its own result`)
  }
  t.notOk(cache.verified(1, texts[5]), 'a masked result is not a verification')
  cache.rememberVerified(1, texts[5])
  t.ok(cache.verified(1, texts[5]))
  t.notOk(cache.verified(1, texts[6]), 'a verification belongs to its text only')
  t.equal(cache.stats().entries, 9, 'eight masked results and one verification')
  // eight texts once each (2 bytes a char, and an entry), the masked strings ('masked 4' ..
  // 'masked 11'), nine result slots: the same as a cache given only the survivors
  const survivors = createResultCache(10_000_000)
  for (const [i, item] of texts.entries()) if (i >= 4) survivors.rememberMasked(1, item, undefined, 0, { masked: `masked ${i}`, tokens: [], kinds: new Map() })
  survivors.rememberVerified(1, texts[5])
  t.equal(cache.stats().bytes, survivors.stats().bytes, 'the texts pushed out no longer count')
  t.ok(survivors.stats().bytes > 8 * 2 * 6400, 'each text counts (2 bytes a char)')
})

t.test('a text\'s JSON-quoted form is kept once, counted, and dropped with the rest', async (t) => {
  const cache = createResultCache(100_000)
  const text = pad('line "one"\n\tEC2_INSTANCE_1 \u2028 ').repeat(4)
  t.equal(cache.quoted(text), JSON.stringify(text))
  const bytes = cache.stats().bytes
  t.ok(bytes >= 2 * (text.length + JSON.stringify(text).length), `text and quoted form counted (${bytes} bytes)`)
  t.equal(cache.quoted(text), JSON.stringify(text), 'kept')
  t.equal(cache.stats().bytes, bytes, 'not counted twice')
  t.equal(cache.peek(1, text, undefined), undefined, 'a quoted form is no masked result')
  t.notOk(cache.verified(1, text), 'nor a verification')
  for (let i = 0; i < 100; i++) cache.quoted(pad(`other ${i} `).repeat(4))
  t.ok(cache.stats().bytes <= 100_000, 'within the budget')
  t.equal(cache.quoted(text), JSON.stringify(text), 'evicted, then quoted afresh')
})

t.test('a conversation\'s long masked texts are quoted from the cache on its next turn; single requests keep none', async (t) => {
  const store = createMemoryStore({ maxMappings: 10_000 })
  t.teardown(() => store.close())
  const registry = new Registry()
  const masker = createMasker({ store, resultCacheBytes: 1_000_000, registry })
  const text = pad('instance i-0abc1234def567890 in "10.1.2.3"\n').repeat(4)
  const conversation = await masker.openScope({ id: 'conv-quoted' })
  t.teardown(() => conversation.release())
  // the cache's bytes, as the gauge has them once the scope set it (each masking does)
  const cache = async (): Promise<number> => {
    await conversation.maskStrings(['x']) // sets the gauge; too short to be kept itself
    return (await registry.getSingleMetric('aws_masker_result_cache_bytes')?.get())?.values[0]?.value as number
  }
  const [masked] = await conversation.maskStrings([text])
  const before = await cache()
  t.equal(conversation.quoteJson(masked), JSON.stringify(masked))
  const after = await cache()
  t.ok(after > before, 'the quoted form is kept')
  t.equal(conversation.quoteJson(masked), JSON.stringify(masked))
  t.equal(await cache(), after, 'and read back, not kept again')
  const single = await masker.openScope()
  t.teardown(() => single.release())
  t.equal(single.quoteJson(masked + ' '), JSON.stringify(masked + ' '))
  t.equal(await cache(), after, 'a single request keeps nothing')
})

t.test('a kept text asked about values learnt since is indexed once by its run hashes, counted in the budget', async (t) => {
  const cache = createResultCache(1_000_000)
  const text = pad('instance i-0abc1234def567890 in subnet-0abc1234 and orders-api ').repeat(3)
  cache.rememberMasked(1, text, undefined, 0, { masked: 'M', tokens: [], kinds: new Map() })
  const before = cache.stats().bytes
  const runs: Int32Array[] = []
  const asked = (found: boolean): KnownValuesVersion => ({ size: 1, addedSinceIn: (_count, _text, r) => { if (r !== undefined) runs.push(r); return found } })
  const kept = () => cache.peek(1, text, undefined) as NonNullable<ReturnType<typeof cache.peek>>
  t.equal(cache.masked(kept(), text, asked(false))?.masked, 'M', 'nothing learnt occurs: reused')
  const grown = cache.stats().bytes
  t.ok(grown >= before + 4 * runs[0].length, `the run hashes are counted (${before} -> ${grown} bytes)`)
  t.ok(runs[0].length > 5, 'one hash per distinct run')
  t.equal(cache.masked(kept(), text, { size: 2, addedSinceIn: (_count, _text, r) => { runs.push(r as Int32Array); return true } }), undefined, 'a value learnt since occurs: masked afresh')
  t.equal(runs[1], runs[0], 'the same index, not made again')
  t.equal(cache.stats().bytes, grown, 'nor counted again')
  for (let i = 0; i < 4000; i++) cache.rememberVerified(1, pad(`filler ${i} `))
  t.equal(cache.peek(1, text, undefined), undefined, 'evicted')
  t.ok(cache.stats().bytes <= 1_000_000, 'within the budget')
})

t.test('run hashes are kept for a text the cache holds, made once and counted; none for a text it does not hold', async (t) => {
  const cache = createResultCache(1_000_000)
  const text = pad('acme orders-api i-0abc1234def567890 ')
  t.equal(cache.runs(text), undefined, 'an unknown text')
  cache.rememberDetected(text, undefined, [])
  const before = cache.stats().bytes
  const runs = cache.runs(text)
  t.same(runs, nameRunHashes(text))
  t.ok(cache.stats().bytes >= before + (runs?.byteLength ?? 0), 'counted')
  const after = cache.stats().bytes
  t.equal(cache.runs(text), runs, 'kept')
  t.equal(cache.stats().bytes, after, 'counted once')
})

t.test('a payload clean only by the scope\'s own tokens is clean in that scope alone', async (t) => {
  const store = createMemoryStore({ maxMappings: 1000 })
  t.teardown(() => store.close())
  // reads both the id and a token of its kind, as the real detector does with some token shapes
  const detector: Detector = (text) => [...text.matchAll(/i-0abc1234def567890|EC2_INSTANCE_\d+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'ec2_instance' }))
  const masker = createMasker({ store, registry: new Registry(), detector })
  const a = await masker.openScope({ id: 'a' })
  const b = await masker.openScope({ id: 'b' })
  t.teardown(async () => { await a.release(); await b.release() })
  const [masked] = await a.maskStrings([pad('instance i-0abc1234def567890 is down')])
  t.match(masked, /EC2_INSTANCE_1/)
  const json = JSON.stringify(masked)
  await a.assertCleanJson(json)
  await a.assertCleanJson(json)
  await t.rejects(b.assertCleanJson(json), LeakDetectedError, 'in another scope the token is no token of its own')
  const clean = JSON.stringify(pad('nothing at all'))
  await a.assertCleanJson(clean)
  await b.assertCleanJson(clean)
})
