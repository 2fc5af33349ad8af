// Long texts detected in worker threads: the same matches as the inline detector, the event loop
// free while a worker works, and inline detection when the pool is closed.
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Registry } from 'prom-client'
import { createDetectPool } from '../../../services/masking/detect-pool.js'
import { detect } from '../../../services/masking/detector.js'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { awsPrompt } from '../../load/aws-prompt.js'

const FIXTURES = ['blackbox', 'blackbox-3', 'blackbox-5'].map((dir) => fileURLToPath(new URL(`../../fixtures/${dir}/`, import.meta.url)))
const documents = FIXTURES.flatMap((dir) => readdirSync(dir).filter((name) => name !== 'expectations.json').map((name) => readFileSync(dir + name, 'utf8')))

t.test('a worker finds exactly what the inline detector finds, with and without a context', async (t) => {
  const seen: string[] = []
  const pool = createDetectPool({ size: 2, minChars: 0, onDetected: (where) => seen.push(where) })
  t.teardown(async () => await pool.close())
  const texts = [...documents, documents.join('\n'), awsPrompt(300_000, 3).text, '', 'no identifier here']
  const results = await Promise.all(texts.map(async (text) => await pool.detect(text)))
  texts.forEach((text, i) => t.same(results[i], detect(text), `text ${i} (${text.length} chars)`))
  for (const context of [{ field: 'BucketName' }, { field: 'Value', tagKey: 'Name' }, { field: 'PhysicalResourceId', resourceType: 'AWS::Lambda::Function' }]) {
    t.same(await pool.detect('acme-payroll-exports', context), detect('acme-payroll-exports', context), JSON.stringify(context))
  }
  t.ok(seen.length === texts.length + 3 && seen.every((where) => where === 'worker'), 'all detected in workers')
})

t.test('the event loop keeps turning while a worker detects a long text', async (t) => {
  const pool = createDetectPool({ size: 1, minChars: 0 })
  t.teardown(async () => await pool.close())
  await pool.detect('warm up') // the worker's start is not what this measures
  const text = awsPrompt(2_000_000).text
  let turns = 0
  let running = true
  const turn = (): void => { turns++; if (running) setImmediate(turn) }
  setImmediate(turn)
  const matches = await pool.detect(text)
  running = false
  t.equal(matches.length, detect(text).length)
  t.ok(turns > 50, `the loop turned ${turns} times meanwhile (inline detection would not let it turn at all)`)
})

t.test('a closed pool detects inline, and so does a pool of no workers', async (t) => {
  const seen: string[] = []
  const pool = createDetectPool({ size: 1, minChars: 0, onDetected: (where) => seen.push(where) })
  const text = awsPrompt(50_000).text
  const pending = pool.detect(text) // queued behind the worker's start when close comes
  await pool.close()
  t.same(await pending, detect(text), 'a text still queued at close is detected inline')
  t.same(await pool.detect(text), detect(text), 'after close: inline')
  const none = createDetectPool({ size: 0, minChars: 0 })
  t.same(await none.detect(text), detect(text))
  await none.close()
  t.same(seen, ['fallback'], 'only the text caught by close was counted, as detected inline')
})

t.test('a masker with a pool masks and verifies long texts exactly as one without', async (t) => {
  const registry = new Registry()
  const pool = createDetectPool({ size: 1, minChars: 10_000 })
  t.teardown(async () => await pool.close())
  const stores = [createMemoryStore({ maxMappings: 100_000 }), createMemoryStore({ maxMappings: 100_000 })]
  t.teardown(async () => { for (const store of stores) await store.close() })
  const [pooled, inline] = [createMasker({ store: stores[0], detectPool: pool, registry }), createMasker({ store: stores[1] })]
  const texts = [awsPrompt(40_000).text, 'short i-0a1b2c3d4e5f67890', documents.join('\n')]
  for (const id of [undefined, 'conv']) {
    const scopes = await Promise.all([pooled.openScope({ id }), inline.openScope({ id })])
    const [a, b] = await Promise.all(scopes.map(async (scope) => await scope.maskStrings(texts)))
    t.same(a, b, `the same masked texts (${id ?? 'per request'})`)
    await t.resolves(scopes[0].assertClean(a.join('\n')), 'the long masked text verifies clean')
    await t.rejects(scopes[0].assertClean(a.join('\n') + ' and 123456789012'), { name: 'LeakDetectedError' }, 'and a leak in a long text is found')
    for (const scope of scopes) await scope.release()
  }
})

t.test('the app detects long texts in its worker, counted; MASK_DETECT_WORKERS=0 detects inline', async (t) => {
  const { buildProxyFixture } = await import('../../routes/v1/proxy-app.js')
  const { assistantMessage } = await import('../../helpers/mock-anthropic.js')
  const { text, planted } = awsPrompt(20_000)
  for (const workers of ['1', '0']) {
    const { app, mock, client } = await buildProxyFixture(t, { MASK_DETECT_WORKERS: workers, MASK_DETECT_WORKER_MIN_CHARS: '10000' })
    mock.fallback({ message: assistantMessage([{ type: 'text', text: 'ok' }]) })
    await client().messages.create({ model: 'm', max_tokens: 8, messages: [{ role: 'user', content: text }] })
    const sent = mock.requests[0].raw.toString()
    t.same(planted.filter((value) => sent.includes(value)), [], `workers=${workers}: nothing planted upstream`)
    const metrics = (await app.inject({ url: '/metrics' })).body
    const counted = /^aws_masker_detect_worker_texts_total\{where="worker"\} (\d+)$/m.exec(metrics)?.[1]
    if (workers === '1') t.equal(counted, '2', 'the text masked, then its message checked, in the worker')
    else t.equal(counted, undefined, 'no worker')
  }
})

t.test('a worker that dies mid-text is replaced; its text and the next ones are still detected exactly', async (t) => {
  const { Worker } = await import('node:worker_threads')
  const seen: string[] = []
  let started = 0
  // The first worker dies on its first job (as an out-of-memory worker would); later ones answer "failed".
  const pool = createDetectPool({
    size: 1,
    minChars: 0,
    onDetected: (where) => seen.push(where),
    startWorker: () => ++started === 1
      ? new Worker('require("node:worker_threads").parentPort.once("message", () => process.exit(3))', { eval: true })
      : new Worker('const { parentPort } = require("node:worker_threads"); parentPort.on("message", ({ id }) => parentPort.postMessage({ id, failed: true }))', { eval: true })
  })
  t.teardown(async () => await pool.close())
  const text = awsPrompt(20_000).text
  t.same(await pool.detect(text), detect(text), 'the text of the dead worker, detected inline')
  t.same(await pool.detect(text), detect(text), 'a failed answer: detected inline')
  t.same(seen, ['fallback', 'fallback'])
  t.equal(started, 2, 'the dead worker was replaced')
})
