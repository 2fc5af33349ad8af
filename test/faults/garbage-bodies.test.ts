// Garbage from the upstream: a non-JSON 200 on a JSON call, an HTML error page, JSON cut short
// (but with a matching content-length), and a 200 that is not SSE on a stream call.
import t from 'tap'
import {
  FAMILIES, assertBounded, assertErrorShape, assertHealthyAfter, assertNoTokensLeft, faultFixture, sseEvents, type Answer
} from './fault-fixture.js'
import { raw } from './fault-answers.js'

const HTML_PAGE = '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>cloudflare</center>\n</body>\n</html>\n'

function assertNoGarbage (t: Tap, a: Answer, garbage: string): void {
  t.notOk(a.body.includes(garbage), `${a.family}: the garbage is not passed on`)
}
type Tap = Parameters<typeof assertErrorShape>[0]

t.test('a 200 that is not JSON on a JSON call: 502 in both shapes', async (t) => {
  const fx = await faultFixture(t, {}, raw(200, 'text/plain', 'OK but certainly not JSON'))
  for (const family of ['analyze', 'v1'] as const) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 502, 'api_error')
    assertNoGarbage(t, a, 'certainly not JSON')
    assertBounded(t, a, 10_000)
  }
  await assertHealthyAfter(t, fx)
})

t.test('an HTML error page (proxy in front of the API): its 5xx status kept, a JSON error body', async (t) => {
  const fx = await faultFixture(t, {}, raw(502, 'text/html', HTML_PAGE))
  for (const family of FAMILIES) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 502, 'api_error')
    assertNoGarbage(t, a, '<html>')
    t.match(a.headers.get('content-type'), /^application\/json/)
  }
  await assertHealthyAfter(t, fx)
})

t.test('a 200 with JSON cut short (content-length matches): 502, no half message', async (t) => {
  const fx = await faultFixture(t, {}, (req, res) => {
    const text = JSON.stringify({ id: 'msg_cut', type: 'message', role: 'assistant', content: [{ type: 'text', text: String(req.json?.messages?.[0]?.content) }] })
    raw(200, 'application/json', text.slice(0, Math.floor(text.length * 0.6)))(req, res)
  })
  for (const family of ['analyze', 'v1'] as const) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 502, 'api_error')
    assertNoGarbage(t, a, 'msg_cut')
    assertNoTokensLeft(t, fx, a)
  }
  await assertHealthyAfter(t, fx)
})

t.test('a stream call answered 200 with an HTML page instead of SSE: the client is told it failed', async (t) => {
  const fx = await faultFixture(t, {}, raw(200, 'text/html', HTML_PAGE))
  const a = await fx.call('v1-stream')
  assertBounded(t, a, 10_000)
  assertNoGarbage(t, a, '<html>')
  const failed = a.status >= 500 || sseEvents(a.body).at(-1)?.event === 'error'
  t.ok(failed, `a 5xx or an error frame, not an empty success (status ${a.status}, body ${JSON.stringify(a.body.slice(0, 200))})`)
  await assertHealthyAfter(t, fx)
})
