// The upstream client's metrics (names fixed in docs/architecture.md). Registered in the
// registry handed in, reusing a metric already there so two clients can share one registry.
import { Counter, Gauge, Histogram, Registry, type Metric } from 'prom-client'

export interface UpstreamMetrics {
  attempts: Counter<'outcome'>
  retries: Counter
  attemptDuration: Histogram<'outcome'>
  calls: Counter<'outcome'>
  breakerState: Gauge
}

function reuse<T extends Metric> (registry: Registry, name: string, make: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? make()
}

export function createUpstreamMetrics (registry: Registry = new Registry()): UpstreamMetrics {
  const registers = [registry]
  return {
    attempts: reuse(registry, 'aws_masker_upstream_attempts_total', () => new Counter({
      name: 'aws_masker_upstream_attempts_total',
      help: 'Upstream HTTP attempts by outcome (ok, client_error, rate_limited, server_error, connection_error, timeout, aborted)',
      labelNames: ['outcome'],
      registers
    })),
    retries: reuse(registry, 'aws_masker_upstream_retries_total', () => new Counter({
      name: 'aws_masker_upstream_retries_total',
      help: 'Upstream attempts that were retries of an earlier attempt',
      registers
    })),
    attemptDuration: reuse(registry, 'aws_masker_upstream_request_duration_seconds', () => new Histogram({
      name: 'aws_masker_upstream_request_duration_seconds',
      help: 'Duration of one upstream attempt until its response headers (streams) or whole body',
      labelNames: ['outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers
    })),
    calls: reuse(registry, 'aws_masker_upstream_calls_total', () => new Counter({
      name: 'aws_masker_upstream_calls_total',
      help: 'Upstream calls (all attempts) by final outcome',
      labelNames: ['outcome'],
      registers
    })),
    breakerState: reuse(registry, 'aws_masker_upstream_breaker_state', () => new Gauge({
      name: 'aws_masker_upstream_breaker_state',
      help: 'Upstream circuit breaker: 0 closed, 1 half-open, 2 open',
      registers
    }))
  }
}
