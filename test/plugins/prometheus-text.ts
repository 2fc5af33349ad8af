// A small parser for the Prometheus text exposition format, so tests check what a scraper sees.
export interface Sample { name: string, labels: Record<string, string>, value: number }

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g

// Prometheus parses values with Go's ParseFloat: NaN and Inf in any case (prom-client writes "Nan").
function parseValue (raw: string): number {
  const lower = raw.toLowerCase()
  if (lower === '+inf' || lower === 'inf') return Infinity
  if (lower === '-inf') return -Infinity
  if (lower === 'nan') return NaN
  return Number(raw)
}

/** Parses every sample line; throws on a line that is neither a comment nor a valid sample. */
export function parsePrometheus (text: string): Sample[] {
  const samples: Sample[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue
    const m = SAMPLE.exec(line)
    if (!m) throw new Error(`not a Prometheus sample line: ${line}`)
    const labels: Record<string, string> = {}
    for (const [, k, v] of (m[2] ?? '').matchAll(LABEL)) labels[k] = v.replace(/\\(.)/g, (_s, c: string) => (c === 'n' ? '\n' : c))
    const value = parseValue(m[3])
    if (Number.isNaN(value) && m[3].toLowerCase() !== 'nan') throw new Error(`bad value in line: ${line}`)
    samples.push({ name: m[1], labels, value })
  }
  return samples
}

/** Sum of the samples named `name` whose labels include `where`. */
export function sampleValue (samples: Sample[], name: string, where: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0)
}
