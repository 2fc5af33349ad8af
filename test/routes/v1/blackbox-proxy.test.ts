// Red team round 7: the whole black-box corpus (test/fixtures/blackbox*/) driven through the
// service the way an outside judge would, with the official SDK. Each document goes in every
// position of a Messages request that carries customer text (user text as a string and as a block,
// a tool_result as a string and as a block, a search_result in a tool_result, a tool_use input for
// JSON documents, a text document block, the system prompt as a string and as a block, and a
// conversation resending it turn after turn), and through /analyze as contextText. For each: the request is accepted (a refusal of legitimate material is
// a failure), no value the round lists under `mask` reaches the API in any byte, and the mock's
// echo of what it received (text and a tool_use input) comes back to the client as the original,
// as JSON and streamed with the SSE cut at 1, 7 and 64 bytes and deltas of a few characters.
// Failures are gathered per document (one assertion each) to keep the run short.
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type Anthropic from '@anthropic-ai/sdk'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type MessageStep, type RecordedRequest } from '../../helpers/mock-anthropic.js'
import { numberTokensRestored } from '../../../services/proxy/stream-restorer.js'

interface Expectation { mask: string[] }
interface Doc { round: string, name: string, text: string, json: unknown, mask: string[] }

// the whole corpus in every position takes minutes and grows with each round: on a shared, loaded
// machine it passed .taprc's 300 s per file (round 10 took it to ~300 black-box documents)
t.setTimeout(900_000) // 15 min

const ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const DOCS: Doc[] = readdirSync(ROOT).filter((dir) => dir.startsWith('blackbox')).sort().flatMap((round) => {
  const expectations = JSON.parse(readFileSync(`${ROOT}${round}/expectations.json`, 'utf8')) as Record<string, Expectation>
  return readdirSync(ROOT + round).filter((name) => name !== 'expectations.json').sort().map((name) => {
    const text = readFileSync(`${ROOT}${round}/${name}`, 'utf8')
    let json: unknown
    if (name.endsWith('.json')) { try { json = JSON.parse(text) } catch { json = undefined } }
    return { round, name, text, json, mask: expectations[name]?.mask ?? [] }
  })
})

type Params = Anthropic.MessageCreateParamsNonStreaming
type Block = Record<string, any>

/** A position: the request carrying the document, and where the mock finds the masked text. */
interface Position {
  name: string
  json?: boolean
  build: (doc: Doc) => Params
  /** The masked document as the API received it (a string, or the tool input). */
  received: (req: RecordedRequest) => unknown
}

const base = { model: 'claude-sonnet-4-5', max_tokens: 1024 }
const ASK = 'What is wrong here?'
const lastContent = (req: RecordedRequest): any => req.json.messages.at(-1).content

const POSITIONS: Position[] = [
  { name: 'user string', build: (d) => ({ ...base, messages: [{ role: 'user', content: d.text }] }), received: (r) => lastContent(r) },
  { name: 'user text block', build: (d) => ({ ...base, messages: [{ role: 'user', content: [{ type: 'text', text: d.text }, { type: 'text', text: ASK }] }] }), received: (r) => lastContent(r)[0].text },
  {
    name: 'tool_result string',
    build: (d) => ({ ...base, messages: toolTurn({ type: 'tool_result', tool_use_id: 'toolu_01', content: d.text }) }),
    received: (r) => lastContent(r)[0].content
  },
  {
    name: 'tool_result text block',
    build: (d) => ({ ...base, messages: toolTurn({ type: 'tool_result', tool_use_id: 'toolu_01', content: [{ type: 'text', text: d.text }] }) }),
    received: (r) => lastContent(r)[0].content[0].text
  },
  {
    name: 'tool_use input',
    json: true,
    build: (d) => ({
      ...base,
      messages: [
        { role: 'user', content: 'Describe the resources.' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01', name: 'aws_cli', input: d.json as Record<string, unknown> }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01', content: 'done' }, { type: 'text', text: ASK }] }
      ]
    }),
    received: (r) => r.json.messages[1].content[0].input
  },
  {
    name: 'document block',
    build: (d) => ({ ...base, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: d.text } }, { type: 'text', text: ASK }] }] }),
    received: (r) => lastContent(r)[0].source.data
  },
  { name: 'system', build: (d) => ({ ...base, system: d.text, messages: [{ role: 'user', content: ASK }] }), received: (r) => r.json.system },
  {
    name: 'system text block',
    build: (d) => ({ ...base, system: [{ type: 'text', text: 'You review AWS material.' }, { type: 'text', text: d.text }], messages: [{ role: 'user', content: ASK }] }),
    received: (r) => r.json.system[1].text
  },
  {
    name: 'search_result in a tool_result',
    build: (d) => ({
      ...base,
      messages: toolTurn({ type: 'tool_result', tool_use_id: 'toolu_01', content: [{ type: 'search_result', source: 'https://wiki.example.com/runbook', title: 'Runbook', content: [{ type: 'text', text: d.text }] }] })
    }),
    received: (r) => lastContent(r)[0].content[0].content[0].text
  }
]

function toolTurn (result: Block): any[] {
  return [
    { role: 'user', content: 'Run the command.' },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01', name: 'shell', input: { command: 'aws describe' } }] },
    { role: 'user', content: [result] }
  ]
}

/**
 * The echo: the masked text as a text block and (withTool) inside a tool input; a masked tool
 * input as the tool input.
 */
function echoContent (received: unknown, withTool = true): Block[] {
  if (typeof received !== 'string') return [{ type: 'text', text: 'Calling it again.' }, { type: 'tool_use', id: 'toolu_02', name: 'aws_cli', input: received }]
  const text = { type: 'text', text: received }
  return withTool ? [text, { type: 'tool_use', id: 'toolu_02', name: 'report', input: { document: received } }] : [text]
}
function expectedContent (doc: Doc, position: { json?: boolean }, withTool = true): Block[] {
  return echoContent(position.json === true ? doc.json : doc.text, withTool)
}

let receivedOf: (req: RecordedRequest) => unknown = lastContent

/** Values listed under `mask` found in what the API received (raw, or JSON-escaped). */
function leaks (doc: Doc, req: RecordedRequest): string[] {
  const raw = req.raw.toString('utf8')
  return doc.mask.filter((value) => raw.includes(value) || raw.includes(JSON.stringify(value).slice(1, -1)))
}

/** SSE cuts (byte chunks, characters per delta); the text is also echoed in a tool input where `tool`. */
const CUTS: Array<Pick<MessageStep, 'chunkBytes' | 'deltaSize'> & { tool: boolean }> = [
  { chunkBytes: 1, deltaSize: 64, tool: true }, { chunkBytes: 7, deltaSize: 3, tool: false }, { chunkBytes: 64, deltaSize: 5, tool: true }
]

const describe = (err: unknown): string => {
  const e = err as { status?: number, message?: string }
  return `${e.status ?? ''} ${String(e.message ?? err).slice(0, 200)}`
}

// Fix (round 7): an account id given as a JSON number in a tool input (accounts.auto.tfvars.json)
// came back as a number in the JSON answer but as a quoted string in the streamed one.
t.test('a tool input number masked as a token streams back as a number, whatever the cut', async (t) => {
  const { mock, client } = await buildProxyFixture(t)
  const input = { accounts: { prod: { id: 482019374655, email: 'ops@example.com' } }, ids: [590817263544, 'x'], owner: '310927465581', budget: 18000 }
  mock.fallback({ message: (req) => assistantMessage([{ type: 'tool_use', id: 'toolu_02', name: 'aws_cli', input: req.json.messages[1].content[0].input }]) })
  const params: Params = {
    ...base,
    messages: [
      { role: 'user', content: 'Describe the accounts.' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01', name: 'aws_cli', input }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01', content: 'done' }] }
    ]
  }
  const created = await client().messages.create(params)
  t.strictSame(created.content, [{ type: 'tool_use', id: 'toolu_02', name: 'aws_cli', input }], 'JSON answer: numbers stay numbers')
  for (const cut of [{}, { deltaSize: 1 }, { deltaSize: 3, chunkBytes: 1 }, { deltaSize: 5, chunkBytes: 7 }, { deltaSize: 16, chunkBytes: 64 }]) {
    mock.script({ message: (req) => assistantMessage([{ type: 'tool_use', id: 'toolu_02', name: 'aws_cli', input: req.json.messages[1].content[0].input }]), ...cut })
    const final = await client().messages.stream(params).finalMessage()
    t.strictSame(final.content, [{ type: 'tool_use', id: 'toolu_02', name: 'aws_cli', input }], `streamed ${JSON.stringify(cut)}: numbers stay numbers`)
  }
  t.notMatch(mock.requests.map((r) => r.raw.toString()).join(''), /482019374655|590817263544|310927465581/, 'nothing sent in clear')
})

t.test('numberTokensRestored: only a whole-token value that was a number loses its quotes', async (t) => {
  const numbers: Record<string, number> = { ACCOUNT_ID_1: 482019374655 }
  const scope = { unmaskJson: (v: unknown) => typeof v === 'string' && v in numbers ? numbers[v] : v }
  const raw = '{"ACCOUNT_ID_1": "ACCOUNT_ID_1" , "a": ["ACCOUNT_ID_1","ACCOUNT_ID_2","x ACCOUNT_ID_1","\\"ACCOUNT_ID_1\\""], "b":"ACCOUNT_ID_1"}'
  const want = '{"ACCOUNT_ID_1": 482019374655 , "a": [482019374655,"ACCOUNT_ID_2","x ACCOUNT_ID_1","\\"ACCOUNT_ID_1\\""], "b":482019374655}'
  const identity = { push: (s: string) => s, end: () => '' }
  for (const size of [1, 2, 5, 13, raw.length]) {
    const stream = numberTokensRestored(scope, identity)
    let out = ''
    for (let i = 0; i < raw.length; i += size) out += stream.push(raw.slice(i, i + size))
    t.equal(out + stream.end(), want, `cut every ${size}`)
  }
  const open = numberTokensRestored(scope, identity)
  t.equal(open.push('{"a": "ACCOUNT_ID_1') + open.end(), '{"a": "ACCOUNT_ID_1', 'a cut-off stream ends with what was held')
})

// One token per value, typed per field: an account id given as a number in one field and as a
// string in another comes back as each, JSON and streamed.
t.test('a value both a JSON number and a string in one input keeps each type', async (t) => {
  const { mock, client } = await buildProxyFixture(t)
  const input = { ids: [310927465581], owner: '310927465581' }
  mock.fallback({ message: (req) => assistantMessage([{ type: 'tool_use', id: 'toolu_02', name: 'aws_cli', input: req.json.messages[1].content[0].input }]) })
  const created = await client().messages.create({
    ...base,
    messages: [
      { role: 'user', content: 'Describe the accounts.' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01', name: 'aws_cli', input }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01', content: 'done' }] }
    ]
  })
  t.strictSame(created.content, [{ type: 'tool_use', id: 'toolu_02', name: 'aws_cli', input }], 'number and string restored, each in its field')
  mock.script({ message: (req) => assistantMessage([{ type: 'tool_use', id: 'toolu_03', name: 'aws_cli', input: req.json.messages[1].content[0].input }]), chunkBytes: 7, deltaSize: 5 })
  const streamed = await client().messages.stream({
    ...base,
    messages: [
      { role: 'user', content: 'Describe the accounts.' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01', name: 'aws_cli', input }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01', content: 'done' }] }
    ]
  }).finalMessage()
  t.strictSame(streamed.content, [{ type: 'tool_use', id: 'toolu_03', name: 'aws_cli', input }], 'the same streamed, cut every 7 bytes')
})

t.test('every black-box document in every position of a request, JSON and streamed, and through /analyze', async (t) => {
  t.ok(DOCS.length >= 190, `${DOCS.length} documents`)
  const { mock, client, baseURL } = await buildProxyFixture(t, { ANTHROPIC_API_KEY: 'server-key-not-real', RATE_LIMIT_ANALYZE_MAX: '100000' })
  const sdk = client()
  const echo = (req: RecordedRequest): Record<string, any> => assistantMessage(echoContent(receivedOf(req)))
  mock.fallback({ message: echo })
  const counts = { requests: 0, streams: 0, conversations: 0, analyze: 0 }

  for (const [i, doc] of DOCS.entries()) {
    const failures: string[] = []
    const label = `${doc.round}/${doc.name}`
    const checkUpstream = (where: string): void => {
      const req = mock.requests.at(-1)
      if (req === undefined) { failures.push(`${where}: nothing sent`); return }
      const leaked = leaks(doc, req)
      if (leaked.length > 0) failures.push(`${where}: sent upstream ${JSON.stringify(leaked)}`)
    }
    const positions = POSITIONS.filter((p) => p.json !== true || doc.json !== undefined)
    // one masking session per document for the positions (its texts are masked once, then reused);
    // the conversation and /analyze below start from scratch
    const session = { headers: { 'x-mask-session': `round7-${label}` } }

    for (const position of positions) {
      receivedOf = position.received
      const expected = expectedContent(doc, position)
      const before = mock.requests.length
      try {
        const answer = await sdk.messages.create(position.build(doc), session)
        counts.requests++
        checkUpstream(position.name)
        if (JSON.stringify(answer.content) !== JSON.stringify(expected)) failures.push(`${position.name}: JSON answer not restored`)
      } catch (err) {
        failures.push(`${position.name}: refused ${describe(err)}`)
        if (mock.requests.length > before) checkUpstream(position.name)
      }
    }

    // streamed: each cut on a different position, rotating over the documents
    for (const [k, cut] of CUTS.entries()) {
      const position = positions[(i + k) % positions.length]
      receivedOf = position.received
      const { tool, ...bytes } = cut
      const expected = expectedContent(doc, position, tool)
      const where = `${position.name} streamed ${JSON.stringify(cut)}`
      mock.script({ message: (req) => assistantMessage(echoContent(receivedOf(req), tool)), ...bytes })
      try {
        const stream = sdk.messages.stream(position.build(doc), session)
        let text = ''
        stream.on('text', (delta) => { text += delta })
        const final = await stream.finalMessage()
        counts.streams++
        checkUpstream(where)
        if (JSON.stringify(final.content) !== JSON.stringify(expected)) failures.push(`${where}: final message not restored`)
        if (text !== expected[0].text) failures.push(`${where}: text events not restored`)
      } catch (err) {
        failures.push(`${where}: refused ${describe(err)}`)
      }
    }

    // a conversation: the document in turn 1, the whole history resent in the later turns
    receivedOf = (req) => req.json.messages[0].content
    const history: Anthropic.MessageParam[] = [{ role: 'user', content: doc.text }]
    for (let turn = 1; turn <= 3; turn++) {
      try {
        const answer = turn === 2
          ? await (mock.script({ message: echo, chunkBytes: 64, deltaSize: 24 }), sdk.messages.stream({ ...base, messages: history }).finalMessage())
          : await sdk.messages.create({ ...base, messages: history })
        checkUpstream(`conversation turn ${turn}`)
        if (JSON.stringify(answer.content) !== JSON.stringify(expectedContent(doc, {}))) failures.push(`conversation turn ${turn}: not restored`)
        const said = answer.content.flatMap((b) => b.type === 'text' ? [b.text] : []).join('')
        history.push({ role: 'assistant', content: said }, { role: 'user', content: `Turn ${turn + 1}: and now?` })
      } catch (err) {
        failures.push(`conversation turn ${turn}: refused ${describe(err)}`)
        break
      }
    }
    counts.conversations++

    // /analyze with the document as contextText; the mock echoes the context it was given
    receivedOf = (req) => String(req.json.messages[0].content).replace(/^## Context\n\n/, '')
    const res = await fetch(`${baseURL}/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ contextText: doc.text }) })
    const body = await res.json() as { analysis?: { text?: string }, error?: string }
    if (res.status !== 200) failures.push(`/analyze: ${res.status} ${body.error ?? ''}`)
    else {
      counts.analyze++
      checkUpstream('/analyze')
      if (body.analysis?.text !== doc.text) failures.push('/analyze: analysis not restored')
    }

    t.same(failures, [], label)
  }
  t.comment(JSON.stringify(counts))
})
