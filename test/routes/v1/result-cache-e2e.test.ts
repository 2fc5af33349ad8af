// The result cache end to end: a long conversation played through the SDK against the service
// with the cache and against the same service with MASK_RESULT_CACHE_BYTES=0 must send the
// upstream byte-identical requests, turn after turn, and never an original; names that only a
// later turn reveals must be masked in the earlier turns' text from then on.
import t from 'tap'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'
import { awsPrompt } from '../../load/aws-prompt.js'

type Msg = { role: 'user' | 'assistant', content: string }

const lastUserText = (req: RecordedRequest): string => {
  const content = req.json.messages.at(-1).content
  return typeof content === 'string' ? content : content.map((b: { text?: string }) => b.text ?? '').join('')
}

/** Turn n: new CLI output (new identifiers), and prose about a database named only in prose
 * until a later turn gives it in a field (then it must be masked everywhere, earlier turns too). */
function question (n: number): string {
  const prose = `Also, please check tamarind-ledger-${n % 3} before the release.\n`
  const reveal = n % 4 === 3 ? `DBInstanceIdentifier: tamarind-ledger-${(n + 1) % 3}\n` : ''
  return prose + reveal + awsPrompt(1500, n * 7).text
}

t.test('with and without the result cache, the upstream receives the same bytes every turn', async t => {
  const fixtures = [await buildProxyFixture(t), await buildProxyFixture(t, { MASK_RESULT_CACHE_BYTES: '0' })]
  for (const { mock } of fixtures) mock.fallback({ message: (req) => assistantMessage([{ type: 'text', text: `Looked at: ${lastUserText(req).slice(0, 200)}` }]) })
  const clients = fixtures.map(({ client }) => client())
  const histories: Msg[][] = [[], []]
  const planted = new Set<string>()
  const revealed = new Set<string>()
  for (let n = 1; n <= 12; n++) {
    const text = question(n)
    for (const id of awsPrompt(1500, n * 7).planted) planted.add(id)
    const name = /DBInstanceIdentifier: (\S+)/.exec(text)?.[1]
    if (name !== undefined) revealed.add(name)
    for (let which = 0; which < 2; which++) {
      histories[which].push({ role: 'user', content: text })
      const answer = await clients[which].messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: histories[which] })
      histories[which].push({ role: 'assistant', content: answer.content.map((b) => b.type === 'text' ? b.text : '').join('') })
    }
    const [cached, plain] = fixtures.map(({ mock }) => mock.requests.at(-1) as RecordedRequest)
    t.equal(cached.raw.toString(), plain.raw.toString(), `turn ${n}: the same request upstream`)
    const sent = cached.raw.toString()
    const leaked = [...planted, ...revealed].filter((value) => sent.includes(value))
    t.same(leaked, [], `turn ${n}: no original upstream`)
    t.equal(histories[0].at(-1)?.content, histories[1].at(-1)?.content, `turn ${n}: the same restored answer`)
  }
  t.ok(revealed.size >= 2, 'later turns revealed names used in earlier ones')
  const metrics = await fixtures[0].app.inject({ url: '/metrics' })
  t.match(metrics.body, /aws_masker_result_cache_lookups_total\{for="text",result="hit"\} [1-9]/, 'the cached service reused texts')
})

t.test('concurrent turns and duplicate sends of several conversations: nothing upstream in clear, every echo restored exactly', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.fallback({ message: (req) => assistantMessage([{ type: 'text', text: lastUserText(req) }]) })
  const sdk = client()
  const planted = new Set<string>()
  const histories: Msg[][] = [[], [], []]
  for (let n = 1; n <= 6; n++) {
    const turns = histories.map((history, c) => {
      const text = question(n * 3 + c)
      for (const id of awsPrompt(1500, (n * 3 + c) * 7).planted) planted.add(id)
      history.push({ role: 'user', content: text })
      return text
    })
    // each conversation's turn sent twice at once (a client retry racing the first try), all conversations together
    const sends = histories.flatMap((history) => [0, 1].map(async () => await sdk.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [...history] })))
    const answers = await Promise.all(sends)
    histories.forEach((history, c) => {
      for (const answer of answers.slice(c * 2, c * 2 + 2)) t.equal(answer.content.map((b) => b.type === 'text' ? b.text : '').join(''), turns[c], `turn ${n}, conversation ${c}: echo restored`)
      history.push({ role: 'assistant', content: turns[c] })
    })
  }
  const leaked = mock.requests.flatMap((req) => [...planted].filter((value) => req.raw.toString().includes(value)))
  t.same(leaked, [], 'no original upstream')
  t.equal(mock.requests.length, 36)
})
