// A handler that reads on past its word (a URL's authority, a bracketed host) stepped over text
// shaped like a token without marking it: restoration then put a real value into the user's own
// text (found by the JSON round-trip property: `xs3://|SUBNET_1` beside a real subnet).
import t from 'tap'
import fc from 'fast-check'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

const store = createMemoryStore({ maxMappings: 100_000 })
const masker = createMasker({ store })
t.teardown(() => store.close())

async function roundTrip (text: string): Promise<{ masked: string, back: string }> {
  const scope = await masker.openScope()
  try {
    const masked = await scope.maskText(text)
    return { masked, back: scope.unmaskText(masked) }
  } finally { await scope.release() }
}

t.test('token-shaped text inside what a URL reader steps over stays the user\'s own', async (t) => {
  for (const text of [
    'xs3://|SUBNET_1 and subnet-00000000',
    'AKIAAAAAAAAAAAAAAAAAs3://|SUBNET_1 subnet-00000000',
    'x://user|SUBNET_1@h subnet-00000000',
    'x://[::1]SUBNET_1 subnet-00000000',
    'https://u:p@db.internal|EC2_INSTANCE_1 i-0123456789abcdef0'
  ]) {
    const { masked, back } = await roundTrip(text)
    t.equal(back, text, `exact round trip: ${masked}`)
    t.ok(!/\b(?:subnet|i)-0/.test(masked), `the real id is masked: ${masked}`)
  }
})

t.test('the JSON value the property found round-trips', async (t) => {
  const input = [[{ '': { '': 'AKIAAAAAAAAAAAAAAAAAs3://|SUBNET_1' } }, { '10.1.1.1': [{ InstanceId: 'subnet-00000000' }] }]]
  const scope = await masker.openScope()
  try {
    t.same(scope.unmaskJson(await scope.maskJson(input)), input)
  } finally { await scope.release() }
})

t.test('property: token-shaped pieces among URL, ARN and table punctuation round-trip exactly', async (t) => {
  const piece = fc.constantFrom('x://', 's3://', 'https://', 'postgres://', 'arn:aws:s3:::', 'arn:aws:iam::123456789012:role/',
    'user', ':', '@', '|', '[::1]', '[', ']', 'db.internal', '.', '-', '/', '?', '#', ' ', '\n', '"', '=', 'a',
    'SUBNET_1', 'EC2_INSTANCE_2', 'S3_BUCKET_1', 'TOKEN_LITERAL_1', 'subnet-0123abcd', '10.0.0.1', '123456789012')
  await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 14 }), async (pieces) => {
    // real values after, so that a token-shaped piece left unmarked would be restored as one of them
    const text = pieces.join('') + ' subnet-0fedcba9 i-0abcdef1234567890 i-0abcdef1234567891 s3://real-bucket-x/k'
    const { back } = await roundTrip(text)
    return back === text
  }), { numRuns: 1500 })
  t.pass('1500 texts')
})
