// The planted AWS corpus in every customer-text field of a request: none of it reaches the API,
// and answers quoting the tokens come back byte for byte, JSON and streamed (cut anywhere).
import t from 'tap'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'
import { plantedCorpus } from '../../helpers/aws-corpus.js'

const lastText = (req: RecordedRequest): string => req.json.messages.at(-1).content.find((b: any) => b.type === 'text').text
const echo = (req: RecordedRequest) => assistantMessage([
  { type: 'text', text: lastText(req) },
  { type: 'tool_use', id: 'toolu_01', name: 'report', input: { body: lastText(req), lines: lastText(req).split('\n').slice(0, 5) } }
])

for (const seed of [1, 2, 3]) {
  t.test(`corpus seed ${seed}: nothing planted leaves, everything comes back`, async t => {
    const corpus = plantedCorpus(seed, 6_000)
    // quarters cut at line ends: a value cut in half is no longer recognisable by its shape
    const lines = corpus.text.split('\n')
    const part = (n: number) => lines.slice(Math.floor(lines.length * n / 4), Math.floor(lines.length * (n + 1) / 4)).join('\n')
    const { mock, client } = await buildProxyFixture(t)
    mock.fallback({ message: echo, deltaSize: 7, chunkBytes: 13 })
    const messages: any[] = [
      { role: 'user', content: part(0) },
      { role: 'assistant', content: [{ type: 'text', text: part(1) }, { type: 'tool_use', id: 'toolu_00', name: 'aws', input: { command: part(2), args: part(1).split(' ') } }] },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_00', content: [{ type: 'text', text: part(3) }] },
          { type: 'document', source: { type: 'text', media_type: 'text/plain', data: part(2) }, title: 'runbook' },
          { type: 'text', text: corpus.text }
        ]
      }
    ]
    const params = { model: 'm', max_tokens: 100, system: part(3), stop_sequences: [corpus.planted[0]], messages }
    const created = await client().messages.create(params)
    const streamed = await client().messages.stream(params).finalMessage()
    const expected = [
      { type: 'text', text: corpus.text },
      { type: 'tool_use', id: 'toolu_01', name: 'report', input: { body: corpus.text, lines: corpus.text.split('\n').slice(0, 5) } }
    ]
    t.same(created.content, expected, 'JSON answer restored byte for byte')
    t.same(streamed.content, expected, 'streamed answer restored byte for byte')
    for (const req of mock.requests) {
      const raw = req.raw.toString('utf8')
      // principalId session names and known secrets standing alone included (once engine gaps)
      const leaked = corpus.planted.filter(value => raw.includes(value))
      t.same(leaked, [], `none of ${corpus.planted.length} planted values reached the API`)
    }
    const raw = mock.requests[0].raw.toString('utf8')
    t.same(corpus.kept.filter(value => !raw.includes(value)), [], 'kept values (regions, SHAs, actions) reach the API unchanged')
  })
}
