// The planted corpus and every key through every route on its success path, at debug and trace:
// /analyze (and dry run), /v1/messages JSON and stream, count_tokens, models, HEAD /, probes,
// /metrics, docs, and 404s whose URLs carry identifiers. Nothing planted and no key may show up
// in a log line, a response body or header, or the metrics text.
import t from 'tap'
import { assertNoLeaks, leakFixture, serviceAuth, v1Auth, type LeakFixture } from './leak-fixture.js'

const json = { 'content-type': 'application/json' }

async function everyRoute (t: Parameters<typeof assertNoLeaks>[0], fx: LeakFixture): Promise<void> {
  const { text, planted } = fx.corpus
  const resources = { Reservations: [{ OwnerId: planted[1], Instances: [{ InstanceId: planted[0], Tags: [{ Key: 'Name', Value: planted[2] }] }] }] }
  const v1Body = (extra: object = {}) => ({ model: 'claude-test', max_tokens: 64, system: text.slice(0, 500), messages: [{ role: 'user', content: text }], ...extra })
  const expect = (status: number, e: { label: string, status: number }) => t.equal(e.status, status, `${e.label} -> ${status}`)

  expect(200, await fx.send('analyze', { method: 'POST', url: '/analyze', headers: { ...json, ...serviceAuth }, payload: { contextText: text, resources } }))
  expect(200, await fx.send('analyze dry run', { method: 'POST', url: '/analyze?dryRun=true', headers: { ...json, ...serviceAuth }, payload: { contextText: text, resources } }))
  expect(200, await fx.send('v1 json', { method: 'POST', url: '/v1/messages', headers: { ...json, ...v1Auth }, payload: v1Body() }))
  expect(200, await fx.send('v1 beta', { method: 'POST', url: '/v1/messages?beta=true', headers: { ...json, ...v1Auth }, payload: v1Body() }))
  const stream = await fx.send('v1 stream', { method: 'POST', url: '/v1/messages', headers: { ...json, ...v1Auth }, payload: v1Body({ stream: true }) })
  expect(200, stream)
  t.match(stream.body, /event: message_stop/)
  expect(200, await fx.send('count_tokens', { method: 'POST', url: '/v1/messages/count_tokens', headers: { ...json, ...v1Auth }, payload: v1Body() }))
  expect(200, await fx.send('models', { method: 'GET', url: '/v1/models', headers: v1Auth }))
  expect(200, await fx.send('model', { method: 'GET', url: '/v1/models/claude-test', headers: v1Auth }))
  expect(200, await fx.send('head /', { method: 'HEAD', url: '/' }))
  expect(200, await fx.send('health', { method: 'GET', url: `/health?probe=${planted[0]}` }))
  expect(200, await fx.send('ready', { method: 'GET', url: '/health/ready' }))
  expect(200, await fx.send('metrics json', { method: 'GET', url: '/metrics', headers: { accept: 'application/json' } }))
  expect(200, await fx.send('docs', { method: 'GET', url: '/docs/json', headers: serviceAuth }))
  expect(404, await fx.send('404 service', { method: 'GET', url: `/instances/${planted[0]}/${planted[1]}?ip=${planted[3]}`, headers: serviceAuth }))
  expect(404, await fx.send('404 v1', { method: 'POST', url: `/v1/accounts/${planted[1]}`, headers: { ...json, ...v1Auth }, payload: v1Body() }))

  // restoration on: the answers rightly quote the caller's own originals (bodies not scanned)
  fx.mode = 'echo'
  const echoed = await fx.send('analyze echo', { method: 'POST', url: '/analyze', headers: { ...json, ...serviceAuth }, payload: { contextText: text } }, true)
  t.ok(echoed.body.includes(planted[0]), 'the echo answer was restored (the test can see originals)')
  expect(200, await fx.send('v1 echo', { method: 'POST', url: '/v1/messages', headers: { ...json, ...v1Auth }, payload: v1Body() }, true))
  expect(200, await fx.send('v1 stream echo', { method: 'POST', url: '/v1/messages', headers: { ...json, ...v1Auth }, payload: v1Body({ stream: true }) }, true))
}

for (const level of ['debug', 'trace']) {
  t.test(`every route at ${level}: no original, no key anywhere`, async (t) => {
    const fx = await leakFixture(t, level)
    await everyRoute(t, fx)
    t.ok(fx.logs.lines.length >= fx.exchanges.length, `logged (${fx.logs.lines.length} lines)`)
    t.ok(fx.logs.lines.some((l) => l.level === 'debug' || l.level === 'trace' || l.msg === 'request completed'), 'the capture sees the request lines')
    t.ok(fx.upstream.requests.some((r) => r.headers['x-api-key'] === 'sk-ant-api03-CLIENTcanary-7f3k9QmZx2LwR8tY'), 'the client key went where it belongs: upstream')
    await assertNoLeaks(t, fx)
  })
}

t.test('a query string on /v1/messages: only beta goes upstream, identifiers in other parameters never do', async (t) => {
  const fx = await leakFixture(t, 'debug')
  const [id, account] = fx.corpus.planted
  for (const stream of [false, true]) {
    const e = await fx.send(`v1 query stream=${String(stream)}`, {
      method: 'POST', url: `/v1/messages?note=${id}&beta=true&acct=${account}`, headers: { ...json, ...v1Auth },
      payload: { model: 'm', max_tokens: 5, stream, messages: [{ role: 'user', content: 'hi' }] }
    })
    t.equal(e.status, 200)
  }
  t.same(fx.upstream.requests.map((r) => r.url), ['/v1/messages?beta=true', '/v1/messages?beta=true'])
  await assertNoLeaks(t, fx)
})
