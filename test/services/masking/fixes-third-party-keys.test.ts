// Other services' credentials in AWS material (an alarm's Slack webhook in a template, a GitHub token
// in a CodeBuild env, an engineer's Anthropic or OpenAI key) went out in clear where no key name said
// secret: they are masked by their issuers' prefixes, and look-alike words stay.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

const masked = roundTripMasker(t)

const KEYS: Array<[string, string]> = [
  ['Slack webhook', 'T024BE7LD/B08UN2X1E/k9Xq2Lm7Pz4Rt8Vw1Yb3Nc6D'],
  ['GitHub', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'],
  ['GitHub fine-grained', 'github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ01234'],
  ['GitLab', 'glpat-xY9zAb3dEf6hIj9kLm2n'],
  ['Stripe', 'sk_live_51H8xYzAbCdEfGhIjKlMnOpQr2StUvWx3YzAbCdEf4GhIjKlMn'],
  ['Slack bot', 'xoxb-2840311042-6049911153907-qYzXm1Ab2Cd3Ef4Gh5Ij6Kl7'],
  ['Google', 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'],
  ['npm', 'npm_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7c'],
  ['SendGrid', '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'],
  ['Anthropic', 'sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk6lMn9oPq2rSt5uVw8xYz1aBc4dEf7gHi0jKl3mNo6pQr9sTu2v-AA'],
  ['OpenAI', 'sk-proj-Xy7kLm2Qp9Rt4Vw8Zb1Nc5Df3Gh6Jk0Lm9Pq2Rs5Tu8Vw1Xy4Za7Bc0De3Fg6']
]

t.test('third-party keys are masked in prose, YAML, env lines and URLs', async (t) => {
  for (const [issuer, key] of KEYS) {
    const where = issuer === 'Slack webhook'
      ? [`AlarmTopicEndpoint: https://hooks.slack.com/services/${key}`, `curl -X POST https://hooks.slack.com/services/${key} -d @msg.json`]
      : [`the ${issuer} key is ${key}, rotate it`, `      NOTIFY: ${key}`, `build env: TOKEN_IN_USE ${key}`]
    for (const text of where) {
      const out = await masked(text)
      t.notOk(out.includes(key), `${issuer} hidden: ${out}`)
      t.match(out, /API_KEY_1/, `${issuer} as api_key`)
    }
  }
})

t.test('words that share a prefix stay', async (t) => {
  const text = 'pip install scikit-learn (sk-learn-is-a-python-library-for-machine-learning-stuff) ghp_docs sk_live_mode github_pat_ xoxb-token SG.foo npm_config_cache AIzaShort'
  t.equal(await masked(text), text)
})
