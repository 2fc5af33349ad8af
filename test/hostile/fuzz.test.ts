// Property-based fuzzing of request bodies: whatever arrives, the answer is a clear 4xx in the
// family's shape or a success, never a 5xx; /analyze accepts exactly what its schema accepts;
// nothing rejected reaches the upstream; the process stays healthy.
import t from 'tap'
import fc from 'fast-check'
import Value from 'typebox/value'
import { analyzeBodySchema } from '../../routes/analyze-schema.js'
import { assertHealthyAndSilent, buildHostileApp } from './hostile-app.js'

const RUNS = { numRuns: 150, interruptAfterTimeLimit: 30_000 } // bounded in count and time
const json = { 'content-type': 'application/json' }
const poisoned = (text: string) => /"(__proto__|constructor)"/.test(text)

// Bodies near the schema's shape, so both accepted and rejected cases come up often.
const analyzeLike = fc.record({
  contextText: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('i-0123456789abcdef0 in 123456789012', ''), fc.integer(), fc.constant(null)),
  resources: fc.jsonValue({ maxDepth: 3 }),
  options: fc.oneof(fc.record({
    analysisType: fc.constantFrom('security_only', 'cost_only', 'security_and_optimization', 'nonsense'),
    maxTokens: fc.oneof(fc.integer({ min: -5, max: 9000 }), fc.double(), fc.string())
  }, { requiredKeys: [] }), fc.jsonValue({ maxDepth: 1 })),
  extra: fc.jsonValue({ maxDepth: 1 })
}, { requiredKeys: [] })

// Bodies that should pass, so the oracle is exercised on both sides.
const analyzeValid = fc.record({
  contextText: fc.string({ minLength: 1, maxLength: 30 }),
  resources: fc.jsonValue({ maxDepth: 3 }),
  options: fc.record({
    analysisType: fc.constantFrom('security_only', 'cost_only', 'security_and_optimization'),
    maxTokens: fc.integer({ min: 10, max: 8192 })
  }, { requiredKeys: [] })
}, { requiredKeys: ['contextText'] })

t.test('/analyze?dryRun=true: accepted exactly when the schema says so, else a 400 in the service shape', async (t) => {
  const hostile = await buildHostileApp(t, { ANALYZE_MAX_CONTEXT_CHARS: '30' })
  if (!hostile.app.hasRoute({ method: 'POST', url: '/analyze' })) { t.plan(0, '/analyze is not registered in this build'); return }
  const schema = analyzeBodySchema(30, 'claude-sonnet-4-5')
  let accepted = 0
  let rejected = 0
  await fc.assert(fc.asyncProperty(fc.oneof(analyzeValid, analyzeLike, fc.jsonValue({ maxDepth: 4 })), async (body) => {
    const payload = JSON.stringify(body) ?? 'null'
    fc.pre(!poisoned(payload))
    const res = await hostile.app.inject({ method: 'POST', url: '/analyze?dryRun=true', headers: json, payload })
    const valid = Value.Check(schema, JSON.parse(payload))
    if (valid) {
      accepted++
      return res.statusCode === 200 && res.json().dryRun === true
    }
    rejected++
    const answer = res.json()
    return res.statusCode === 400 && answer.success === false && answer.error === 'Invalid request data' && Array.isArray(answer.details)
  }), RUNS)
  t.ok(accepted > 5, `some accepted (${accepted})`)
  t.ok(rejected > 5, `some rejected (${rejected})`)
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('/v1 routes: arbitrary JSON never yields a 5xx; a 4xx is Anthropic-shaped and sends nothing upstream', async (t) => {
  const hostile = await buildHostileApp(t)
  const v1 = hostile.targets.filter((u) => u.startsWith('/v1/'))
  if (v1.length === 0) { t.plan(0, 'no /v1 routes in this build'); return }
  const messagesLike = fc.record({
    model: fc.oneof(fc.constant('claude-sonnet-4-5'), fc.jsonValue({ maxDepth: 0 })),
    max_tokens: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.jsonValue({ maxDepth: 0 })),
    messages: fc.oneof(fc.array(fc.record({
      role: fc.constantFrom('user', 'assistant', 'system', 'x'),
      content: fc.oneof(fc.string({ maxLength: 30 }), fc.jsonValue({ maxDepth: 3 }))
    }), { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })),
    system: fc.oneof(fc.string({ maxLength: 30 }), fc.jsonValue({ maxDepth: 2 })),
    stream: fc.constant(false)
  }, { requiredKeys: [] })
  await fc.assert(fc.asyncProperty(fc.constantFrom(...v1), fc.oneof(messagesLike, fc.jsonValue({ maxDepth: 4 })), async (url, body) => {
    const payload = JSON.stringify(body) ?? 'null'
    fc.pre(!poisoned(payload))
    const before = hostile.upstream.requests.length
    const res = await hostile.app.inject({ method: 'POST', url, headers: json, payload })
    if (res.statusCode >= 500) return false
    if (res.statusCode >= 400) {
      const answer = res.json()
      return answer.type === 'error' && typeof answer.error?.type === 'string' && hostile.upstream.requests.length === before
    }
    return true
  }), RUNS)
  t.equal((await hostile.app.inject({ url: '/health' })).statusCode, 200)
})

t.test('arbitrary bytes labelled as JSON: never a 5xx, never upstream unless they parse', async (t) => {
  const hostile = await buildHostileApp(t)
  await fc.assert(fc.asyncProperty(fc.constantFrom(...hostile.targets), fc.uint8Array({ maxLength: 200 }), async (url, bytes) => {
    const before = hostile.upstream.requests.length
    const res = await hostile.app.inject({ method: 'POST', url, headers: json, payload: Buffer.from(bytes) })
    if (res.statusCode >= 500) return false
    let parses = true
    try { JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) } catch { parses = false }
    if (!parses) return res.statusCode === 400 && hostile.upstream.requests.length === before
    return true
  }), RUNS)
  t.equal((await hostile.app.inject({ url: '/health' })).statusCode, 200)
})

t.test('every truncation of a valid body is a 400 and sends nothing upstream', async (t) => {
  const hostile = await buildHostileApp(t)
  const valid = JSON.stringify({
    contextText: 'sg-0123456789abcdef0 in vpc-0abc1234 "quoted" \\ back',
    model: 'claude-sonnet-4-5', max_tokens: 10,
    messages: [{ role: 'user', content: [{ type: 'text', text: 'arn:aws:iam::123456789012:role/Admin' }] }]
  })
  await fc.assert(fc.asyncProperty(fc.constantFrom(...hostile.targets), fc.integer({ min: 1, max: valid.length - 1 }), async (url, cut) => {
    const payload = valid.slice(0, cut)
    fc.pre(payload.trim().length > 0)
    const res = await hostile.app.inject({ method: 'POST', url, headers: json, payload })
    return res.statusCode === 400 || (url === '/no-such-route' && res.statusCode === 404)
  }), RUNS)
  await assertHealthyAndSilent(t, hostile, 0)
})
