// Child process of memory-store.test.ts (run with --expose-gc): pushes distinct identifiers through
// the in-memory store, then half as many again (LRU eviction must keep it at the cap), and prints
// the retained heap as JSON. Usage: node --expose-gc --import tsx memory-probe.ts <entries>
import { createMemoryStore } from '../../services/masking/memory-store.js'
import type { TokenRequest } from '../../services/masking/types.js'

const ENTRIES = Number(process.argv[2] ?? 100_000)
const PER_SCOPE = 1000 // identifiers per conversation
const TTL_MS = 3_600_000

/** A realistic mix of identifier shapes and lengths (11 to ~45 characters). */
function identifier (k: number): TokenRequest {
  const hex = k.toString(16).padStart(16, '0')
  switch (k % 4) {
    case 0: return { label: 'EC2_INSTANCE', kind: 'ec2_instance', value: `i-0${hex}` }
    case 1: return { label: 'PRIVATE_IP', kind: 'ipv4_private', value: `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}` }
    case 2: return { label: 'ARN', kind: 'arn', value: `arn:aws:iam::${String(100000000000 + k)}:role/svc-${k}` }
    default: return { label: 'SECURITY_GROUP', kind: 'security_group', value: `sg-0${hex}` }
  }
}

function heapUsed (): number {
  (globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().heapUsed
}

async function fill (store: ReturnType<typeof createMemoryStore>, from: number, count: number): Promise<void> {
  for (let start = from; start < from + count; start += PER_SCOPE) {
    const batch: TokenRequest[] = []
    for (let k = start; k < Math.min(start + PER_SCOPE, from + count); k++) batch.push(identifier(k))
    await store.resolve(`conversation-${start / PER_SCOPE}`, batch, TTL_MS)
  }
}

const store = createMemoryStore({ maxMappings: ENTRIES })
const before = heapUsed()
const started = performance.now()
await fill(store, 0, ENTRIES)
const full = heapUsed()
const atCap = await store.stats()
await fill(store, ENTRIES, ENTRIES / 2) // half as many again: the oldest conversations are evicted
const after = heapUsed()
const overflow = await store.stats()
console.log(JSON.stringify({
  entries: ENTRIES,
  seconds: (performance.now() - started) / 1000,
  bytesPerEntry: Math.round((full - before) / ENTRIES),
  retainedAtCap: full - before,
  retainedAfterOverflow: after - before,
  statsAtCap: atCap,
  statsAfterOverflow: overflow,
  gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function'
}))
await store.close()
