// Red team, the answer side: what the proxy hands the SDK back must have the API's types and the
// client's values. A citation's strings are text (the SDK types them `string`), whatever the
// conversation typed the same value as elsewhere; a refusal's explanation quoting a token is
// restored like any text the API writes. JSON and streamed answers, official SDK as the client.
// Fixed since, in their own files: number literals (redteam-number-literals), tokens written with
// escapes in partial_json (redteam-stream-escapes), compaction summaries and MCP tool listings
// (redteam-beta-blocks). Known gaps still open: an integer of 12 to 15 digits written another way
// (`123456789012.0`, `1.23456789012e11`) comes back as plain digits when it is not masked; a signed
// compaction or thinking block whose masked text this replica never saw (no sticky sessions) is
// masked again and may not match its signature; a compaction summary cut across two
// compaction_delta events is restored per delta (the API sends it whole in one).
import t from 'tap'
import type { ServerResponse } from 'node:http'
import { sseFrame, type RawRequest } from './raw-upstream.js'
import { fixture, message, tokenFor } from './sdk-fixture.js'

const ACCOUNT = 123456789012 // given as a JSON number in a tool input: its token is typed a number there

/** A conversation where the account is a number in a tool call, then the title and source of a document and a search result. */
const conversation: any[] = [
  { role: 'user', content: 'which account?' },
  { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01', name: 'whoami', input: { account: ACCOUNT } }] },
  {
    role: 'user',
    content: [
      { type: 'tool_result', tool_use_id: 'toolu_01', content: 'done' },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'billing owner runbook' }, title: String(ACCOUNT), citations: { enabled: true } },
      { type: 'search_result', source: String(ACCOUNT), title: String(ACCOUNT), content: [{ type: 'text', text: 'owner: ops' }], citations: { enabled: true } }
    ]
  }
]

/** Citations naming the account by its token alone, as the API would quote the titles it was given. */
function citations (req: RawRequest): unknown[] {
  const token = tokenFor(req, /ACCOUNT_ID_\d+/)
  return [
    { type: 'char_location', cited_text: 'billing owner', document_index: 0, document_title: token, start_char_index: 0, end_char_index: 13 },
    { type: 'search_result_location', cited_text: 'owner: ops', source: token, title: token, search_result_index: 0, start_block_index: 0, end_block_index: 0 }
  ]
}

const refusal = (req: RawRequest) => ({ type: 'refusal', category: null, explanation: `declined for ${tokenFor(req, /ACCOUNT_ID_\d+/)}` })

const json = (res: ServerResponse, body: unknown): void => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)) }
const sse = (res: ServerResponse, frames: string[]): void => { res.writeHead(200, { 'content-type': 'text/event-stream' }).end(frames.join('')) }

t.test('regression: a citation string that is exactly a number-typed token comes back a string (it came back a JSON number), JSON and streamed', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.script(
    (req, res) => json(res, message([{ type: 'text', text: 'the owner', citations: citations(req) }])),
    (req, res) => sse(res, [
      sseFrame({ type: 'message_start', message: message([], { stop_reason: null }) }),
      sseFrame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', citations: [] } }),
      sseFrame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'the owner' } }),
      ...citations(req).map((citation) => sseFrame({ type: 'content_block_delta', index: 0, delta: { type: 'citations_delta', citation } })),
      sseFrame({ type: 'content_block_stop', index: 0 }),
      sseFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } }),
      sseFrame({ type: 'message_stop' })
    ])
  )
  const params = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: conversation }
  const created = await sdk().messages.create(params)
  const streamed = await sdk().messages.stream(params).finalMessage()
  for (const [name, answer] of [['JSON', created], ['streamed', streamed]] as const) {
    const [char, search] = (answer.content[0] as any).citations
    t.equal(char.document_title, String(ACCOUNT), `${name}: document_title is the string the client sent`)
    t.strictSame([search.source, search.title], [String(ACCOUNT), String(ACCOUNT)], `${name}: search result source and title are strings`)
  }
  t.notMatch(upstream.requests.map((r) => r.raw.toString()).join(''), String(ACCOUNT), 'the account never went out')
})

t.test('regression: a content_block_start carrying its citations restores them as text', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((req, res) => sse(res, [
    sseFrame({ type: 'message_start', message: message([], { stop_reason: null }) }),
    sseFrame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: 'the owner', citations: citations(req) } }),
    sseFrame({ type: 'content_block_stop', index: 0 }),
    sseFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } }),
    sseFrame({ type: 'message_stop' })
  ]))
  const answer = await sdk().messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: conversation }).finalMessage()
  const [char, search] = (answer.content[0] as any).citations
  t.equal(char.document_title, String(ACCOUNT))
  t.strictSame([search.source, search.title], [String(ACCOUNT), String(ACCOUNT)])
})

t.test('regression: a refusal\'s stop_details.explanation quoting a token is restored (it came back masked), JSON and streamed', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.script(
    (req, res) => json(res, message([], { stop_reason: 'refusal', stop_details: refusal(req) })),
    (req, res) => sse(res, [
      sseFrame({ type: 'message_start', message: message([], { stop_reason: null }) }),
      sseFrame({ type: 'message_delta', delta: { stop_reason: 'refusal', stop_sequence: null, stop_details: refusal(req) }, usage: { output_tokens: 0 } }),
      sseFrame({ type: 'message_stop' })
    ])
  )
  const params = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: conversation }
  const created = await sdk().messages.create(params) as any
  const streamed = await sdk().messages.stream(params).finalMessage() as any
  t.equal(created.stop_details?.explanation, `declined for ${ACCOUNT}`, 'JSON')
  t.equal(streamed.stop_details?.explanation, `declined for ${ACCOUNT}`, 'streamed')
  t.equal(streamed.stop_details?.type, 'refusal')
})
