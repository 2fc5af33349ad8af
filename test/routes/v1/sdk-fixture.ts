// The app on 127.0.0.1 in front of a bare local upstream, with the official SDK as its client: shared
// by the protocol tests (requests, responses, audit).
import Anthropic from '@anthropic-ai/sdk'
import { buildTestApp } from '../../helpers/build-app.js'
import { createRawUpstream, type RawRequest, type RawUpstream } from './raw-upstream.js'

export const INSTANCE = 'i-0a1b2c3d4e5f67890'
export const ACCOUNT = '123456789012'
export const ask = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: `why is ${INSTANCE} in ${ACCOUNT} down?` }] }

export interface Fixture { upstream: RawUpstream, baseURL: string, sdk: (opts?: ConstructorParameters<typeof Anthropic>[0]) => Anthropic }

export async function fixture (t: Parameters<typeof buildTestApp>[0], env: Record<string, string> = {}): Promise<Fixture> {
  const upstream = await createRawUpstream(t)
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream.url, UPSTREAM_MAX_RETRIES: '0', RATE_LIMIT_MAX: '100000', ...env })
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' })
  return { upstream, baseURL, sdk: (opts = {}) => new Anthropic({ baseURL, apiKey: 'k', maxRetries: 0, ...opts }) }
}

/** The token the API received for a value (the mock answers with what it was sent). */
export function tokenFor (req: RawRequest, pattern: RegExp): string {
  const found = pattern.exec(JSON.stringify(req.json.messages))?.[0]
  if (found === undefined) throw new Error(`no token matching ${String(pattern)} was sent`)
  return found
}

export const message = (content: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'msg_01', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content, stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 3, output_tokens: 2 }, ...extra
})
