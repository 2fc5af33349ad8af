// Keep audit, the answer side through the real app: a mock Claude answers with generated text
// quoting the masked values it was sent (glued to punctuation, plurals, markdown, URLs, ARNs, JSON
// in code fences) and tokens nobody issued, in a text block and a tool input. The client gets the
// originals back exactly, as JSON and streamed with deltas and TCP chunks cut anywhere.
import t from 'tap'
import fc from 'fast-check'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'
import { REQUEST_VALUES, answers, requestText, type Issued } from '../../services/masking/keep-audit-answer-cases.js'

const QUESTION = requestText()
const ANSWERS = 6

function lastUserText (req: RecordedRequest): string {
  const last = req.json.messages.at(-1)
  return typeof last.content === 'string' ? last.content : last.content.map((b: any) => b.text ?? '').join('')
}

/** What the API saw in place of each value: its line without the `i. what ` the user wrote before it. */
function maskedValues (req: RecordedRequest): Issued[] {
  const lines = lastUserText(req).split('\n')
  return REQUEST_VALUES.map(([what, value], i) => {
    const head = `${i}. ${what} `
    if (!lines[i].startsWith(head)) throw new Error(`line ${i} changed before its value: ${lines[i]}`)
    return { token: lines[i].slice(head.length), value }
  })
}

/** The k-th generated answer for what this request was masked to, and what the client must read. */
function answerFor (req: RecordedRequest, k: number): { masked: string, expected: string } {
  const issued = maskedValues(req)
  for (const { token, value } of issued) if (token.includes(value)) throw new Error(`${value} reached the API`)
  return fc.sample(answers(issued).filter(a => a.masked !== a.expected), { numRuns: ANSWERS, seed: 20261205 })[k]
}

const params = () => ({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user' as const, content: QUESTION }] })

for (let k = 0; k < ANSWERS; k++) {
  t.test(`generated answer ${k}: restored exactly, JSON and streamed`, async tt => {
    const { mock, client } = await buildProxyFixture(tt)
    let expected = ''
    const reply = (req: RecordedRequest): Record<string, any> => {
      const answer = answerFor(req, k)
      expected = answer.expected
      return assistantMessage([
        { type: 'text', text: answer.masked },
        { type: 'tool_use', id: 'toolu_01', name: 'note', input: { note: answer.masked, list: [answer.masked] } }
      ])
    }
    mock.fallback({ message: reply })
    const message = await client().messages.create(params())
    tt.same(message.content, [
      { type: 'text', text: expected },
      { type: 'tool_use', id: 'toolu_01', name: 'note', input: { note: expected, list: [expected] } }
    ], 'JSON answer')

    for (const cut of [{ deltaSize: 1 }, { deltaSize: 5 + k }, { chunkBytes: 7 + k, deltaSize: 3 }]) {
      mock.script({ message: reply, ...cut })
      const stream = client().messages.stream(params())
      let text = ''
      stream.on('text', (delta) => { text += delta })
      const final = await stream.finalMessage()
      tt.equal(text, expected, `text events (${JSON.stringify(cut)})`)
      tt.same(final.content[1], { type: 'tool_use', id: 'toolu_01', name: 'note', input: { note: expected, list: [expected] } }, `tool input (${JSON.stringify(cut)})`)
    }
  })
}
