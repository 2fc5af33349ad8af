// Streamed and JSON answers cut at every byte, through the real app. A local upstream on
// 127.0.0.1 answers with Claude echoing the masked identifiers it was sent (glued to punctuation,
// in markdown and a code block, next to multibyte characters, JSON-escaped in a tool input, in
// thinking, with CRLF framing; a value given as a number in one field and a string in another),
// written in two writes split at byte k for every k, and also one byte per write. The client, on
// one keep-alive connection, must get exactly the answer built from the original values, in
// well-formed SSE frames that each carry an `event:` line.
import t from 'tap'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Client } from 'undici'
import { buildTestApp } from '../../helpers/build-app.js'
import { createTokenRegex } from '../../../services/masking/token-format.js'
import type { SseOut } from '../../../services/proxy/sse.js'
import { fold } from '../../services/proxy/sse-helpers.js'

const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----'

/** [what the user writes before the value, the value]: one text block each, so each masks alone. */
const VALUES: Array<[string, string]> = [
  ['instance ', 'i-0a1b2c3d4e5f67890'],
  ['security group ', 'sg-0123456789abcdef0'],
  ['account ', '123456789012'],
  ['private ip ', '10.0.1.23'],
  ['email ', 'jane.doe@acme-corp.com'],
  ['role ', 'arn:aws:iam::123456789012:role/deploy-bot'],
  ['S3 bucket ', 'acme-payroll-exports'],
  ['', PEM],
  ['aws_secret_access_key = ', 'q8Fz/2kLmN0pQ+rS4tUvWxYz1AbCdEfGhIjKlMnO'],
  ['ipv6 ', '2600:1f18:24e6:b900::1'],
  ['Lambda function ', 'payroll-export-fn']
]
/** Given only as a JSON number (a tool input), so it comes back as one. */
const ACCOUNT_NUMBER = 482019374655
/** Given as a JSON number under `ids` and as a string under `owner`: each comes back as it was. */
const BOTH = 310927465581

/** How an answer names value i and the number: masked (what the API sees) or original. */
interface Render { v: (i: number) => string, n: string | number, both: { ids: string | number, owner: string } }

type Block = Record<string, any>
interface Answer { name: string, crlf?: boolean, content: (r: Render) => Block[] }

const TEXT = ({ v }: Render): string => `## \`${v(0)}\`
- **${v(0)}**: in ${v(1)}, (${v(2)}); "${v(3)}".
- <${v(4)}> → ${v(5)}… 日本${v(6)}é🙂${v(9)}
- \`${v(10)}\`'s key ${v(8)}
\`\`\`bash
aws ec2 describe-instances --instance-ids ${v(0)} # ${v(3)}/24
\`\`\`
Done—${v(6)}/${v(0)}_${v(1)}.`

const INPUT = ({ v, n, both }: Render): Block => ({
  InstanceIds: [v(0), v(1)],
  Note: `line1\n${v(3)}\t"${v(4)}"\\${v(6)} ü`,
  Account: n,
  ids: [both.ids],
  owner: both.owner,
  Owner: v(2),
  [v(1)]: 'as a key',
  Key: v(7),
  Literal: `printf 'a\\n${v(0)}'`,
  Secret: v(8)
})

const ANSWERS: Answer[] = [
  { name: 'markdown text', content: (r) => [{ type: 'text', text: TEXT(r) }] },
  {
    name: 'thinking and tool input, CRLF framing',
    crlf: true,
    content: (r) => [
      { type: 'thinking', thinking: `User ${r.v(2)} owns ${r.v(0)}\r\nat ${r.v(3)};\n${r.v(5)}`, signature: 'sig-1' },
      { type: 'text', text: `Calling ${r.v(9)}|${r.v(4)}:` },
      { type: 'tool_use', id: 'toolu_01', name: 'aws', input: INPUT(r) }
    ]
  }
]

/** Non-streamed: a smaller message (the whole JSON body is cut). */
const JSON_ANSWER = (r: Render): Block[] => [
  { type: 'text', text: `Use ${r.v(0)} in ${r.v(1)} — ok 🙂${r.v(4)}` },
  { type: 'tool_use', id: 'toolu_02', name: 'aws', input: { Account: r.n, Ids: [r.v(0)], Note: `x\n${r.v(3)}`, Literal: `a\\n${r.v(1)}\\f${r.v(2)}` } }
]

const MESSAGE = { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } }

/**
 * Cut points inside tokens: the API's deltas end anywhere, often mid-token. Every third token of
 * `text` is cut, at a varying offset; text is split by code point.
 */
function deltaPieces (text: string): string[] {
  const cuts: number[] = []
  let k = 0
  for (const match of text.matchAll(createTokenRegex())) {
    if (k++ % 3 !== 0) continue
    const at = (match.index as number) + 1 + (k * 5) % (match[0].length - 1)
    if (at > (cuts.at(-1) ?? 0) && !isLowSurrogate(text.charCodeAt(at))) cuts.push(at)
  }
  const out: string[] = []
  let last = 0
  for (const c of [...cuts, text.length]) { out.push(text.slice(last, c)); last = c }
  return out.filter((p) => p !== '')
}
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/** The SSE bytes the API would stream for `content`, with the given line end. */
function sseOf (content: Block[], crlf: boolean): Buffer {
  const nl = crlf ? '\r\n' : '\n'
  const frames: string[] = []
  const frame = (data: Block): void => { frames.push(`event: ${String(data.type)}${nl}data: ${JSON.stringify(data)}${nl}${nl}`) }
  const delta = (index: number, d: Block): void => frame({ type: 'content_block_delta', index, delta: d })
  frame({ type: 'message_start', message: { ...MESSAGE, content: [], stop_reason: null } })
  content.forEach((block, index) => {
    if (block.type === 'text') {
      frame({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } })
      for (const p of deltaPieces(block.text)) delta(index, { type: 'text_delta', text: p })
    } else if (block.type === 'thinking') {
      frame({ type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } })
      for (const p of deltaPieces(block.thinking)) delta(index, { type: 'thinking_delta', thinking: p })
      delta(index, { type: 'signature_delta', signature: block.signature })
    } else {
      frame({ type: 'content_block_start', index, content_block: { ...block, input: {} } })
      for (const p of deltaPieces(JSON.stringify(block.input))) delta(index, { type: 'input_json_delta', partial_json: p })
    }
    frame({ type: 'content_block_stop', index })
    if (index === 0) frames.push(`event: ping${nl}data: {"type": "ping"}${nl}${nl}`)
  })
  frame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } })
  frame({ type: 'message_stop' })
  return Buffer.from(frames.join(''))
}

/**
 * Reads the client's SSE text strictly: frames end with a blank line, each has one `event:` line
 * and a JSON `data:`; sse-helpers' fold checks each type is its event name and folds them into
 * content as the SDK does.
 */
function foldSse (text: string): { content: Block[], events: string[] } | string {
  if (!text.endsWith('\n\n')) return 'the stream does not end with a blank line'
  const frames: SseOut[] = []
  for (const raw of text.slice(0, -2).split('\n\n')) {
    const lines = raw.split('\n')
    const names = lines.filter((l) => l.startsWith('event: '))
    if (names.length !== 1 || lines.some((l) => !l.startsWith('event: ') && !l.startsWith('data: '))) return `malformed frame ${JSON.stringify(raw.slice(0, 80))}`
    frames.push({ event: names[0].slice(7), data: lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n') })
  }
  try {
    const { content, events } = fold(frames)
    return { content, events }
  } catch (err) {
    return `not a valid stream: ${String(err).slice(0, 120)}`
  }
}

/** What the upstream does with the next request. */
interface Plan { body: Buffer, type: string, cut?: number, bytewise?: boolean }

/** Two turns of the event loop: the proxy reads what was written before the next write. */
const turn = async (): Promise<void> => {
  await new Promise((resolve) => setImmediate(resolve))
  await new Promise((resolve) => setImmediate(resolve))
}

async function startUpstream (t: { teardown (fn: () => unknown): void }) {
  const state: { plan?: Plan, last?: any } = {}
  async function answer (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    state.last = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    const plan = state.plan as Plan
    res.writeHead(200, { 'content-type': plan.type, 'request-id': 'req_1' })
    const { body } = plan
    if (plan.bytewise === true) {
      for (let i = 0; i < body.length; i++) { res.write(body.subarray(i, i + 1)); await turn() }
    } else {
      const cut = plan.cut ?? 0
      if (cut > 0) { res.write(body.subarray(0, cut)); await turn() }
      if (cut < body.length) res.write(body.subarray(cut))
    }
    res.end()
  }
  const server = createServer((req, res) => { answer(req, res).catch(() => res.destroy()) })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, state }
}

const REQUEST = {
  model: 'claude-sonnet-4-5',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: VALUES.map(([before, value]) => ({ type: 'text', text: before + value })) },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_00', name: 'aws', input: { account: ACCOUNT_NUMBER, ids: [BOTH], owner: String(BOTH) } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_00', content: 'ok' }, { type: 'text', text: 'Echo them.' }] }
  ]
}

/** The masked forms, read from what the upstream received. */
function maskedRender (received: any): Render {
  const masked = VALUES.map(([before], i) => {
    const text = received.messages[0].content[i].text as string
    if (!text.startsWith(before) || text === before + VALUES[i][1]) throw new Error(`value ${i} was not masked as expected`)
    return text.slice(before.length)
  })
  const input = received.messages[1].content[0].input
  return { v: (i) => masked[i], n: input.account, both: { ids: input.ids[0], owner: input.owner } }
}
const ORIGINAL: Render = { v: (i) => VALUES[i][1], n: ACCOUNT_NUMBER, both: { ids: BOTH, owner: String(BOTH) } }

t.test('streamed and JSON answers cut at every byte come back restored', async (t) => {
  const upstream = await startUpstream(t)
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream.url, UPSTREAM_MAX_RETRIES: '0', RATE_LIMIT_MAX: '1000000' })
  const client = new Client(await app.listen({ port: 0, host: '127.0.0.1' }), { pipelining: 1, keepAliveTimeout: 60_000 })
  t.teardown(() => client.close())
  const headers = { 'content-type': 'application/json', 'x-api-key': 'test-key', 'anthropic-version': '2023-06-01', 'x-mask-session': 'every-byte' }
  const send = async (plan: Plan, stream: boolean): Promise<{ status: number, type: string, text: string }> => {
    upstream.state.plan = plan
    const res = await client.request({ path: '/v1/messages', method: 'POST', headers, body: JSON.stringify({ ...REQUEST, stream }) })
    return { status: res.statusCode, type: String(res.headers['content-type']), text: await res.body.text() }
  }

  // a first call shows the masked forms; every value must have been masked
  const probe = await send({ body: Buffer.from(JSON.stringify({ ...MESSAGE, content: [] })), type: 'application/json' }, false)
  t.equal(probe.status, 200, 'probe answered')
  const masked = maskedRender(upstream.state.last)
  t.notMatch(JSON.stringify(upstream.state.last), /i-0a1b2c3d4e5f67890|jane\.doe|482019374655|MIIBOgIBAAJB|deploy-bot/, 'nothing sent in clear')
  t.match(String(masked.n), /^ACCOUNT_ID_\d+$/, 'the number went out as a token')
  t.equal(masked.both.ids, masked.both.owner, 'a value given as a number and as a string went out as one token')
  let requests = 1

  for (const answer of ANSWERS) {
    const body = sseOf(answer.content(masked), answer.crlf === true)
    const expected = answer.content(ORIGINAL)
    t.ok(body.length > 300, `${answer.name}: ${body.length} bytes of SSE`)
    const failures: string[] = []
    const check = async (plan: Plan, where: string): Promise<void> => {
      const res = await send(plan, true)
      requests++
      if (res.status !== 200 || !res.type.startsWith('text/event-stream')) { failures.push(`${where}: ${res.status} ${res.type}`); return }
      const folded = foldSse(res.text)
      if (typeof folded === 'string') { failures.push(`${where}: ${folded}`); return }
      if (JSON.stringify(folded.content) !== JSON.stringify(expected)) failures.push(`${where}: got ${JSON.stringify(folded.content).slice(0, 2000)}`)
      if (folded.events.at(-1) !== 'message_stop' || folded.events.includes('error')) failures.push(`${where}: events ${folded.events.join(',')}`)
    }
    for (let cut = 0; cut <= body.length && failures.length < 3; cut++) await check({ body, type: 'text/event-stream; charset=utf-8', cut }, `cut at byte ${cut}`)
    await check({ body, type: 'text/event-stream; charset=utf-8', bytewise: true }, 'one byte per write')
    t.strictSame(failures, [], `${answer.name}: ${body.length + 2} requests, restored at every cut`)
  }

  const json = Buffer.from(JSON.stringify({ ...MESSAGE, content: JSON_ANSWER(masked) }))
  const expected = { ...MESSAGE, content: JSON_ANSWER(ORIGINAL) }
  const failures: string[] = []
  for (let cut = 0; cut <= json.length && failures.length < 3; cut++) {
    const res = await send({ body: json, type: 'application/json', cut }, false)
    requests++
    if (res.status !== 200) { failures.push(`cut at byte ${cut}: ${res.status}`); continue }
    if (JSON.stringify(JSON.parse(res.text)) !== JSON.stringify(expected)) failures.push(`cut at byte ${cut}: got ${res.text.slice(0, 2000)}`)
  }
  t.strictSame(failures, [], `JSON answer: ${json.length + 1} cuts restored`)
  t.comment(`${requests} requests`)
})
