// Shared bits of the /analyze tests: an app aimed at a recording mock upstream, and
// Anthropic-shaped answers (one echoes back exactly what the model was sent).
import type { Test } from 'tap'
import { buildTestApp } from '../helpers/build-app.js'
import { createMockUpstream, type MockStep, type MockUpstream, type ReceivedRequest } from '../helpers/mock-upstream.js'
import type { App } from '../../app.js'

export const TEST_KEY = 'sk-ant-test-key-not-real'

export function messageStep (text: string, extra: Record<string, unknown> = {}): MockStep {
  return {
    status: 200,
    headers: { 'request-id': 'req_mock' },
    body: {
      id: 'msg_mock', type: 'message', role: 'assistant', model: 'claude-test-model',
      content: [{ type: 'text', text }], stop_reason: 'end_turn', stop_sequence: null,
      usage: { input_tokens: 11, output_tokens: 7 },
      ...extra
    }
  }
}

export const ECHO_PREFIX = 'You sent me:\n'

/** Answers with the user content it received, tokens and all, so restoration can be checked. */
export function echoUserContent (req: ReceivedRequest): MockStep {
  const sent = JSON.parse(req.body.toString('utf8')) as { messages: Array<{ content: string }> }
  return messageStep(ECHO_PREFIX + sent.messages[0].content)
}

export async function analyzeApp (t: Test, env: Record<string, string> = {}, ...steps: MockStep[]): Promise<{ app: App, mock: MockUpstream }> {
  const mock = await createMockUpstream(...steps)
  mock.fallback(echoUserContent)
  t.teardown(() => mock.close())
  const app = await buildTestApp(t, {
    ANTHROPIC_BASE_URL: mock.url,
    ANTHROPIC_API_KEY: TEST_KEY,
    RATE_LIMIT_ANALYZE_MAX: '1000',
    RATE_LIMIT_MAX: '1000',
    ...env
  })
  return { app, mock }
}

export async function analyze (app: App, payload: unknown, query = ''): Promise<Awaited<ReturnType<App['inject']>>> {
  return await app.inject({ method: 'POST', url: `/analyze${query}`, payload: payload as Record<string, unknown> })
}

/** Fast server-side retry hint, so retry tests don't sleep through the default backoff. */
export const QUICK_RETRY = { 'retry-after-ms': '10' }
