// Red team, streamed tool input: the model may write a char of a token as a JSON escape
// (`\u0041CCOUNT_ID_1`, `ACCOUNT\u005fID_1`). The JSON answer parses it and restored the token;
// the streamed partial_json went out as written, the token left masked. Streamed must equal batch,
// however the text is cut. Official SDK as the client, a local upstream writing exact bytes.
import t from 'tap'
import type { ServerResponse } from 'node:http'
import { sseFrame, type RawRequest } from './raw-upstream.js'
import { fixture, message } from './sdk-fixture.js'

const INSTANCE = 'i-0a1b2c3d4e5f67890'
const ACCOUNT = 123456789012

/** The tool input as raw JSON text, each token spelled with an escape inside it. */
function escapedInput (req: RawRequest): string {
  const sent = req.raw.toString()
  const instance = /EC2_INSTANCE_\d+/.exec(sent)?.[0] as string
  const account = /ACCOUNT_ID_\d+/.exec(sent)?.[0] as string
  const first = `\\u00${instance.charCodeAt(0).toString(16)}${instance.slice(1)}` // \u0045C2_INSTANCE_1
  const underscore = account.replace('_', '\\u005f') // ACCOUNT\u005fID_1
  const upper = account.replace('_', '\\u005F')
  return `{"id":"${first}","account":${JSON.stringify(account).replace('_', '\\u005f')},"note":"on ${underscore} and x${first}","pair":"\\\\u0041${instance.slice(1)}","list":["${upper}"]}`
}

const sse = (res: ServerResponse, pieces: string[]): void => {
  res.writeHead(200, { 'content-type': 'text/event-stream' })
  res.end([
    sseFrame({ type: 'message_start', message: message([], { stop_reason: null }) }),
    sseFrame({ type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_01', name: 'probe', input: {} } }),
    ...pieces.map((partial_json) => sseFrame({ type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json } })),
    sseFrame({ type: 'content_block_stop', index: 0 }),
    sseFrame({ type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 2 } }),
    sseFrame({ type: 'message_stop' })
  ].join(''))
}

t.test('regression: a token written with a JSON escape inside it is restored in streamed partial_json as in the JSON answer (it stayed masked), at every cut', async t => {
  const { upstream, sdk } = await fixture(t)
  let size = 0
  upstream.fallback((req, res) => {
    const raw = escapedInput(req)
    if (req.json.stream !== true) { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message([{ type: 'tool_use', id: 'toolu_01', name: 'probe', input: '@IN@' }])).replace('"@IN@"', raw)); return }
    const pieces: string[] = []
    for (let i = 0; i < raw.length; i += size) pieces.push(raw.slice(i, i + size))
    sse(res, pieces)
  })
  const messages = [
    { role: 'user' as const, content: 'probe' },
    { role: 'assistant' as const, content: [{ type: 'tool_use' as const, id: 'toolu_00', name: 'probe', input: { id: INSTANCE, account: ACCOUNT } }] },
    { role: 'user' as const, content: [{ type: 'tool_result' as const, tool_use_id: 'toolu_00', content: 'again' }] }
  ]
  const params = { model: 'claude-sonnet-4-5', max_tokens: 64, messages }
  const batch = (await sdk().messages.create(params)).content[0] as any
  t.equal(batch.input.id, INSTANCE, 'the JSON answer restores it')
  t.equal(batch.input.account, ACCOUNT, 'a number-typed token too')
  t.match(batch.input.note, `on ${ACCOUNT} and x`)
  for (size = 1; size <= 8; size++) {
    const stream = sdk().messages.stream(params)
    let partial = ''
    stream.on('inputJson', (delta) => { partial += delta })
    const streamed = (await stream.finalMessage()).content[0] as any
    t.same(streamed.input, batch.input, `streamed equals batch (pieces of ${size})`)
    t.same(JSON.parse(partial), batch.input, `the concatenated partial_json too (pieces of ${size})`)
  }
})
