// The main promise on realistic input: a mixed AWS corpus goes out with no planted identifier
// (checked on the raw bytes the stand-in upstream received), keeps the values the model needs,
// and the echoed answer comes back restored byte for byte, also under concurrency.
import t from 'tap'
import { namedDocument, plantedCorpus } from '../helpers/aws-corpus.js'
import { analyze, analyzeApp, ECHO_PREFIX } from './analyze-helpers.js'

const SEEDS = [1, 2, 3, 4]

/** A value is absent from a JSON body if neither it nor its JSON-escaped form occurs. */
function leaked (raw: string, values: string[]): string[] {
  return values.filter((v) => raw.includes(v) || raw.includes(JSON.stringify(v).slice(1, -1)))
}

t.test('mixed corpus as contextText: nothing planted leaves, the answer is restored exactly', async (t) => {
  const { app, mock } = await analyzeApp(t)
  for (const seed of SEEDS) {
    const corpus = plantedCorpus(seed, 20_000)
    const res = await analyze(app, { contextText: corpus.text })
    t.equal(res.statusCode, 200, `seed ${seed}`)
    const raw = mock.requests.at(-1)?.body.toString('utf8') ?? ''
    // includes CloudTrail principalId session names (`AROA…:<session>`), once a detector gap
    t.same(leaked(raw, corpus.planted), [], `seed ${seed}: no planted value in the bytes sent`)
    const missing = corpus.kept.filter((k) => !raw.includes(k))
    t.same(missing, [], `seed ${seed}: kept values reach the model unchanged`)
    t.ok(res.json().analysis.text === `${ECHO_PREFIX}## Context\n\n${corpus.text}`, `seed ${seed}: restored byte for byte`)
    t.ok(res.json().masking.total >= new Set(corpus.planted).size / 2, `seed ${seed}: masking summary counts`)
  }
})

t.test('CLI JSON as resources: masked on the way out, deep-equal on the way back', async (t) => {
  const { app, mock } = await analyzeApp(t)
  const doc = namedDocument('describeInstances', 7)
  const resources = JSON.parse(doc.text)
  const res = await analyze(app, { resources })
  t.equal(res.statusCode, 200)
  t.same(leaked(mock.requests[0].body.toString('utf8'), doc.planted), [])
  const text: string = res.json().analysis.text
  const marker = '## AWS resources (JSON)\n\n'
  t.same(JSON.parse(text.slice(text.indexOf(marker) + marker.length)), resources)
})

t.test('concurrent requests keep their own tokens, and every scope is released', async (t) => {
  const { app, mock } = await analyzeApp(t)
  const corpora = Array.from({ length: 8 }, (_, i) => plantedCorpus(100 + i, 4_000))
  const results = await Promise.all(corpora.map(async (c) => await analyze(app, { contextText: c.text })))
  results.forEach((res, i) => {
    t.equal(res.statusCode, 200)
    t.ok(res.json().analysis.text === `${ECHO_PREFIX}## Context\n\n${corpora[i].text}`, `request ${i} got its own values back`)
  })
  t.equal(mock.requests.length, 8)
  const metrics = (await app.inject({ url: '/metrics' })).body
  t.match(metrics, /^aws_masker_store_scopes 0$/m, 'per-request scopes deleted')
  t.match(metrics, /^aws_masker_upstream_calls_total\{outcome="ok"\} 8$/m)
  t.match(metrics, /^http_requests_total\{method="POST",route="\/analyze",status_code="200"\} 8$/m)
})

t.test('scopes are released when the upstream fails too', async (t) => {
  const { app, mock } = await analyzeApp(t, { UPSTREAM_MAX_RETRIES: '0' })
  mock.fallback({ status: 500 })
  const res = await analyze(app, { contextText: plantedCorpus(9, 2_000).text })
  t.equal(res.statusCode, 502)
  t.match((await app.inject({ url: '/metrics' })).body, /^aws_masker_store_scopes 0$/m)
})
