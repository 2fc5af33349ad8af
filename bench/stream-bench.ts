// node --import tsx bench/stream-bench.ts — restoring a streamed answer, in ms per MB of masked
// answer: tool-input JSON (input_json_delta, with numbers masked as tokens) and text (text_delta),
// through the stream restorer as the proxy runs it (events in, frames out), on a real scope.
// Deltas of 32 chars (what the API streams) and of 16 KB. Medians of ROUNDS rounds.
import { performance } from 'node:perf_hooks'
import { createMasker, createMemoryStore } from '../services/masking/index.js'
import { createStreamRestorer, numberTokensRestored } from '../services/proxy/stream-restorer.js'
import type { SseEvent } from '../services/proxy/sse.js'

const TARGET_BYTES = Number(process.env.BENCH_STREAM_BYTES ?? 2_000_000)
const ROUNDS = Number(process.env.BENCH_STREAM_ROUNDS ?? 7)

const hex = (n: number, len: number): string => n.toString(16).padStart(len, '0').slice(-len)

/** An AWS-ish tool input: account ids as numbers and as strings, instance ids, prose, escapes. */
function buildInput (): unknown {
  const rows: unknown[] = []
  let size = 0
  for (let i = 0; size < TARGET_BYTES; i++) {
    const row = {
      AccountId: 100000000000 + (i % 500) * 7919,
      OwnerId: String(200000000000 + (i % 300) * 104729),
      InstanceId: `i-0${hex(i * 2654435761, 16)}`,
      SecurityGroups: [`sg-0${hex(i * 40503, 16)}`, `sg-0${hex(i * 40503 + 1, 16)}`],
      PrivateIpAddress: `10.${i % 256}.${(i >> 8) % 256}.${(i * 7) % 250 + 1}`,
      Note: `Instance i-0${hex(i * 2654435761, 16)} in "prod"\n\tstarted — ok 🙂`,
      Count: i,
      Ratio: 0.5
    }
    rows.push(row)
    size += JSON.stringify(row).length
  }
  return { Reservations: rows }
}

function median (xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function pieces (text: string, size: number): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out
}

const masker = createMasker({ store: createMemoryStore({ maxMappings: 10_000_000 }) })
const scope = await masker.openScope({ id: 'bench' })
const maskedJson = JSON.stringify(await scope.maskJson(buildInput()))
const maskedText = (await scope.maskStrings([JSON.stringify(buildInput(), null, 1)]))[0]
const mb = (s: string): number => Buffer.byteLength(s) / 1e6

function events (kind: 'input_json_delta' | 'text_delta', parts: string[]): SseEvent[] {
  const field = kind === 'text_delta' ? 'text' : 'partial_json'
  const start = kind === 'text_delta' ? { type: 'text', text: '' } : { type: 'tool_use', id: 'toolu_1', name: 'aws', input: {} }
  const frame = (data: object): SseEvent => ({ event: (data as { type: string }).type, data: JSON.stringify(data), raw: '' })
  return [
    frame({ type: 'content_block_start', index: 0, content_block: start }),
    ...parts.map((p) => frame({ type: 'content_block_delta', index: 0, delta: { type: kind, [field]: p } })),
    frame({ type: 'content_block_stop', index: 0 })
  ]
}

function time (fn: () => number): { ms: number, check: number } {
  const times: number[] = []
  let check = 0
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now()
    check = fn()
    times.push(performance.now() - started)
  }
  return { ms: median(times), check }
}

const identity = { push: (s: string) => s, end: () => '' }
const rows: Array<[string, number, number]> = []
for (const size of [32, 16_384]) {
  const jsonParts = pieces(maskedJson, size)
  const numbersOnly = time(() => {
    const stream = numberTokensRestored(scope, identity)
    let n = 0
    for (const p of jsonParts) n += stream.push(p).length
    return n + stream.end().length
  })
  rows.push([`numberTokensRestored alone, ${size}-char deltas`, numbersOnly.ms / mb(maskedJson), numbersOnly.check])
  const jsonEvents = events('input_json_delta', jsonParts)
  const json = time(() => {
    const restorer = createStreamRestorer(scope)
    let n = 0
    for (const e of jsonEvents) for (const out of restorer.push(e)) n += out.data.length
    return n
  })
  rows.push([`tool input (input_json_delta), ${size}-char deltas`, json.ms / mb(maskedJson), json.check])
  const textEvents = events('text_delta', pieces(maskedText, size))
  const text = time(() => {
    const restorer = createStreamRestorer(scope)
    let n = 0
    for (const e of textEvents) for (const out of restorer.push(e)) n += out.data.length
    return n
  })
  rows.push([`text (text_delta), ${size}-char deltas`, text.ms / mb(maskedText), text.check])
}
await scope.release()

console.log(`masked tool input ${mb(maskedJson).toFixed(2)} MB, masked text ${mb(maskedText).toFixed(2)} MB, median of ${ROUNDS} rounds`)
for (const [name, msPerMb, check] of rows) console.log(`${name.padEnd(52)} ${msPerMb.toFixed(1).padStart(8)} ms/MB  (${check} chars out)`)
