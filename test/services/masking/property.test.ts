// Properties with the real detector: planted identifiers never survive masking, restoration is
// exact for any text, scopes never leak into each other, streaming equals batch restoration.
import t from 'tap'
import fc from 'fast-check'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

const store = createMemoryStore({ maxMappings: 1_000_000 })
const masker = createMasker({ store })
t.teardown(() => store.close())

const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n })
const upperAlnum = (n: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), minLength: n, maxLength: n })
const octet = fc.integer({ min: 1, max: 254 })

/** Identifiers whose shape alone says what they are: they must be masked in any surrounding. */
const planted = fc.oneof(
  fc.tuple(fc.constantFrom('i', 'sg', 'subnet', 'vpc', 'vol', 'snap', 'eni', 'ami', 'igw', 'rtb', 'nat'), fc.oneof(hex(8), hex(17)))
    .map(([prefix, digits]) => `${prefix}-${digits}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 }))
    .map(([first, rest]) => `${first}${rest}`),
  fc.tuple(fc.constantFrom('AKIA', 'ASIA', 'AROA'), upperAlnum(16)).map(([prefix, rest]) => prefix + rest),
  fc.tuple(octet, octet, octet).map(([a, b, c]) => `10.${a}.${b}.${c}`),
  fc.tuple(octet, octet).map(([a, b]) => `192.168.${a}.${b}`)
)

/** Text around identifiers: ordinary words, things to keep, markdown, token look-alikes. */
const filler = fc.constantFrom('the', 'instance', 'feedback', 'us-east-1', 'm5.large', '10:30:45', '3.9.0.1', 'sg-1',
  '`', '**', '_', '(', ')', ',', '.', ':', '"', '\n', '  ', 'SUBNET_1', 'EC2_INSTANCE_10', 'TOKEN_LITERAL_1', 'é', '🙂', '0.0.0.0/0')
const separator = fc.constantFrom(' ', '\n', ' `', '` ', ' (', ') ', ', ', ': "', '" ', ' **', '** ')

const plantedText = fc.array(fc.tuple(fc.array(filler, { maxLength: 4 }), separator, planted, separator), { minLength: 1, maxLength: 8 })
  .map((parts) => ({
    text: parts.map(([words, before, id, after]) => `${words.join(' ')}${before}${id}${after}`).join(''),
    ids: parts.map(([, , id]) => id)
  }))

/** Any text at all: arbitrary strings mixed with identifiers and token-shaped pieces. */
const anyText = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), filler, planted,
  fc.constantFrom('_1', 'S3_BUCKET_', '2', 'arn:aws:iam::', ':role/', 's3://', '\\n', 'AWS_SECRET_ACCESS_KEY=')), { maxLength: 25 })
  .map((parts) => parts.join(''))

t.test('planted identifiers never survive masking, and come back exactly', async (t) => {
  await fc.assert(fc.asyncProperty(plantedText, async ({ text, ids }) => {
    const scope = await masker.openScope()
    try {
      const masked = await scope.maskText(text)
      for (const id of ids) if (masked.includes(id)) throw new Error(`planted ${id} survived in ${JSON.stringify(masked)}`)
      await scope.assertClean(masked)
      return scope.unmaskText(masked) === text
    } finally { await scope.release() }
  }), { numRuns: 400 })
  t.pass('400 planted texts')
})

t.test('unmask(mask(x)) === x for any text', async (t) => {
  await fc.assert(fc.asyncProperty(anyText, async (text) => {
    const scope = await masker.openScope()
    try {
      return scope.unmaskText(await scope.maskText(text)) === text
    } finally { await scope.release() }
  }), { numRuns: 500 })
  t.pass('500 arbitrary texts')
})

t.test('JSON values round-trip through maskJson/unmaskJson', async (t) => {
  const key = fc.oneof(fc.constantFrom('InstanceId', 'BucketName', 'GroupName', '__proto__', 'Key', 'Value', 'Name'), fc.string({ maxLength: 6 }), planted)
  const leaf = fc.oneof(anyText, planted, fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.boolean(), fc.constant(null))
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) => {
      const out: Record<string, unknown> = {}
      for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
      return out
    })
  }))
  await fc.assert(fc.asyncProperty(value, async (input) => {
    const before = JSON.stringify(input)
    const scope = await masker.openScope()
    try {
      const masked = await scope.maskJson(input)
      if (JSON.stringify(input) !== before) throw new Error('input mutated')
      return JSON.stringify(scope.unmaskJson(masked)) === before
    } finally { await scope.release() }
  }), { numRuns: 300 })
  t.pass('300 JSON values')
})

t.test('a scope never restores another scope\'s tokens', async (t) => {
  await fc.assert(fc.asyncProperty(plantedText, plantedText, async (a, b) => {
    const scopeA = await masker.openScope()
    const scopeB = await masker.openScope()
    try {
      const maskedA = await scopeA.maskText(a.text)
      await scopeB.maskText(b.text)
      // B's own values, restored from B's own tokens, are cut out first: one may hold an id of A
      // (`192.168.79.80` holds `192.168.79.8`) without anything of A's being recovered
      let seenByB = scopeB.unmaskText(maskedA)
      for (const id of [...b.ids].sort((x, y) => y.length - x.length)) seenByB = seenByB.split(id).join('\u0000')
      return a.ids.every((id) => b.ids.includes(id) || !seenByB.includes(id))
    } finally {
      await scopeA.release()
      await scopeB.release()
    }
  }), { numRuns: 200 })
  t.pass('200 pairs of scopes')
})

t.test('a named scope masks the same text the same way in every turn', async (t) => {
  let n = 0
  await fc.assert(fc.asyncProperty(plantedText, anyText, async ({ text }, more) => {
    const id = `turns-${n++}`
    const first = await masker.openScope({ id })
    const turn1 = await first.maskText(text)
    const answer = first.unmaskText(turn1)
    await first.release()
    const second = await masker.openScope({ id })
    try {
      const again = await second.maskText(text)
      const [resent] = await second.maskStrings([`${answer}\n${more}`])
      return again === turn1 && second.unmaskText(resent) === `${answer}\n${more}`
    } finally { await second.release() }
  }), { numRuns: 200 })
  t.pass('200 two-turn conversations')
})

t.test('streaming restoration of masked text equals batch under any chunking', async (t) => {
  await fc.assert(fc.asyncProperty(plantedText, fc.array(fc.nat(), { maxLength: 10 }), async ({ text }, cuts) => {
    const scope = await masker.openScope()
    try {
      const masked = await scope.maskText(text)
      const points = [...new Set(cuts.map((c) => c % (masked.length + 1)))].sort((x, y) => x - y)
      const stream = scope.streamUnmasker()
      let out = ''
      let last = 0
      for (const point of [...points, masked.length]) { out += stream.push(masked.slice(last, point)); last = point }
      return out + stream.end() === text
    } finally { await scope.release() }
  }), { numRuns: 300 })
  t.pass('300 chunkings')
})

t.test('regression: ids and literal tokens right after a JSON escape round-trip', async (t) => {
  const scope = await masker.openScope()
  t.teardown(() => scope.release())
  for (const text of ['subnet-0a1b2c3d then \\nSUBNET_1', '"log": "x\\ni-0a1b2c3d4e5f67890\\tsg-0123abcd"', '\\\\nSUBNET_1 \\\\ni-0a1b2c3d4e5f67890']) {
    const masked = await scope.maskText(text)
    t.notOk(/i-0a1b2c3d4e5f67890(?!\w)/.test(masked) && !text.includes('\\\\n'), `${text}: id masked`)
    t.equal(scope.unmaskText(masked), text)
  }
})
