// The planted corpus and the keys through every failure path, at debug and trace: auth failures,
// validation errors on bodies full of identifiers, 413, 415, malformed JSON and invalid UTF-8
// quoting identifiers, upstream 500/429/timeouts and a stream that dies, the leak gate, the
// mapping limit and the rate limit. No original and no key in logs, bodies, headers or metrics.
import t from 'tap'
import { KEYS, assertNoLeaks, leakFixture, serviceAuth, v1Auth, type LeakFixture } from './leak-fixture.js'

type Tap = Parameters<typeof assertNoLeaks>[0]
const json = { 'content-type': 'application/json' }

function expecter (t: Tap) {
  return (status: number, e: { label: string, status: number }) => t.equal(e.status, status, `${e.label} -> ${status}`)
}

async function authFailures (t: Tap, fx: LeakFixture): Promise<void> {
  const expect = expecter(t)
  const { text } = fx.corpus
  const v1Body = { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: text }] }
  expect(401, await fx.send('analyze no key', { method: 'POST', url: '/analyze', headers: json, payload: { contextText: text } }))
  expect(401, await fx.send('analyze wrong key', { method: 'POST', url: '/analyze', headers: { ...json, authorization: `Bearer ${KEYS.wrong}` }, payload: { contextText: text } }))
  expect(401, await fx.send('v1 client key only', { method: 'POST', url: '/v1/messages', headers: { ...json, 'x-api-key': KEYS.client }, payload: v1Body }))
  expect(401, await fx.send('v1 wrong masker key', { method: 'POST', url: '/v1/messages', headers: { ...json, 'x-masker-key': KEYS.wrong, authorization: `Bearer ${KEYS.client}` }, payload: v1Body }))
  expect(401, await fx.send('count_tokens wrong key', { method: 'POST', url: '/v1/messages/count_tokens', headers: { ...json, 'x-api-key': KEYS.wrong }, payload: v1Body }))
  expect(401, await fx.send('models no key', { method: 'GET', url: '/v1/models' }))
  t.match((await fx.app.inject({ url: '/metrics' })).body, /^aws_masker_auth_failures_total\{family="v1"\} 4$/m, 'v1 failures counted')
}

async function badBodies (t: Tap, fx: LeakFixture): Promise<void> {
  const expect = expecter(t)
  const { text, planted } = fx.corpus
  const post = (label: string, url: string, payload: string | Buffer | object, headers: Record<string, string> = json) =>
    fx.send(label, { method: 'POST', url, headers: { ...headers, ...(url.startsWith('/v1') ? v1Auth : serviceAuth) }, payload })
  expect(400, await post('analyze wrong type', '/analyze', { contextText: 12345, resources: { id: planted[0] } }))
  expect(400, await post('analyze bad enum', '/analyze', { contextText: text, options: { analysisType: planted[0] } }))
  expect(400, await post('analyze extra field', '/analyze', { contextText: text, [planted[1]]: planted[2] }))
  expect(400, await post('analyze nested extra', '/analyze', { contextText: text, options: { [planted[3]]: true } }))
  expect(400, await post('analyze bad query', `/analyze?dryRun=${planted[0]}`, { contextText: text }))
  expect(400, await post('v1 no messages', '/v1/messages', { model: 'm', system: text }))
  expect(413, await post('analyze 413', '/analyze', { contextText: text.repeat(60) }))
  expect(413, await post('v1 413', '/v1/messages', { model: 'm', messages: [{ role: 'user', content: text.repeat(60) }] }))
  expect(415, await post('analyze 415', '/analyze', text, { 'content-type': 'text/plain' }))
  expect(415, await post('v1 415', '/v1/messages', text, { 'content-type': 'application/x-www-form-urlencoded' }))
  for (const url of ['/analyze', '/v1/messages']) {
    expect(400, await post(`${url} unterminated JSON`, url, `{"contextText": "${text.slice(0, 2_000).replaceAll('"', "'").replaceAll('\n', ' ')}`))
    expect(400, await post(`${url} bare identifier`, url, `{"contextText": ${planted[0]}, "account": ${planted[1]}}`))
    expect(400, await post(`${url} invalid UTF-8`, url, Buffer.concat([Buffer.from(`{"contextText": "${planted[0]} `), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(` ${planted[1]}"}`)])))
  }
  expect(422, await post('analyze leak gate', '/analyze', { contextText: text, options: { model: `model-${planted.find((p) => /^\d{12}$/.test(p)) ?? '123456789012'}` } }))
}

async function upstreamFailures (t: Tap, fx: LeakFixture): Promise<void> {
  const expect = expecter(t)
  const { text } = fx.corpus
  const analyze = () => fx.send(`analyze upstream ${fx.mode}`, { method: 'POST', url: '/analyze', headers: { ...json, ...serviceAuth }, payload: { contextText: text } })
  const v1 = (stream: boolean) => fx.send(`v1 upstream ${fx.mode} stream=${String(stream)}`, {
    method: 'POST', url: '/v1/messages', headers: { ...json, ...v1Auth }, payload: { model: 'm', max_tokens: 5, stream, messages: [{ role: 'user', content: text }] }
  })
  const cases = { error500: [502, 500, 500], error429: [429, 429, 429], hang: [504, 504, 504] } as const
  for (const [mode, [a, j, s]] of Object.entries(cases)) {
    fx.mode = mode as LeakFixture['mode']
    expect(a, await analyze())
    expect(j, await v1(false))
    expect(s, await v1(true))
  }
  fx.mode = 'stream-dies'
  const died = await v1(true)
  expect(200, died)
  t.match(died.body, /event: error/, 'the dead stream ends with an error frame')
  fx.mode = 'answer'
}

for (const level of ['debug', 'trace']) {
  t.test(`failure paths at ${level}: no original, no key anywhere`, async (t) => {
    const fx = await leakFixture(t, level)
    await authFailures(t, fx)
    await badBodies(t, fx)
    await upstreamFailures(t, fx)
    t.ok(fx.logs.lines.some((l) => l.level === 'error'), 'failures were logged')
    await assertNoLeaks(t, fx)
  })
}

t.test('masking failures (mapping limit) and the rate limit at debug: nothing leaks', async (t) => {
  const fx = await leakFixture(t, 'debug', { MASK_MAX_MAPPINGS: '3', RATE_LIMIT_ANALYZE_MAX: '3' })
  const expect = expecter(t)
  const { text } = fx.corpus
  expect(503, await fx.send('analyze mapping limit', { method: 'POST', url: '/analyze', headers: { ...json, ...serviceAuth }, payload: { contextText: text } }))
  expect(503, await fx.send('dry run mapping limit', { method: 'POST', url: '/analyze?dryRun=true', headers: { ...json, ...serviceAuth }, payload: { contextText: text } }))
  for (const stream of [false, true]) {
    expect(503, await fx.send(`v1 mapping limit stream=${String(stream)}`, {
      method: 'POST', url: '/v1/messages', headers: { ...json, ...v1Auth }, payload: { model: 'm', max_tokens: 5, stream, messages: [{ role: 'user', content: text }] }
    }))
  }
  let last = 0
  for (let i = 0; i < 5 && last !== 429; i++) { // the analyze limit is 3 per window: the 4th call at the latest
    last = (await fx.send(`analyze until rate limited ${i}`, { method: 'POST', url: '/analyze', headers: { ...json, ...serviceAuth }, payload: { contextText: text } })).status
  }
  t.equal(last, 429, 'the rate limit answered 429')
  t.equal(fx.upstream.requests.length, 0, 'nothing was sent upstream')
  t.match((await fx.app.inject({ url: '/metrics' })).body, /^aws_masker_mapping_limit_total [1-9]/m, 'the limit was counted')
  await assertNoLeaks(t, fx)
})
