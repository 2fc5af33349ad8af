// detect() of another checkout against this one, interleaved in one process on the bench:mask
// corpus: both trees see the same machine noise, so their ratio holds on a busy VM where two
// separate `bench:mask` runs do not. Usage: `npm run bench:detect-ab -- <other checkout dir> [bytes] [rounds]`.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { plantedCorpus } from '../test/helpers/aws-corpus.js'
import { detect as thisDetect } from '../services/masking/detector.js'

type Detect = (text: string) => unknown[]

const [otherDir, bytesArg, roundsArg] = process.argv.slice(2)
if (otherDir === undefined) {
  console.error('usage: npm run bench:detect-ab -- <other checkout dir> [bytes] [rounds]')
  process.exit(2)
}
const other = await import(pathToFileURL(resolve(otherDir, 'services/masking/detector.ts')).href) as { detect: Detect }

function cpuMs (fn: Detect, text: string): number {
  const t0 = process.cpuUsage()
  fn(text)
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 1000
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]

const text = plantedCorpus(42, Number(bytesArg ?? 1_000_000)).text // bench:mask's corpus (same seed)
const rounds = Number(roundsArg ?? 14)
const runs = { other: [] as number[], this: [] as number[] }
for (let w = 0; w < 2; w++) { other.detect(text); thisDetect(text) } // warm both up
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? (['other', 'this'] as const) : (['this', 'other'] as const)
  for (const which of order) runs[which].push(cpuMs(which === 'other' ? other.detect : thisDetect, text))
}
const [a, b] = [median(runs.other), median(runs.this)]
console.log(`corpus ${(text.length / 1e6).toFixed(2)} MB, ${rounds} rounds alternated, median CPU ms: other ${a.toFixed(1)}, this ${b.toFixed(1)}, this/other ${(b / a).toFixed(3)}`)
console.log(`matches: other ${other.detect(text).length}, this ${thisDetect(text).length}`)
