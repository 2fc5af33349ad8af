// Builds the real app aimed at a mock Anthropic API. Until app.ts registers the masking plugin
// and the /v1 routes itself, this adds what is missing (never twice), so the tests run the same
// code either way.
import Anthropic from '@anthropic-ai/sdk'
import { buildTestApp } from '../../helpers/build-app.js'
import { createMockAnthropic, type MockAnthropic } from '../../helpers/mock-anthropic.js'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import v1Routes from '../../../routes/v1/index.js'
import type { App } from '../../../app.js'

interface Teardown { teardown (fn: () => unknown): void }

export interface ProxyFixture {
  app: App
  mock: MockAnthropic
  baseURL: string
  client (opts?: { apiKey?: string, headers?: Record<string, string> }): Anthropic
}

export async function buildProxyFixture (t: Teardown, env: Record<string, string> = {}): Promise<ProxyFixture> {
  const mock = await createMockAnthropic()
  t.teardown(() => mock.close())
  const app = await buildTestApp(t, {
    ANTHROPIC_BASE_URL: mock.url,
    UPSTREAM_MAX_RETRIES: '0',
    RATE_LIMIT_MAX: '100000',
    ...env
  })
  if (!app.hasDecorator('masker')) {
    const store = createMemoryStore({ maxMappings: app.config.MASK_MAX_MAPPINGS, registry: app.metrics.registry })
    app.decorate('masker' as any, createMasker({ store, registry: app.metrics.registry, restoreSecrets: app.config.MASK_RESTORE_SECRETS, scopeTtlMs: app.config.MASK_SCOPE_TTL_MS }))
    app.addHook('onClose', async () => { await store.close() })
  }
  if (!app.hasRoute({ method: 'POST', url: '/v1/messages' })) await app.register(v1Routes)
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    app,
    mock,
    baseURL,
    client: (opts = {}) => new Anthropic({ baseURL, apiKey: opts.apiKey ?? 'test-key', maxRetries: 0, defaultHeaders: opts.headers })
  }
}
