// Memory bound of the in-memory store. Measured (Node 20, x64): ~259 bytes of retained heap per
// entry (value + token + kind, both indexes), i.e. ~260 MB for MASK_MAX_MAPPINGS = 1,000,000.
// Documented bound: 400 bytes/entry, so 1,000,000 entries stay under 400 MB of heap, and pushing
// half as many again (LRU eviction) does not grow it. CI size: MEMORY_ENTRIES (default 200,000);
// full size: MEMORY_ENTRIES=1000000 (npm run test:memory).
import t from 'tap'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ENTRIES = Number(process.env.MEMORY_ENTRIES ?? 200_000)
const BYTES_PER_ENTRY_BOUND = 400

t.test(`${ENTRIES} distinct identifiers stay under ${BYTES_PER_ENTRY_BOUND} bytes/entry`, async (t) => {
  // A fresh process with --expose-gc: heap figures after a full GC, nothing else retained.
  const probe = fileURLToPath(new URL('./memory-probe.ts', import.meta.url))
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=1024', '--import', 'tsx', probe, String(ENTRIES)],
    { encoding: 'utf8', timeout: 120_000 })
  const r = JSON.parse(out.trim().split('\n').pop()!)
  t.comment(`measured: ${r.bytesPerEntry} bytes/entry, ${(r.retainedAtCap / 1e6).toFixed(1)} MB at cap, ` +
    `${(r.retainedAfterOverflow / 1e6).toFixed(1)} MB after overflow, ${r.seconds.toFixed(1)} s`)
  t.equal(r.gcExposed, true, 'measured after a forced GC')
  t.same(r.statsAtCap.entries, ENTRIES, 'every identifier got its own entry')
  t.ok(r.statsAfterOverflow.entries <= ENTRIES, 'the cap holds when more arrive (LRU eviction)')
  t.ok(r.bytesPerEntry > 20, 'the measure sees the entries (not optimised away)')
  t.ok(r.bytesPerEntry < BYTES_PER_ENTRY_BOUND, `${r.bytesPerEntry} < ${BYTES_PER_ENTRY_BOUND} bytes/entry`)
  t.ok(r.retainedAfterOverflow < BYTES_PER_ENTRY_BOUND * ENTRIES, 'heap bounded after overflow')
})
