import t from 'tap'
import { analyze, analyzeApp } from './analyze-helpers.js'

const payload = {
  contextText: 'sg-0123abcd lets 0.0.0.0/0 reach i-0a1b2c3d4e5f67890 (account 123456789012)',
  resources: { VpcId: 'vpc-0f9e8d7c6b5a43210', CidrBlock: '10.0.0.0/16' },
  options: { analysisType: 'security_only', maxTokens: 512 }
}

t.test('dry run works without a key and sends nothing', async (t) => {
  const { app, mock } = await analyzeApp(t, { ANTHROPIC_API_KEY: '' })
  const res = await analyze(app, payload, '?dryRun=true')
  t.equal(res.statusCode, 200, res.body)
  const body = res.json()
  t.match(body, { success: true, dryRun: true, masking: { total: Number, byKind: Object }, requestId: String })
  t.equal(body.request.max_tokens, 512)
  t.equal(body.request.messages[0].role, 'user')
  const shown = JSON.stringify(body.request)
  for (const value of ['sg-0123abcd', 'i-0a1b2c3d4e5f67890', '123456789012', 'vpc-0f9e8d7c6b5a43210']) {
    t.notOk(shown.includes(value), `${value} is masked in the shown request`)
  }
  t.equal(mock.requests.length, 0, 'the upstream received nothing')
  t.equal(body.analysis, undefined)
})

t.test('the dry run shows the exact bytes a real call sends', async (t) => {
  const { app, mock } = await analyzeApp(t)
  const dry = await analyze(app, payload, '?dryRun=true')
  t.equal(mock.requests.length, 0)
  const real = await analyze(app, payload)
  t.equal(real.statusCode, 200)
  t.equal(mock.requests[0].body.toString('utf8'), JSON.stringify(dry.json().request))
})

t.test('dryRun=false calls upstream as usual', async (t) => {
  const { app, mock } = await analyzeApp(t)
  const res = await analyze(app, payload, '?dryRun=false')
  t.equal(res.statusCode, 200)
  t.equal(mock.requests.length, 1)
})

t.test('the stricter /analyze rate limit applies', async (t) => {
  const { app } = await analyzeApp(t, { RATE_LIMIT_ANALYZE_MAX: '2' })
  const statuses: number[] = []
  for (let i = 0; i < 3; i++) statuses.push((await analyze(app, payload, '?dryRun=true')).statusCode)
  t.same(statuses, [200, 200, 429])
})
