// Masking metrics, registered once per prom-client registry (tests build many registries,
// and the store and the masker of one app share the same metric objects).
import { Counter, Gauge, Histogram, Registry } from 'prom-client'

export interface MaskingMetrics {
  maskedEntities: Counter<'kind'>
  maskDuration: Histogram
  storeEntries: Gauge
  storeScopes: Gauge
  storeEvictions: Counter<'reason'>
  storeCopyEntries: Gauge
  storeCopySyncs: Counter<'result'>
  unresolvedTokens: Counter
  leaksBlocked: Counter
  mappingLimit: Counter
  resultCache: Counter<'for' | 'result'>
  resultCacheBytes: Gauge
  detectWorkerTexts: Counter<'where'>
}

const byRegistry = new WeakMap<Registry, MaskingMetrics>()

/** The masking metrics of `registry`; without one, metrics go to a private throwaway registry. */
export function getMaskingMetrics (registry: Registry = new Registry()): MaskingMetrics {
  const existing = byRegistry.get(registry)
  if (existing !== undefined) return existing
  const registers = [registry]
  const metrics: MaskingMetrics = {
    maskedEntities: new Counter({ name: 'aws_masker_masked_entities_total', help: 'Identifiers replaced by a token, by kind', labelNames: ['kind'], registers }),
    maskDuration: new Histogram({
      name: 'aws_masker_mask_duration_seconds',
      help: 'Time spent masking one batch of strings or one JSON value',
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
      registers
    }),
    storeEntries: new Gauge({ name: 'aws_masker_store_entries', help: 'Token mappings held by the store', registers }),
    storeScopes: new Gauge({ name: 'aws_masker_store_scopes', help: 'Mapping scopes held by the store', registers }),
    storeEvictions: new Counter({ name: 'aws_masker_store_evictions_total', help: 'Scopes evicted from the store, by reason', labelNames: ['reason'], registers }),
    storeCopyEntries: new Gauge({ name: 'aws_masker_store_copy_entries', help: 'With Redis: token entries (an empty copy weighs 8) of the conversations this replica keeps copies of (bounded by MASK_REDIS_REPLICA_ENTRIES)', registers }),
    storeCopySyncs: new Counter({ name: 'aws_masker_store_copy_syncs_total', help: 'With Redis: conversations brought up to date at the start of a request, by result (updated: a kept copy got only what it lacked; copied: a new copy of the whole scope; whole: too big to keep, read whole)', labelNames: ['result'], registers }),
    unresolvedTokens: new Counter({ name: 'aws_masker_unresolved_tokens_total', help: 'Token-shaped strings in answers that this scope did not create', registers }),
    leaksBlocked: new Counter({ name: 'aws_masker_leaks_blocked_total', help: 'Outgoing payloads refused because an identifier was left in clear', registers }),
    mappingLimit: new Counter({ name: 'aws_masker_mapping_limit_total', help: 'Requests refused because they would exceed MASK_MAX_MAPPINGS', registers }),
    resultCache: new Counter({ name: 'aws_masker_result_cache_lookups_total', help: 'Conversation texts (for=text), payloads (for=payload) and texts to detect in, in any scope (for=detection), looked up in the result cache, by result (hit: reused, miss: masked, checked or detected afresh)', labelNames: ['for', 'result'], registers }),
    resultCacheBytes: new Gauge({ name: 'aws_masker_result_cache_bytes', help: 'Estimated bytes held by the result cache (bounded by MASK_RESULT_CACHE_BYTES)', registers }),
    detectWorkerTexts: new Counter({ name: 'aws_masker_detect_worker_texts_total', help: 'Long texts detected off the event loop, by where (worker; fallback: inline after a worker failed)', labelNames: ['where'], registers })
  }
  byRegistry.set(registry, metrics)
  return metrics
}
