// Builds the real app (buildApp: auth, masking, upstream, /v1 routes) aimed at a mock Anthropic
// API listening on 127.0.0.1, and hands out SDK clients pointed at the app.
import Anthropic from '@anthropic-ai/sdk'
import { buildTestApp } from '../../helpers/build-app.js'
import { createMockAnthropic, type MockAnthropic } from '../../helpers/mock-anthropic.js'
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
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    app,
    mock,
    baseURL,
    client: (opts = {}) => new Anthropic({ baseURL, apiKey: opts.apiKey ?? 'test-key', maxRetries: 0, defaultHeaders: opts.headers })
  }
}
