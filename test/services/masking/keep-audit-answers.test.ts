// Keep audit, the answer side: generated model answers quoting a masked request's tokens (glued to
// punctuation, plurals, markdown, URLs, ARNs, JSON in code fences) come back with every token
// restored exactly, as a whole text, as a JSON string, as a JSON value and streamed with random
// cuts (tokens split across chunks); tokens the request never created pass unchanged.
import t from 'tap'
import fc from 'fast-check'
import { createTokenRegex } from '../../../services/masking/token-format.js'
import { openScope, streamed } from './blackbox-helpers.js'
import { REQUEST_VALUES, answers, cutAt, requestText, type Issued } from './keep-audit-answer-cases.js'

t.test('answers quoting the tokens back are restored exactly, whole, in JSON and streamed', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const request = requestText()
  const masked = await scope.maskText(request)
  for (const [, value] of REQUEST_VALUES) tt.notOk(masked.includes(value.replace(/^'|'$/g, '')), `the request hides ${value}`)
  const issued: Issued[] = [...scope.mappings()].map(([token, { value }]) => ({ token, value }))
  tt.ok(issued.length >= REQUEST_VALUES.length, 'a token for every value (an ARN or URL gives several)')
  tt.equal(scope.unmaskText(masked), request, 'the request itself comes back')

  fc.assert(fc.property(answers(issued), ({ masked: answer, expected, cuts }) => {
    const fail = (how: string, got: string): never => { throw new Error(`${how}: ${JSON.stringify(answer)}\n got ${JSON.stringify(got)}\nwant ${JSON.stringify(expected)}`) }
    const whole = scope.unmaskText(answer)
    if (whole !== expected) fail('whole text', whole)
    const quoted = JSON.stringify(answer)
    const raw = scope.unmaskJsonText(quoted)
    if (JSON.parse(raw) !== expected) fail('raw JSON text', raw)
    const value = scope.unmaskJson({ content: [{ type: 'text', text: answer }] }) as { content: Array<{ text: string }> }
    if (value.content[0].text !== expected) fail('JSON value', value.content[0].text)
    const chunks = streamed(scope, cutAt(answer, cuts), false)
    if (chunks !== expected) fail(`stream cut at ${cuts.join(',')}`, chunks)
    const quotedCuts = cuts.map(c => Math.min(c, quoted.length - 1))
    const json = streamed(scope, cutAt(quoted, quotedCuts), true)
    if (JSON.parse(json) !== expected) fail(`JSON stream cut at ${quotedCuts.join(',')}`, json)
  }), { numRuns: 1500, seed: 20261205 })
  tt.pass('1500 generated answers')
})

t.test('a stream cut inside every token, one char at a time, restores each token', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  await scope.maskText(requestText())
  const tokens = [...scope.mappings()]
  const answer = tokens.map(([token], i) => i % 2 === 0 ? `**${token}**s, ` : `\`${token}\`.\n`).join('') + 'ACCOUNT_ID_99 IAM_ROLE_404'
  const expected = tokens.map(([, { value }], i) => i % 2 === 0 ? `**${value}**s, ` : `\`${value}\`.\n`).join('') + 'ACCOUNT_ID_99 IAM_ROLE_404'
  tt.equal(streamed(scope, [...answer], false), expected, 'one char per chunk')
  for (const m of answer.matchAll(createTokenRegex())) {
    for (let k = 1; k < m[0].length; k++) {
      const cut = m.index + k
      const out = streamed(scope, [answer.slice(0, cut), answer.slice(cut)], false)
      if (out !== expected) tt.fail(`cut at ${cut} inside ${m[0]}: ${out}`)
    }
  }
  tt.pass('every cut inside every token')
})

t.test('tokens nobody issued pass unchanged and never throw', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  await scope.maskText('account 123456789012 and role arn:aws:iam::123456789012:role/deploy-bot')
  const madeUp = 'ACCOUNT_ID_99, IAM_ROLE_7s, `S3_BUCKET_1`, EC2_INSTANCE_12345678901234567890, TOKEN_LITERAL_3, AWS_HOSTNAME_2.'
  tt.equal(scope.unmaskText(madeUp), madeUp, 'text')
  tt.equal(JSON.parse(scope.unmaskJsonText(JSON.stringify(madeUp))), madeUp, 'raw JSON')
  tt.equal(streamed(scope, [...madeUp], false), madeUp, 'streamed a char at a time')
  tt.equal(streamed(scope, [...JSON.stringify(madeUp)], true), JSON.stringify(madeUp), 'JSON streamed a char at a time')
})
