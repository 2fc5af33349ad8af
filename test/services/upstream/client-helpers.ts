// Builds a client aimed at a fresh mock upstream, with tiny backoff so tests don't sleep seconds.
import type { Test } from 'tap'
import { Registry } from 'prom-client'
import { createMockUpstream, type MockStep, type MockUpstream } from '../../helpers/mock-upstream.js'
import { createUpstreamClient, type UpstreamClient, type UpstreamClientOptions } from '../../../services/upstream/index.js'

export interface Harness { mock: MockUpstream, client: UpstreamClient, registry: Registry }

export async function harness (t: Test, steps: MockStep[], options: Partial<UpstreamClientOptions> = {}): Promise<Harness> {
  const mock = await createMockUpstream(...steps)
  const registry = new Registry()
  const client = createUpstreamClient({
    baseUrl: mock.url,
    timeoutMs: 2_000,
    deadlineMs: 10_000,
    breaker: { failureThreshold: 100, resetMs: 60_000 },
    backoff: { baseMs: 5, maxMs: 50 },
    registry,
    ...options
  })
  t.teardown(async () => {
    await client.close()
    await mock.close()
  })
  return { mock, client, registry }
}

export async function metricValue (registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = await registry.getSingleMetric(name)?.get()
  const sample = metric?.values.find((v) =>
    Object.entries(labels).every(([k, value]) => (v.labels as Record<string, unknown>)[k] === value) &&
    !('metricName' in v && typeof v.metricName === 'string' && v.metricName !== name))
  return sample?.value ?? 0
}

export const post = (body = '{"hello":"world"}'): { method: 'POST', path: string, headers: Record<string, string>, body: string } =>
  ({ method: 'POST', path: '/v1/messages', headers: { 'content-type': 'application/json' }, body })
