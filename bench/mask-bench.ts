// npm run bench:mask — masking throughput next to JSON.parse + JSON.stringify of the same bytes,
// measured in the same run on a ~10 MB AWS-heavy mixed corpus (CLI JSON, CloudTrail, flow
// logs, Terraform, kubectl, logs, prose). Medians of several rounds; ratio >= 1.0 is the goal.
import { performance } from 'node:perf_hooks'
import { DOCUMENTS, Gen, rng } from '../test/helpers/aws-corpus.js'
import { createMasker, createMemoryStore } from '../services/masking/index.js'
import { detect } from '../services/masking/detector.js'

const TARGET_BYTES = Number(process.env.BENCH_MASK_BYTES ?? 10_000_000)
const ROUNDS = Number(process.env.BENCH_MASK_ROUNDS ?? 5)

/** The same documents twice: as one mixed text, and as JSON (CLI output parsed, text as strings). */
function buildCorpus () {
  const g = new Gen(rng(42))
  const names = Object.keys(DOCUMENTS)
  const texts: string[] = []
  const values: unknown[] = []
  let size = 0
  while (size < TARGET_BYTES) {
    const name = g.pick(names)
    const text = DOCUMENTS[name](g)
    texts.push(text)
    values.push(text.startsWith('{') ? JSON.parse(text) : { kind: name, text })
    size += Buffer.byteLength(text) + 2
  }
  const text = texts.join('\n\n')
  return { text, textAsJson: JSON.stringify(text), json: JSON.stringify(values) }
}

function median (xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Runs `fn` and its JSON baseline alternately, round after round, so both see the same load. */
async function measurePair (rounds: number, baseline: () => unknown, fn: () => unknown): Promise<[number, number]> {
  const base: number[] = []
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    let started = performance.now()
    baseline()
    base.push((performance.now() - started) / 1000)
    started = performance.now()
    await fn()
    times.push((performance.now() - started) / 1000)
  }
  return [median(base), median(times)]
}

const masker = createMasker({ store: createMemoryStore({ maxMappings: 10_000_000 }) })

/** Each round masks in a fresh per-request scope, as a request would. */
async function inScope<T> (fn: (scope: Awaited<ReturnType<typeof masker.openScope>>) => Promise<T>): Promise<T> {
  const scope = await masker.openScope()
  try { return await fn(scope) } finally { await scope.release() }
}

const { text, textAsJson, json } = buildCorpus()
const mb = (s: string): number => Buffer.byteLength(s) / 1e6
const parsedJson = JSON.parse(json) as unknown
console.log(`corpus: text ${mb(text).toFixed(1)} MB, JSON ${mb(json).toFixed(1)} MB, ${ROUNDS} rounds (median)`)

await inScope(async (scope) => await scope.maskText(text.slice(0, 200_000))) // warm-up
const textRound = (): unknown => JSON.stringify(JSON.parse(textAsJson))
const jsonRound = (): unknown => JSON.stringify(JSON.parse(json))
interface Row { label: string, bytes: number, seconds: number, baseline: string, baselineBytes: number, baselineSeconds: number }
const rows: Row[] = []
async function row (label: string, bytes: number, fn: () => unknown, overJson = false): Promise<void> {
  const [baselineSeconds, seconds] = await measurePair(ROUNDS, overJson ? jsonRound : textRound, fn)
  rows.push({ label, bytes, seconds, baseline: overJson ? 'JSON documents' : 'text as a JSON string', baselineBytes: mb(overJson ? json : textAsJson), baselineSeconds })
}

await row('maskText(mixed text)', mb(text), () => inScope(async (s) => await s.maskText(text)))
await row('maskJson(parsed documents)', mb(json), () => inScope(async (s) => await s.maskJson(parsedJson)), true)
await row('parse + maskJson + stringify', mb(json), () => inScope(async (s) => JSON.stringify(await s.maskJson(JSON.parse(json)))), true)
await row('maskText(raw JSON text)', mb(json), () => inScope(async (s) => await s.maskText(json)), true)
// the parts of maskText(mixed text): the detector alone, the verification pass and restoration
await row('detect(mixed text)', mb(text), () => detect(text))
await inScope(async (s) => {
  const masked = await s.maskText(text)
  await row('assertClean(masked text)', mb(masked), async () => { await s.assertClean(masked) })
  await row('unmaskText(masked text)', mb(masked), () => s.unmaskText(masked))
})

console.log(`${'what'.padEnd(30)} ${'MB/s'.padStart(8)} ${'ms'.padStart(7)}   JSON.parse+stringify of the same run (MB/s)   ratio`)
for (const r of rows) {
  const rate = r.bytes / r.seconds
  const baseRate = r.baselineBytes / r.baselineSeconds
  console.log(`${r.label.padEnd(30)} ${rate.toFixed(1).padStart(8)} ${(r.seconds * 1000).toFixed(0).padStart(7)}   ${baseRate.toFixed(1).padStart(8)} (${r.baseline.padEnd(21)})   ${(rate / baseRate).toFixed(3)}`)
}
console.log('goal: ratio >= 1.0 for maskText and maskJson')
