// Broken, oddly typed, poisoned, deep, huge and mislabelled bodies: each gets a clear 4xx,
// nothing goes upstream, and the process stays healthy.
import t from 'tap'
import { assertClear4xx, assertHealthyAndSilent, buildHostileApp } from './hostile-app.js'

const json = { 'content-type': 'application/json' }

t.test('malformed and truncated JSON -> 400', async (t) => {
  const hostile = await buildHostileApp(t)
  const valid = JSON.stringify({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi i-0123456789abcdef0' }] })
  const bodies = ['{"a":', '{a:1}', '[1,2', 'nul', '{"a":1}}', '{"a":"\\u00"}', "{'a':1}", '{"a":1,}', '\u0000', valid.slice(0, valid.length - 1), valid.slice(0, 20)]
  for (const url of hostile.targets) {
    for (const payload of bodies) assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: json, payload }), 400)
  }
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('wrong JSON types -> 4xx', async (t) => {
  const hostile = await buildHostileApp(t)
  const bodies: unknown[] = [
    [], 'a string', 123, true, null, {},
    { contextText: 5 }, { contextText: ['x'] }, { contextText: '' }, { resources: 'x', options: { maxTokens: 'many' } },
    { contextText: 'x', options: { analysisType: 'everything' } }, { contextText: 'x', unexpected: 1 },
    { model: 1, max_tokens: 'a', messages: 'hello' }, { model: 'm', max_tokens: 10, messages: {} }
  ]
  // The proxy forwards message shapes it has nothing to mask in (Anthropic judges them), so a
  // wrongly typed `content` is a 4xx only where the service owns the schema.
  const serviceOnly: unknown[] = [{ contextText: 'x', resources: { content: 42 }, options: { maxTokens: 5.5 } }]
  for (const url of hostile.targets) {
    const before = hostile.upstream.requests.length
    for (const body of url.startsWith('/v1/') ? bodies : [...bodies, ...serviceOnly]) {
      const res = await hostile.app.inject({ method: 'POST', url, headers: json, payload: JSON.stringify(body) })
      assertClear4xx(t, url, res)
    }
    t.equal(hostile.upstream.requests.length, before, `${url}: rejected bodies never reach the upstream`)
  }
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('empty bodies -> 400', async (t) => {
  const hostile = await buildHostileApp(t)
  for (const url of hostile.targets) {
    assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: json, payload: '' }), 400)
    assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: json, payload: '   \n' }), 400)
    assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url }))
  }
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('10,000-deep nesting -> 400 without a stack overflow', async (t) => {
  const hostile = await buildHostileApp(t)
  const deepArray = '['.repeat(10_000) + ']'.repeat(10_000)
  const deepObject = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)
  for (const url of hostile.targets) {
    const a = await hostile.app.inject({ method: 'POST', url, headers: json, payload: `{"contextText":"x","resources":${deepArray},"messages":${deepArray}}` })
    assertClear4xx(t, url, a, 400)
    t.match(a.body, /nested too deeply/)
    assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: json, payload: deepObject }), 400)
  }
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('brackets inside strings do not count as nesting', async (t) => {
  const hostile = await buildHostileApp(t)
  if (!hostile.targets.includes('/analyze')) { t.plan(0, '/analyze is not registered in this build'); return }
  const text = '[{'.repeat(5000) + ' "\\"[[[ i-0123456789abcdef0'
  const res = await hostile.app.inject({ method: 'POST', url: '/analyze?dryRun=true', headers: json, payload: JSON.stringify({ contextText: text }) })
  t.equal(res.statusCode, 200)
})

t.test('__proto__ and constructor.prototype keys -> 400, no pollution', async (t) => {
  const hostile = await buildHostileApp(t)
  const bodies = [
    '{"contextText":"x","__proto__":{"polluted":true}}',
    '{"contextText":"x","resources":{"a":[{"__proto__":{"polluted":true}}]}}',
    '{"contextText":"x","constructor":{"prototype":{"polluted":true}}}',
    '{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"tool_result","content":{"__proto__":{"polluted":1}}}]}]}',
    '{"contextText":"x","\\u005f_proto__":{"polluted":true}}'
  ]
  for (const url of hostile.targets) {
    for (const payload of bodies) assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: json, payload }), 400)
  }
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched')
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('invalid UTF-8 -> 400', async (t) => {
  const hostile = await buildHostileApp(t)
  const bad = [
    Buffer.concat([Buffer.from('{"contextText":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
    Buffer.concat([Buffer.from('{"contextText":"caf'), Buffer.from([0xc3]), Buffer.from('"}')]), // truncated sequence
    Buffer.concat([Buffer.from('{"contextText":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]), // encoded surrogate
    Buffer.concat([Buffer.from('{"contextText":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]) // overlong '/'
  ]
  for (const url of hostile.targets) {
    for (const payload of bad) {
      const res = await hostile.app.inject({ method: 'POST', url, headers: json, payload })
      assertClear4xx(t, url, res, 400)
      t.match(res.body, /not valid UTF-8/)
    }
  }
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('huge strings and arrays past the limits -> 4xx', async (t) => {
  const hostile = await buildHostileApp(t, { BODY_LIMIT_BYTES: String(2 * 1024 * 1024), ANALYZE_MAX_CONTEXT_CHARS: '1000' })
  const overLimit = JSON.stringify({ contextText: 'x'.repeat(3 * 1024 * 1024) })
  const hugeArray = JSON.stringify({ contextText: 'x', resources: new Array(1_500_000).fill(0) }) // 3 MB of zeros
  for (const url of hostile.targets) {
    assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: json, payload: overLimit }), 413)
    assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: json, payload: hugeArray }), 413)
  }
  if (hostile.targets.includes('/analyze')) {
    const long = await hostile.app.inject({ method: 'POST', url: '/analyze', headers: json, payload: JSON.stringify({ contextText: 'y'.repeat(1001) }) })
    assertClear4xx(t, '/analyze', long, 400)
  }
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('wrong or missing content types -> 415', async (t) => {
  const hostile = await buildHostileApp(t)
  const types = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/octet-stream', 'text/event-stream']
  for (const url of hostile.targets) {
    for (const type of types) {
      assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: { 'content-type': type }, payload: '{"contextText":"x"}' }), 415)
    }
  }
  await assertHealthyAndSilent(t, hostile, 0)
})

t.test('a valid request still works after all that (the suite can tell accepted from rejected)', async (t) => {
  const hostile = await buildHostileApp(t)
  if (!hostile.targets.includes('/analyze')) { t.plan(0, '/analyze is not registered in this build'); return }
  const res = await hostile.app.inject({ method: 'POST', url: '/analyze', headers: json, payload: { contextText: 'sg-0123456789abcdef0 open to the world' } })
  t.equal(res.statusCode, 200)
  t.equal(hostile.upstream.requests.length, 1, 'the accepted request did reach the upstream')
  t.notMatch(hostile.upstream.requests[0].raw.toString(), /sg-0123456789abcdef0/)
})

t.test('a valid body without the service key -> 401, nothing upstream', async (t) => {
  const hostile = await buildHostileApp(t, { SERVICE_API_KEYS: 'hostile-suite-key' })
  const body = { contextText: 'x', model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }
  for (const url of hostile.targets) {
    assertClear4xx(t, url, await hostile.app.inject({ method: 'POST', url, headers: { ...json, 'x-api-key': 'sk-ant-client' }, payload: body }), 401)
  }
  await assertHealthyAndSilent(t, hostile, 0)
})
