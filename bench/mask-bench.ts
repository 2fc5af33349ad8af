// npm run bench:mask — masking throughput next to JSON.parse + JSON.stringify of the same bytes,
// measured in the same run on a ~10 MB AWS-heavy mixed corpus (CLI JSON, CloudTrail, flow
// logs, Terraform, kubectl, logs, prose). Medians of several rounds; ratio >= 1.0 is the goal.
import { performance } from 'node:perf_hooks'
import { DOCUMENTS, Gen, rng } from '../test/helpers/aws-corpus.js'
import { createMasker, createMemoryStore } from '../services/masking/index.js'

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

async function measure (rounds: number, fn: () => unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const started = performance.now()
    await fn()
    times.push((performance.now() - started) / 1000)
  }
  return median(times)
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
const rows: Array<[string, number, number]> = []
const baselineText = await measure(ROUNDS, () => JSON.stringify(JSON.parse(textAsJson)))
rows.push(['JSON.parse+stringify (text as a JSON string)', mb(textAsJson), baselineText])
rows.push(['maskText(mixed text)', mb(text), await measure(ROUNDS, () => inScope(async (s) => await s.maskText(text)))])
const baselineJson = await measure(ROUNDS, () => JSON.stringify(JSON.parse(json)))
rows.push(['JSON.parse+stringify (JSON documents)', mb(json), baselineJson])
rows.push(['maskJson(parsed documents)', mb(json), await measure(ROUNDS, () => inScope(async (s) => await s.maskJson(parsedJson)))])
rows.push(['parse + maskJson + stringify', mb(json), await measure(ROUNDS, () => inScope(async (s) => JSON.stringify(await s.maskJson(JSON.parse(json)))))])
rows.push(['maskText(raw JSON text)', mb(json), await measure(ROUNDS, () => inScope(async (s) => await s.maskText(json)))])

for (const [label, size, seconds] of rows) console.log(`${label.padEnd(46)} ${(size / seconds).toFixed(1).padStart(8)} MB/s  (${(seconds * 1000).toFixed(0)} ms)`)
const rate = (i: number): number => rows[i][1] / rows[i][2]
console.log(`ratio maskText / parse+stringify:        ${(rate(1) / rate(0)).toFixed(2)}`)
console.log(`ratio maskJson / parse+stringify:        ${(rate(3) / rate(2)).toFixed(2)}`)
console.log(`ratio maskText(raw JSON) / parse+stringify: ${(rate(5) / rate(2)).toFixed(2)}`)
