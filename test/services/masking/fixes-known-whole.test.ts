// A name the scope knows, holding an id the detector finds alone (a bucket named after its account),
// was masked only in its id where no field said what it was: `id = "bw-exports-123456789012"` went out
// as `bw-exports-ACCOUNT_ID_1`, leaking the rest of a name masked as S3_BUCKET_1 elsewhere.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

const store = createMemoryStore({ maxMappings: 100_000 })
const masker = createMasker({ store })
t.teardown(() => store.close())

t.test('a known name holding an account id is masked whole, in the same text and in later ones', async (t) => {
  const scope = await masker.openScope()
  try {
    const plan = '~ id     = "bw-finance-exports-483920175564" -> (known after apply)\n  bucket = "bw-finance-exports-483920175564"\n'
    const masked = await scope.maskText(plan)
    t.notMatch(masked, /bw-finance|483920175564/, masked)
    t.equal(scope.unmaskText(masked), plan)
    const later = 'Then cdk deploy wrote to bw-finance-exports-483920175564/cdk/assets and account 483920175564 was billed.'
    const maskedLater = await scope.maskText(later)
    t.notMatch(maskedLater, /bw-finance|483920175564/, maskedLater)
    t.equal(scope.unmaskText(maskedLater), later)
    const json = { Resources: [{ Bucket: 'logs-eu-10.0.4.17-app' }, { PhysicalId: 'logs-eu-10.0.4.17-app' }] }
    const maskedJson = await scope.maskJson(json)
    t.notMatch(JSON.stringify(maskedJson), /logs-eu|10\.0\.4\.17/, JSON.stringify(maskedJson))
    t.same(scope.unmaskJson(maskedJson), json)
  } finally { await scope.release() }
})

t.test('a detector match reaching past a known value still wins', async (t) => {
  const scope = await masker.openScope()
  try {
    await scope.maskText('bucket = "ip-10-0-1-23"')
    const text = 'node ip-10-0-1-23.eu-west-1.compute.internal is NotReady'
    const masked = await scope.maskText(text)
    t.notMatch(masked, /ip-10-0-1-23|10-0-1-23/, masked)
    t.equal(scope.unmaskText(masked), text)
  } finally { await scope.release() }
})

t.test('a known value right before a detector match stays as it was (two tokens glued would not read back)', async (t) => {
  const scope = await masker.openScope()
  try {
    const text = 'AWS_SECRET_ACCESS_KEY=AWS_SECRET_ACCESS_KEY='
    const masked = await scope.maskText(text)
    t.equal(scope.unmaskText(masked), text, masked)
  } finally { await scope.release() }
})
