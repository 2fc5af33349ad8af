// Wires the masking service: decorates app.masker and closes its stores on close. Per-request
// scopes live in an in-process memory store; named (conversation) scopes go to the `store`
// option when given, else to Redis when REDIS_URL made app.redis, else to the same memory store.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createDetectPool, createMasker, createMemoryStore, getMaskingMetrics, type Masker, type MappingStore } from '../services/masking/index.js'
import { createRedisStore } from '../services/masking/redis-store.js'

declare module 'fastify' {
  interface FastifyInstance {
    masker: Masker
  }
}

export interface MaskingPluginOptions {
  /** Store for named scopes (e.g. a Redis store); closed by the plugin. */
  store?: MappingStore
}

async function masking (app: FastifyInstance, opts: MaskingPluginOptions) {
  const { config } = app
  const registry = app.metrics.registry
  const redis = app.hasDecorator('redis') ? app.redis : null
  const sharedStore = opts.store ??
    (redis === null ? undefined : createRedisStore({ redis, maxMappings: config.MASK_MAX_MAPPINGS, registry, replicaEntries: config.MASK_REDIS_REPLICA_ENTRIES }))
  // The store gauges describe the shared store when there is one: the per-request memory store
  // must not overwrite them with its own counts.
  const memoryStore = createMemoryStore({
    maxMappings: config.MASK_MAX_MAPPINGS,
    registry: sharedStore === undefined ? registry : undefined
  })

  // A giant prompt is detected in a worker thread: probes and other requests keep being served.
  const detectWorkerTexts = getMaskingMetrics(registry).detectWorkerTexts
  const detectPool = config.MASK_DETECT_WORKERS === 0
    ? undefined
    : createDetectPool({
      size: config.MASK_DETECT_WORKERS,
      minChars: config.MASK_DETECT_WORKER_MIN_CHARS,
      onDetected: (where) => detectWorkerTexts.inc({ where })
    })

  app.decorate('masker', createMasker({
    store: sharedStore ?? memoryStore,
    ephemeralStore: memoryStore,
    registry,
    restoreSecrets: config.MASK_RESTORE_SECRETS,
    scopeTtlMs: config.MASK_SCOPE_TTL_MS,
    resultCacheBytes: config.MASK_RESULT_CACHE_BYTES,
    detectPool
  }))

  app.addHook('onClose', async () => {
    await detectPool?.close()
    await memoryStore.close()
    await sharedStore?.close()
  })
}

export default fp(masking, { name: 'masking', fastify: '5.x', dependencies: ['metrics'] })
