import t from 'tap'
import { buildTestApp } from '../helpers/build-app.js'

type Schema = { type?: string, properties?: Record<string, Schema>, required?: string[], anyOf?: Schema[], enum?: unknown[] } & Record<string, unknown>

t.test('GET /docs/json documents every route, body, response and error shape', async (t) => {
  const app = await buildTestApp(t)
  const res = await app.inject({ url: '/docs/json' })
  t.equal(res.statusCode, 200)
  const doc = res.json()
  t.match(doc, { openapi: /^3\./, info: { title: 'aws-masker' } })

  const routes = app.printRoutes({ commonPrefix: false })
  for (const path of ['/health', '/health/ready', '/metrics', '/analyze']) {
    t.ok(doc.paths[path], `${path} is documented`)
    t.ok(routes.includes(path.split('/').pop() as string), `${path} is a real route`)
  }
  t.notOk(doc.paths['/docs/json'], 'the document does not describe itself')

  const analyze = doc.paths['/analyze'].post
  const body: Schema = analyze.requestBody.content['application/json'].schema
  t.same(Object.keys(body.properties ?? {}).sort(), ['contextText', 'options', 'resources'])
  t.match(body.properties?.contextText, { type: 'string', minLength: 1, maxLength: 200000 })
  t.same(body.anyOf, [{ required: ['contextText'] }, { required: ['resources'] }])
  const options = body.properties?.options as Schema
  t.match(options.properties?.maxTokens, { minimum: 10, maximum: 8192, default: 2048 })
  t.match(JSON.stringify(options.properties?.analysisType), /security_and_optimization.*security_only.*cost_only/)
  t.match(analyze.parameters, [{ in: 'query', name: 'dryRun' }])

  for (const status of ['200', '400', '429', '500', '502', '503', '504', '4XX']) {
    t.ok(analyze.responses[status], `response ${status} documented`)
  }
  const ok = JSON.stringify(analyze.responses['200'].content['application/json'].schema)
  for (const field of ['analysis', 'stopReason', 'usage', 'masking', 'byKind', 'durationMs', 'dryRun', 'max_tokens']) {
    t.ok(ok.includes(`"${field}"`), `200 shape has ${field}`)
  }
  const error = analyze.responses['503'].content['application/json'].schema as Schema
  t.same(error.required?.sort(), ['error', 'requestId', 'success'])
})
