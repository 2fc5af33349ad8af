// `aws-masker mask [file] [--map FILE]` / `aws-masker unmask --map FILE [file]`: shows exactly what
// would leave the network. Text is masked as is (JSON included, byte for byte), so unmasking with
// the saved mapping gives back the very same bytes. The mapping file holds originals: mode 0600.
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { Readable, Writable } from 'node:stream'
import { createMasker } from './masker.js'
import { createMemoryStore } from './memory-store.js'
import { getMaskingMetrics } from './metrics.js'
import { createScope } from './scope.js'
import { detect } from './detector.js'
import type { MappingValue } from './types.js'

export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: Writable
}

const USAGE = `usage: aws-masker mask [file] [--map FILE]
       aws-masker unmask --map FILE [file]
Reads stdin when no file is given; writes the result to stdout, counts by kind to stderr.
`

interface MapFile {
  version: 1
  tokens: Record<string, MappingValue>
}

async function readInput (file: string | undefined, stdin: Readable): Promise<string> {
  if (file !== undefined) return await readFile(file, 'utf8')
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks).toString('utf8')
}

async function loadMap (path: string): Promise<Map<string, MappingValue>> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as MapFile
  if (parsed?.version !== 1 || typeof parsed.tokens !== 'object') throw new Error(`${path} is not an aws-masker mapping file`)
  return new Map(Object.entries(parsed.tokens))
}

async function mask (input: string, mapPath: string | undefined, io: CliIo): Promise<void> {
  const store = createMemoryStore({ maxMappings: Number.MAX_SAFE_INTEGER })
  const scope = await createMasker({ store }).openScope({ id: 'cli' })
  try {
    io.stdout.write(await scope.maskText(input))
    const { total, byKind } = scope.summary()
    const lines = Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, n]) => `  ${kind}: ${n}\n`)
    io.stderr.write(`aws-masker: masked ${total} distinct value(s)\n${lines.join('')}`)
    if (mapPath !== undefined) {
      const file: MapFile = { version: 1, tokens: Object.fromEntries(scope.mappings()) }
      await writeFile(mapPath, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 })
    }
  } finally {
    await scope.release()
    await store.close()
  }
}

async function unmask (input: string, mapPath: string, io: CliIo): Promise<void> {
  const known = await loadMap(mapPath)
  const scope = createScope({
    id: 'cli',
    store: createMemoryStore({ maxMappings: 0 }), // restoring allocates nothing
    detector: detect,
    metrics: getMaskingMetrics(),
    restoreSecrets: true,
    ttlMs: 0,
    known,
    onRelease: async () => {}
  })
  io.stdout.write(scope.unmaskText(input))
}

/** Runs the CLI; resolves to the exit code. */
export async function main (argv: string[], io: CliIo = process): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { map: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  } catch (err) {
    io.stderr.write(`aws-masker: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  const [command, file, ...extra] = parsed.positionals
  if (parsed.values.help === true) { io.stdout.write(USAGE); return 0 }
  if ((command !== 'mask' && command !== 'unmask') || extra.length > 0 || (command === 'unmask' && parsed.values.map === undefined)) {
    io.stderr.write(USAGE)
    return 2
  }
  try {
    const input = await readInput(file, io.stdin)
    if (command === 'mask') await mask(input, parsed.values.map, io)
    else await unmask(input, parsed.values.map as string, io)
    return 0
  } catch (err) {
    // file-system and format errors only: never echo input content
    io.stderr.write(`aws-masker: ${(err as Error).message}\n`)
    return 1
  }
}
