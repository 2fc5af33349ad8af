// Public entry of the masking service (Fastify-free).
export { createMasker, type Masker, type MaskerOptions } from './masker.js'
export type { MaskScope } from './scope.js'
export { createMemoryStore, type MemoryStoreOptions } from './memory-store.js'
export { createDetectPool, type DetectPool, type DetectPoolOptions } from './detect-pool.js'
export { getMaskingMetrics, type MaskingMetrics } from './metrics.js'
export type { StreamUnmasker } from './stream-unmasker.js'
export { LeakDetectedError, MappingLimitError, StoreUnavailableError } from './types.js'
export type { Detector, DetectContext, MappingStore, MappingValue, Match, TokenRequest } from './types.js'
