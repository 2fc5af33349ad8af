// The MappingStore contract against the embedded in-memory store (one process: the sibling is itself).
import t from 'tap'
import { createMemoryStore } from '../../../services/masking/memory-store.js'
import { runStoreContract } from './store-contract.js'

runStoreContract(t, 'memory store', async ({ maxMappings }) => {
  const store = createMemoryStore({ maxMappings })
  return { store, sibling: async () => store, close: async () => await store.close() }
})
