import t from 'tap'
import { analyze, analyzeApp, ECHO_PREFIX, TEST_KEY } from './analyze-helpers.js'

const PLANTED = {
  account: '123456789012',
  instance: 'i-0a1b2c3d4e5f67890',
  sg: 'sg-0123abcd',
  ip: '10.20.30.40',
  role: 'arn:aws:iam::123456789012:role/prod-deployer',
  accessKey: 'AKIAIOSFODNN7EXAMPLE',
  secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  email: 'jane.doe@acme-corp.com'
}

const contextText = [
  `Instance ${PLANTED.instance} in account ${PLANTED.account} sits behind ${PLANTED.sg} at ${PLANTED.ip}.`,
  `It assumes ${PLANTED.role}; alerts go to ${PLANTED.email}.`,
  `aws_access_key_id = ${PLANTED.accessKey}`,
  `aws_secret_access_key = ${PLANTED.secret}`,
  'Unicode stays intact: café ✓ 🚀'
].join('\n')

const resources = {
  Reservations: [{
    OwnerId: PLANTED.account,
    Instances: [{ InstanceId: PLANTED.instance, PrivateIpAddress: PLANTED.ip, SecurityGroups: [{ GroupId: PLANTED.sg }], State: { Name: 'running' } }]
  }]
}

t.test('masks everything it sends and restores the answer byte for byte', async (t) => {
  const { app, mock } = await analyzeApp(t)
  const res = await analyze(app, { contextText, resources })
  t.equal(res.statusCode, 200, res.body)
  t.equal(mock.requests.length, 1)

  const raw = mock.requests[0].body.toString('utf8')
  for (const [name, value] of Object.entries(PLANTED)) t.notOk(raw.includes(value), `${name} never reaches upstream`)
  t.match(raw, /EC2_INSTANCE_\d+/, 'the model sees typed tokens')

  const sent = mock.requests[0]
  t.equal(sent.method, 'POST')
  t.equal(sent.url, '/v1/messages')
  t.equal(sent.headers['x-api-key'], TEST_KEY)
  t.equal(sent.headers['anthropic-version'], '2023-06-01')
  const outgoing = JSON.parse(raw)
  t.equal(outgoing.max_tokens, 2048, 'default maxTokens')
  t.equal(outgoing.model, 'claude-sonnet-4-5', 'default model')
  t.match(outgoing.system, /placeholder tokens/)

  const body = res.json()
  const text: string = body.analysis.text
  t.ok(text.startsWith(`${ECHO_PREFIX}## Context\n\n${contextText}\n\n`), 'context restored byte for byte')
  const json = text.slice(text.indexOf('## AWS resources (JSON)\n\n') + '## AWS resources (JSON)\n\n'.length)
  t.same(JSON.parse(json), resources, 'resources restored exactly')
  t.match(body, {
    success: true,
    analysis: { model: 'claude-test-model', stopReason: 'end_turn', usage: { input_tokens: 11, output_tokens: 7 } },
    masking: { byKind: { ec2_instance: 1, account_id: Number, security_group: 1 } },
    requestId: String
  })
  t.ok(body.masking.total >= 7)
  t.ok(Number.isFinite(Date.parse(body.timestamp)))
  t.type(body.durationMs, 'number')
})

t.test('options are passed through', async (t) => {
  const { app, mock } = await analyzeApp(t)
  const res = await analyze(app, { contextText: 'cost review of sg-0123abcd', options: { analysisType: 'cost_only', maxTokens: 100, model: 'claude-haiku-test' } })
  t.equal(res.statusCode, 200)
  const outgoing = JSON.parse(mock.requests[0].body.toString())
  t.equal(outgoing.max_tokens, 100)
  t.equal(outgoing.model, 'claude-haiku-test')
  t.match(outgoing.system, /cost only/i)
})

t.test('invalid bodies are 400 in the service error shape and call nothing', async (t) => {
  const { app, mock } = await analyzeApp(t, { ANALYZE_MAX_CONTEXT_CHARS: '50' })
  const cases: Array<[string, unknown]> = [
    ['neither contextText nor resources', { options: { maxTokens: 100 } }],
    ['empty contextText', { contextText: '' }],
    ['contextText over the limit', { contextText: 'x'.repeat(51) }],
    ['maxTokens too small', { contextText: 'hi', options: { maxTokens: 5 } }],
    ['maxTokens too large', { contextText: 'hi', options: { maxTokens: 8193 } }],
    ['unknown analysisType', { contextText: 'hi', options: { analysisType: 'everything' } }],
    ['unknown field', { contextText: 'hi', extra: true }]
  ]
  for (const [name, payload] of cases) {
    const res = await analyze(app, payload)
    t.equal(res.statusCode, 400, name)
    t.match(res.json(), { success: false, error: 'Invalid request data', requestId: String, details: [{ field: /^body/ }] }, name)
  }
  const badType = (await analyze(app, { contextText: 'hi', options: { analysisType: 'everything' } })).json()
  t.same(badType.details, [{ field: 'body.options.analysisType', message: 'must be equal to one of the allowed values' }])
  t.equal(mock.requests.length, 0)
})

t.test('resources alone, even a bare JSON string, are accepted', async (t) => {
  const { app, mock } = await analyzeApp(t)
  const res = await analyze(app, { resources: `owner ${PLANTED.account}` })
  t.equal(res.statusCode, 200)
  t.notOk(mock.requests[0].body.toString().includes(PLANTED.account))
  t.match(res.json().analysis.text, PLANTED.account)
})

t.test('no API key and not a dry run -> 503 with a clear message, nothing sent', async (t) => {
  const { app, mock } = await analyzeApp(t, { ANTHROPIC_API_KEY: '' })
  const res = await analyze(app, { contextText })
  t.equal(res.statusCode, 503)
  t.match(res.json(), { success: false, error: 'ANTHROPIC_API_KEY is not configured' })
  t.equal(mock.requests.length, 0)
})

t.test('an upstream 400 -> 400 with the upstream message, one attempt', async (t) => {
  const { app, mock } = await analyzeApp(t, {}, { status: 400, body: { type: 'error', error: { type: 'invalid_request_error', message: 'prompt is too long' } } })
  const res = await analyze(app, { contextText })
  t.equal(res.statusCode, 400)
  t.same(res.json(), { success: false, error: 'prompt is too long', requestId: res.json().requestId })
  t.equal(mock.requests.length, 1)
})
