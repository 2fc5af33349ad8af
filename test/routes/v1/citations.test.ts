// Citations through the SDK. The API cites the masked documents it received: cited_text is masked
// and char offsets count characters of the masked text. The client must get the original text and
// offsets into its own document (doc.slice(start, end) === cited_text), JSON and streamed, and when
// it resends the answer the API must get back exactly the citation it wrote.
import t, { type Test } from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'
import { createRawUpstream, sseFrame } from './raw-upstream.js'
import { buildTestApp } from '../../helpers/build-app.js'

const DOC_A = [
  'Incident log, shift 3.',
  'Instance i-0a1b2c3d4e5f67890 in account 123456789012 lost its default route at 02:14.',
  'The subnet 10.0.1.0/24 of vpc-0a1b2c3d4e5f67890 was detached by jane.doe@acme-corp.com.',
  'Nothing else changed 🙂 that night.'
].join('\n')
const DOC_B = 'Runbook: when sg-0123456789abcdef0 blocks 10.0.1.23, ask arn:aws:iam::123456789012:role/prod-deployer to re-attach it.'
const PDF = Buffer.from('%PDF-1.4 not really a pdf').toString('base64')

type Block = Anthropic.ContentBlockParam
const documents = (): Block[] => [
  { type: 'document', source: { type: 'text', media_type: 'text/plain', data: DOC_A }, title: 'incident.log', citations: { enabled: true } },
  { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: PDF }, citations: { enabled: true } },
  { type: 'document', source: { type: 'text', media_type: 'text/plain', data: DOC_B }, title: 'runbook.md', citations: { enabled: true } }
]
const ORIGINALS = [DOC_A, undefined, DOC_B]

/** The text documents as the API received them (masked), by document_index. */
function receivedDocs (req: RecordedRequest): Array<string | undefined> {
  return req.json.messages.flatMap((m: any) => Array.isArray(m.content) ? m.content : [])
    .filter((b: any) => b.type === 'document').map((b: any) => b.source.type === 'text' ? b.source.data as string : undefined)
}

/** What the API does: cites whole lines of the masked documents it got (offsets in UTF-16 or code points). */
function citationsOn (req: RecordedRequest, points = false): any[][] {
  const docs = receivedDocs(req)
  const cite = (index: number, line: number) => {
    const text = docs[index] as string
    const cited = text.split('\n')[line]
    const start = text.indexOf(cited)
    const count = (s: string) => points ? [...s].length : s.length
    return { type: 'char_location', cited_text: cited, document_index: index, document_title: index === 0 ? 'incident.log' : 'runbook.md', start_char_index: count(text.slice(0, start)), end_char_index: count(text.slice(0, start)) + count(cited) }
  }
  return [
    [cite(0, 1)],
    [cite(0, 2), { type: 'page_location', cited_text: 'not really a pdf', document_index: 1, document_title: null, start_page_number: 1, end_page_number: 2 }],
    [cite(2, 0), cite(0, 3)]
  ]
}

function answerCiting (req: RecordedRequest, points = false): Record<string, any> {
  const [a, b, c] = citationsOn(req, points)
  return assistantMessage([
    { type: 'text', text: 'The instance lost its route', citations: a },
    { type: 'text', text: ' after the subnet was detached', citations: b },
    { type: 'text', text: '; the runbook says what to do.', citations: c }
  ])
}

const question = (): Anthropic.MessageParam => ({ role: 'user', content: [...documents(), { type: 'text', text: 'What happened to i-0a1b2c3d4e5f67890?' }] })

function checkClientCitations (t: Test, content: Anthropic.ContentBlock[], points = false): void {
  const expected = [[[0, 1]], [[0, 2], 'page'], [[2, 0], [0, 3]]]
  const slice = (doc: string, s: number, e: number) => points ? [...doc].slice(s, e).join('') : doc.slice(s, e)
  content.forEach((block, i) => {
    const citations = (block as Anthropic.TextBlock).citations ?? []
    t.equal(citations.length, expected[i].length, `block ${i}: every citation kept`)
    citations.forEach((c: any, j) => {
      const want = expected[i][j]
      if (want === 'page') {
        t.same(c, { type: 'page_location', cited_text: 'not really a pdf', document_index: 1, document_title: null, start_page_number: 1, end_page_number: 2 }, 'a page location passes unchanged')
        return
      }
      const [doc, line] = want as number[]
      const original = ORIGINALS[doc] as string
      t.equal(c.cited_text, original.split('\n')[line], `block ${i} citation ${j}: cited_text is the original line`)
      t.equal(slice(original, c.start_char_index, c.end_char_index), c.cited_text, `block ${i} citation ${j}: the offsets delimit it in the client's document`)
      t.equal(c.document_index, doc)
    })
  })
}

t.test('JSON answer: cited_text restored and char offsets point into the original documents', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.fallback({ message: (req) => answerCiting(req) })
  const answer = await client().messages.create({ model: 'm', max_tokens: 100, messages: [question()] })
  checkClientCitations(t, answer.content)
  t.notMatch(mock.requests[0].raw.toString(), /i-0a1b2c3d4e5f67890|123456789012|jane\.doe/, 'the documents went masked')
  const masked = receivedDocs(mock.requests[0])[0] as string
  t.not(masked.length, DOC_A.length, 'masking changed the document length (the offsets had to move)')
})

t.test('offsets counted in code points (before an astral character) are mapped in code points', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.fallback({ message: (req) => answerCiting(req, true) })
  const answer = await client().messages.create({ model: 'm', max_tokens: 100, messages: [question()] })
  checkClientCitations(t, answer.content, true)
})

t.test('resent turn: the API gets back exactly the citations it wrote (prompt cache prefix, consistency)', async t => {
  const { mock, client } = await buildProxyFixture(t)
  const produced: Array<Record<string, any>> = []
  mock.fallback({ message: (req) => { const m = answerCiting(req); produced.push(m); return m } })
  const sdk = client()
  const history: Anthropic.MessageParam[] = [question()]
  const first = await sdk.messages.create({ model: 'm', max_tokens: 100, messages: history })
  history.push({ role: 'assistant', content: first.content as any }, { role: 'user', content: 'And then?' })
  await sdk.messages.create({ model: 'm', max_tokens: 100, messages: history })
  const resent = mock.requests[1].json.messages[1].content
  t.same(resent, produced[0].content, 'the assistant turn went back as the API produced it, offsets and masked text')
  t.equal(JSON.stringify(mock.requests[1].json.messages[0]), JSON.stringify(mock.requests[0].json.messages[0]), 'the first turn is byte-identical')
})

t.test('streamed answer: citations_delta carries original text and offsets', async t => {
  const upstream = await createRawUpstream(t)
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream.url, UPSTREAM_MAX_RETRIES: '0' })
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' })
  upstream.fallback((req, res) => {
    const message = answerCiting(req as RecordedRequest)
    const frames = [sseFrame({ type: 'message_start', message: { ...message, content: [], stop_reason: null } })]
    message.content.forEach((block: any, index: number) => {
      frames.push(sseFrame({ type: 'content_block_start', index, content_block: { type: 'text', text: '', citations: [] } }))
      for (const citation of block.citations) frames.push(sseFrame({ type: 'content_block_delta', index, delta: { type: 'citations_delta', citation } }))
      frames.push(sseFrame({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: block.text } }))
      frames.push(sseFrame({ type: 'content_block_stop', index }))
    })
    frames.push(sseFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 9 } }), sseFrame({ type: 'message_stop' }))
    const bytes = Buffer.from(frames.join(''))
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    for (let i = 0; i < bytes.length; i += 37) res.write(bytes.subarray(i, i + 37))
    res.end()
  })
  const sdk = new Anthropic({ baseURL, apiKey: 'k', maxRetries: 0 })
  const stream = sdk.messages.stream({ model: 'm', max_tokens: 100, messages: [question()] })
  const events: any[] = []
  stream.on('citation', (citation) => events.push(citation))
  const final = await stream.finalMessage()
  checkClientCitations(t, final.content)
  t.equal(events.length, 5, 'every citation event reached the client')
  t.ok(events.filter((c) => c.type === 'char_location').every((c) => (ORIGINALS[c.document_index] as string).slice(c.start_char_index, c.end_char_index) === c.cited_text), 'each citation event is client-ready')
})

t.test('search_result citations: resent with their customer source and title, masked again (not refused as a leak)', async t => {
  const { mock, client } = await buildProxyFixture(t)
  const SOURCE = 'https://wiki.acme-corp.com/accounts/123456789012/runbook'
  const produced: Array<Record<string, any>> = []
  mock.fallback({
    message: (req) => {
      const result = req.json.messages[2].content[0].content[0]
      const m = assistantMessage([{
        type: 'text',
        text: 'Per the runbook, re-attach it.',
        citations: [{ type: 'search_result_location', cited_text: result.content[0].text, source: result.source, title: result.title, search_result_index: 0, start_block_index: 0, end_block_index: 0 }]
      }])
      produced.push(m)
      return m
    }
  })
  const history: any[] = [
    { role: 'user', content: 'Look it up.' },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01', name: 'search', input: { q: 'runbook' } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01', content: [{ type: 'search_result', source: SOURCE, title: 'Runbook for 123456789012', content: [{ type: 'text', text: 'Re-attach vpc-0a1b2c3d4e5f67890.' }] }] }] }
  ]
  const sdk = client()
  const first = await sdk.messages.create({ model: 'm', max_tokens: 50, messages: history })
  const citation = (first.content[0] as any).citations[0]
  t.same([citation.source, citation.title, citation.cited_text], [SOURCE, 'Runbook for 123456789012', 'Re-attach vpc-0a1b2c3d4e5f67890.'], 'restored for the client')
  history.push({ role: 'assistant', content: first.content }, { role: 'user', content: 'Thanks.' })
  await sdk.messages.create({ model: 'm', max_tokens: 50, messages: history })
  t.equal(mock.requests.length, 2, 'the second turn was sent')
  t.same(mock.requests[1].json.messages[3].content, produced[0].content, 'the citation went back as the API wrote it')
  t.notMatch(mock.requests[1].raw.toString(), /123456789012|vpc-0a1b2c3d4e5f67890/)
})
