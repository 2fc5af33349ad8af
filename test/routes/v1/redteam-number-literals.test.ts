// Red team, the bytes: a proxy must change nothing of what the client and the API wrote beyond
// masking. JSON.parse keeps a number's value, not its text: `1.0` went upstream as `1`, `1e3`
// as `1000`, an id above 2^53 (9007199254740993) as 9007199254740992, in requests and in
// non-streamed answers (streamed tool input is passed on as text, exact already). Raw HTTP on
// both sides (an SDK client parses the numbers itself), through the real app.
import t from 'tap'
import type { ServerResponse } from 'node:http'
import { fixture, message } from './sdk-fixture.js'
import { buildTestApp } from '../../helpers/build-app.js'

const INSTANCE = 'i-0a1b2c3d4e5f67890'
const LITERALS = ['1.0', '1e3', '-0', '9007199254740993', '12345678901234567890', '2.50', '1E+2', '1e400', '-1.5e-7']

/** An object literal holding every literal under its own key, written by hand (no stringify). */
const objectOf = (literals: string[]): string => `{${literals.map((raw, i) => `"n${i}": ${raw}`).join(', ')}}`

const post = async (baseURL: string, body: string): Promise<{ status: number, text: string }> => {
  const res = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' }, body })
  return { status: res.status, text: await res.text() }
}

t.test('regression: number literals reach the API as the client wrote them (1.0, 1e3, -0, integers above 2^53 were rewritten by JSON.parse)', async t => {
  const { upstream, baseURL } = await fixture(t)
  upstream.fallback((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message([{ type: 'text', text: 'ok' }]))) })
  const body = `{"model": "claude-sonnet-4-5", "max_tokens": 1024.0, "temperature": 1.0,
    "messages": [{"role": "user", "content": "why is ${INSTANCE} down?"},
      {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01", "name": "probe", "input": {"instance": "${INSTANCE}", "args": ${objectOf(LITERALS)}, "list": [${LITERALS.join(',')}]}}]},
      {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01", "content": "done"}]}],
    "tools": [{"name": "probe", "description": "d", "input_schema": {"type": "object", "properties": {"n": {"type": "number", "minimum": 0.0, "maximum": 1e3, "default": 1.0}}},
      "input_examples": [${objectOf(LITERALS)}]}]}`
  const { status } = await post(baseURL, body)
  t.equal(status, 200)
  const sent = upstream.requests[0].raw.toString()
  t.notMatch(sent, INSTANCE, 'masked as ever')
  t.match(sent, '"max_tokens":1024.0,"temperature":1.0')
  t.match(sent, `"args":${objectOf(LITERALS).replaceAll(' ', '')}`, 'tool input numbers byte for byte')
  t.match(sent, `"list":[${LITERALS.join(',')}]`)
  t.match(sent, '"minimum":0.0,"maximum":1e3,"default":1.0', 'schema numbers')
  t.match(sent, `"input_examples":[${objectOf(LITERALS).replaceAll(' ', '')}]`)
})

t.test('regression: number literals of a non-streamed answer reach the client as the API wrote them, tokens restored beside them', async t => {
  const { upstream, baseURL } = await fixture(t)
  upstream.fallback((req, res: ServerResponse) => {
    const token = /EC2_INSTANCE_\d+/.exec(req.raw.toString())?.[0] as string
    const text = JSON.stringify(message([{ type: 'tool_use', id: 'toolu_01', name: 'probe', input: { instance: token, args: '@ARGS@' } }], { stop_reason: 'tool_use' }))
    res.writeHead(200, { 'content-type': 'application/json' }).end(text.replace('"@ARGS@"', objectOf(LITERALS)))
  })
  const { status, text } = await post(baseURL, JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: `probe ${INSTANCE}` }] }))
  t.equal(status, 200)
  t.match(text, `"input":{"instance":"${INSTANCE}","args":${objectOf(LITERALS).replaceAll(' ', '')}}`, 'restored, numbers byte for byte')
})

t.test('an integer of an identifier\'s length written as a float is still masked (fail closed), and a body without odd numbers is untouched', async t => {
  const { upstream, baseURL } = await fixture(t)
  upstream.fallback((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message([{ type: 'text', text: 'ok' }]))) })
  const body = `{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"x"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_01","name":"p","input":{"account":123456789012.0,"n":0.5}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01","content":"ok"}]}]}`
  t.equal((await post(baseURL, body)).status, 200)
  const sent = upstream.requests[0].raw.toString()
  t.notMatch(sent, '123456789012', 'the account went out as a token')
  t.match(sent, '"n":0.5')
})

t.test('regression: a streamed frame the proxy rewrites (a tool_use whole in content_block_start, restored) keeps its number literals', async t => {
  const { upstream, baseURL } = await fixture(t)
  upstream.fallback((req, res: ServerResponse) => {
    const token = /EC2_INSTANCE_\d+/.exec(req.raw.toString())?.[0] as string
    const start = JSON.stringify({ type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_01', name: 'probe', input: { instance: token, args: '@ARGS@' } } }).replace('"@ARGS@"', objectOf(LITERALS))
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.end(`event: message_start\ndata: ${JSON.stringify({ type: 'message_start', message: message([], { stop_reason: null }) })}\n\n` +
      `event: content_block_start\ndata: ${start}\n\n` +
      `event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n` +
      'event: message_stop\ndata: {"type":"message_stop"}\n\n')
  })
  const { status, text } = await post(baseURL, JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 64, stream: true, messages: [{ role: 'user', content: `probe ${INSTANCE}` }] }))
  t.equal(status, 200)
  t.match(text, `"input":{"instance":"${INSTANCE}","args":${objectOf(LITERALS).replaceAll(' ', '')}}`, 'restored, numbers byte for byte')
})

t.test('routes that read their numbers get them parsed: /analyze takes maxTokens 1024.0 and 1e3 as 1024 and 1000', async t => {
  const app = await buildTestApp(t, {})
  for (const [raw, value] of [['1024.0', 1024], ['1e3', 1000]] as const) {
    const res = await app.inject({ method: 'POST', url: '/analyze?dryRun=true', headers: { 'content-type': 'application/json' }, payload: `{"contextText":"hi","options":{"maxTokens":${raw}}}` })
    t.equal(res.statusCode, 200, raw)
    t.equal(res.json().request.max_tokens, value, raw)
  }
})

t.test('a long body whose long texts are reused when resent (reused-literals) keeps its number literals, first and second time', async t => {
  const { upstream, baseURL } = await fixture(t)
  upstream.fallback((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message([{ type: 'text', text: 'ok' }]))) })
  const paste = `log line about ${INSTANCE} and the value 1.0 (quoted \\"1e3\\")\\n`.repeat(6000) // ~400 KB, one literal
  const body = `{"model":"claude-sonnet-4-5","max_tokens":64,"temperature":1.0,"messages":[{"role":"user","content":"${paste}"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_01","name":"p","input":${objectOf(LITERALS)}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01","content":"ok"}]}]}`
  for (const turn of [0, 1]) {
    const answer = await post(baseURL, body)
    t.equal(answer.status, 200, answer.text.slice(0, 300))
    const sent = upstream.requests[turn].raw.toString()
    t.notMatch(sent, INSTANCE)
    t.match(sent, '"temperature":1.0,', `turn ${turn}: parameters`)
    t.match(sent, `"input":${objectOf(LITERALS).replaceAll(' ', '')}`, `turn ${turn}: tool input`)
    t.match(sent, 'the value 1.0 (quoted \\"1e3\\")', `turn ${turn}: text untouched`)
  }
})
