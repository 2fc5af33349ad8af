// A text masked in a fresh scope of one shared memory store, with its exact round trip asserted.
import type { Test } from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

/** A `masked(text)` for one test file: fails when the masked text does not restore byte for byte. */
export function roundTripMasker (t: Test): (text: string) => Promise<string> {
  const store = createMemoryStore({ maxMappings: 100_000 })
  const masker = createMasker({ store })
  t.teardown(() => store.close())
  return async (text) => {
    const scope = await masker.openScope()
    try {
      const out = await scope.maskText(text)
      if (scope.unmaskText(out) !== text) throw new Error(`round trip of ${text}`)
      return out
    } finally { await scope.release() }
  }
}
