// The Grafana dashboard: provisioned, every query reads documented metrics, required panels present.
import t from 'tap'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { baseMetricName, knownMetricNames, metricNamesInPromQL, readText, readYaml, repoRoot, type Doc } from './deploy-files.js'

const dashboard = JSON.parse(readText('deploy/grafana/dashboards/aws-masker.json'))
const panels: Doc[] = dashboard.panels
const known = knownMetricNames()
const exprs = panels.flatMap((p) => p.targets.map((x: Doc) => ({ panel: p.title as string, expr: x.expr as string })))

t.test('every query reads only documented metrics', async (t) => {
  t.ok(exprs.length >= 15)
  for (const { panel, expr } of exprs) {
    const used = metricNamesInPromQL(expr)
    t.ok(used.length > 0, `${panel}: reads a metric`)
    for (const name of used) t.ok(known.has(baseMetricName(name, known)), `${panel}: ${name} is documented`)
  }
})

t.test('the required views are there', async (t) => {
  const all = exprs.map((e) => e.expr).join('\n')
  for (const name of ['http_requests_total', 'http_request_duration_seconds_bucket', 'aws_masker_masked_entities_total',
    'aws_masker_upstream_attempts_total', 'aws_masker_upstream_retries_total', 'aws_masker_upstream_breaker_state',
    'aws_masker_store_entries', 'aws_masker_store_evictions_total', 'nodejs_eventloop_lag_p99_seconds',
    'process_resident_memory_bytes', 'process_start_time_seconds']) {
    t.ok(all.includes(name), name)
  }
  t.match(all, /histogram_quantile\(0\.5,/, 'p50')
  t.match(all, /histogram_quantile\(0\.99,/, 'p99')
  const errorPanel = panels.find((p) => /error rate/i.test(p.title))
  const steps: Doc[] = errorPanel?.fieldConfig.defaults.thresholds.steps ?? []
  t.ok(steps.some((s) => s.value === 0.05), 'error rate panel has the 5% threshold')
  t.equal(errorPanel?.fieldConfig.defaults.custom.thresholdsStyle.mode, 'line', 'drawn as a line')
})

t.test('panels have unique ids and do not overlap', async (t) => {
  t.equal(new Set(panels.map((p) => p.id)).size, panels.length)
  const cells = new Set<string>()
  for (const p of panels) {
    const { x, y, w, h } = p.gridPos
    t.ok(x + w <= 24, `${p.title} fits the 24-column grid`)
    for (let i = x; i < x + w; i++) for (let j = y; j < y + h; j++) {
      const key = `${i},${j}`
      if (cells.has(key)) t.fail(`${p.title} overlaps at ${key}`)
      cells.add(key)
    }
  }
})

t.test('provisioning: datasource uid and dashboard path agree with compose', async (t) => {
  const ds = readYaml('deploy/grafana/provisioning/datasources/prometheus.yml').datasources[0]
  const uids = new Set(panels.flatMap((p) => [p.datasource.uid, ...p.targets.map((x: Doc) => x.datasource.uid)]))
  t.same([...uids], [ds.uid], 'every panel uses the provisioned datasource')
  const compose = readYaml('deploy/docker-compose.yml')
  t.match(ds.url, /^http:\/\/prometheus:9090$/)
  t.ok(compose.services.prometheus, 'prometheus service exists')
  const provider = readYaml('deploy/grafana/provisioning/dashboards/aws-masker.yml').providers[0]
  const mounts: string[] = compose.services.grafana.volumes
  const dashMount = mounts.find((m) => m.split(':')[1] === provider.options.path)
  t.ok(dashMount, 'compose mounts the dashboards where the provider looks')
  t.ok(existsSync(join(repoRoot, 'deploy', dashMount!.split(':')[0])), 'mounted directory exists')
})
