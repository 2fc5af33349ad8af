// Metric names the dashboard and alerts read are the ones the app exposes on GET /metrics.
// Every name is also checked against docs/architecture.md (the contract the deploy files follow).
import t from 'tap'
import { buildApp } from '../../app.js'
import { loadConfig } from '../../config.js'
import { baseMetricName, knownMetricNames, metricNamesInPromQL, readText, readYaml, type Doc } from './deploy-files.js'

const known = knownMetricNames()

function namesUsedByDeploy (): Set<string> {
  const rules: Doc[] = readYaml('deploy/prometheus/alerts.yml').groups.flatMap((g: Doc) => g.rules)
  const panels: Doc[] = JSON.parse(readText('deploy/grafana/dashboards/aws-masker.json')).panels
  const exprs = [...rules.map((r) => r.expr as string), ...panels.flatMap((p) => p.targets.map((x: Doc) => x.expr as string))]
  return new Set(exprs.flatMap(metricNamesInPromQL).map((n) => baseMetricName(n, known)))
}

/** `# TYPE name kind` lines of a Prometheus text exposition. */
function exposedTypes (text: string): Map<string, string> {
  return new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => [m[1], m[2]]))
}

t.test('exposed names match what the deploy files read', async (t) => {
  // SERVICE_API_KEYS set: the auth plugin registers its failure counter only when keys exist.
  const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', SERVICE_API_KEYS: 'metrics-test-key' }))
  t.teardown(() => app.close())
  await app.inject('/health') // one request so labelled series exist
  const res = await app.inject({ url: '/metrics', headers: { accept: 'text/plain' } })
  t.equal(res.statusCode, 200)
  const exposed = exposedTypes(res.body)
  t.ok(exposed.size > 10, `${exposed.size} metrics exposed`)

  const used = namesUsedByDeploy()
  const notYet: string[] = []
  for (const name of used) {
    if (name === 'up') continue // Prometheus' own
    t.ok(known.has(name), `${name} is documented`)
    if (!exposed.has(name)) notYet.push(name)
  }
  t.same(notYet.sort(), [], 'every metric the dashboard and alerts read is exposed by the app')

  // The ones every app exposes from the start must be there, with the type the queries assume.
  for (const name of ['http_requests_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes',
    'nodejs_eventloop_lag_p99_seconds', 'process_start_time_seconds', 'aws_masker_ready']) {
    t.ok(exposed.has(name.replace(/_total$/, '')) || exposed.has(name), `${name} exposed`)
  }
  t.equal(exposed.get('http_request_duration_seconds'), 'histogram')
  for (const [name, type] of exposed) {
    if (name.startsWith('aws_masker_')) t.ok(known.has(name) || known.has(`${name}_total`), `${name} (${type}) is documented`)
  }
  t.match(res.body, /^http_requests_total\{[^}]*route="\/health"/m, 'request counter labelled by route')
})
