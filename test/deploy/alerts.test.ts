// Alert rules: lint every rule, check the required alerts exist, and run promtool when installed
// (Debian: apt-get install -y --no-install-recommends prometheus).
import t from 'tap'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { baseMetricName, knownMetricNames, metricNamesInPromQL, readYaml, repoRoot, type Doc } from './deploy-files.js'

const alertsPath = 'deploy/prometheus/alerts.yml'
const rules: Doc[] = readYaml(alertsPath).groups.flatMap((g: Doc) => g.rules)
const known = knownMetricNames()

t.test('every rule is complete', async (t) => {
  t.ok(rules.length >= 6)
  const names = new Set<string>()
  for (const rule of rules) {
    t.type(rule.alert, 'string', 'alert name')
    t.notOk(names.has(rule.alert), `${rule.alert} is unique`)
    names.add(rule.alert)
    t.type(rule.expr, 'string', `${rule.alert} expr`)
    t.match(String(rule.for), /^\d+[smh]$/, `${rule.alert} for`)
    t.ok(['critical', 'warning', 'info'].includes(rule.labels?.severity), `${rule.alert} severity`)
    t.type(rule.annotations?.summary, 'string', `${rule.alert} summary`)
    t.type(rule.annotations?.description, 'string', `${rule.alert} description`)
    t.match(rule.annotations?.runbook, /^docs\/operations\.md#/, `${rule.alert} runbook`)
  }
})

t.test('rule expressions read only documented metrics', async (t) => {
  for (const rule of rules) {
    const used = metricNamesInPromQL(rule.expr)
    t.ok(used.length > 0, `${rule.alert} reads a metric`)
    for (const name of used) t.ok(known.has(baseMetricName(name, known)), `${rule.alert}: ${name} is documented`)
  }
})

t.test('the PromQL name extractor sees names and skips labels, functions and keywords', async (t) => {
  t.same(metricNamesInPromQL('sum by (le) (rate(foo_bucket{route!~"/health.*"}[5m])) / on(job) bar > 5'),
    ['bar', 'foo_bucket'])
  t.same(metricNamesInPromQL('up{job="x"} == 0 or aws_masker_ready == 0'), ['aws_masker_ready', 'up'])
  t.not(known.has(baseMetricName('made_up_total', known)), true, 'an unknown name is reported')
})

t.test('the checklist alerts exist with the right thresholds', async (t) => {
  const byText = (re: RegExp): Doc[] => rules.filter((r) => re.test(r.expr))
  t.ok(byText(/status_code=~"5\.\."[\s\S]*> 0\.05/).length, 'error rate over 5%')
  t.ok(byText(/aws_masker_ready == 0/).length, 'readiness failing')
  t.ok(byText(/up\{job="aws-masker"\} == 0/).length, 'target down')
  t.ok(byText(/histogram_quantile\(0\.99,[\s\S]*http_request_duration_seconds_bucket[\s\S]*> 5$/m).length, 'p99 over 5 s')
  t.ok(byText(/aws_masker_upstream_breaker_state\) == 2/).length, 'breaker open')
  t.ok(byText(/aws_masker_store_evictions_total/).length, 'evictions')
  t.ok(byText(/process_resident_memory_bytes/).length, 'memory')
})

const promtool = ['/usr/bin/promtool', '/usr/local/bin/promtool'].find((p) => existsSync(p))
t.test('promtool check rules and config', { skip: promtool === undefined ? 'promtool not installed' : false }, async (t) => {
  const rulesOut = execFileSync(promtool!, ['check', 'rules', join(repoRoot, alertsPath)], { encoding: 'utf8' })
  t.match(rulesOut, new RegExp(`SUCCESS: ${rules.length} rules found`))
  const configOut = execFileSync(promtool!, ['check', 'config', join(repoRoot, 'deploy/prometheus/prometheus.yml')], { encoding: 'utf8' })
  t.match(configOut, /is valid prometheus config/)
})
