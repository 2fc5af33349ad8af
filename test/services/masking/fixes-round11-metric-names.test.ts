// Round 11: metric definitions of the CloudWatch embedded metric format (`"_aws": {"CloudWatchMetrics":
// [{"Metrics": [{"Name": "ColdStart", "Unit": "Count"}]}]}`, Lambda Powertools, Container Insights)
// name a metric under `Name`, beside its `Unit`: it was masked as a resource name, and the metric's
// own key in the record with it. A metric name is no resource (the spec's tables do not list it).
// Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip, openScope } from './blackbox-helpers.js'

const EMF = '{"_aws":{"Timestamp":1764914119000,"CloudWatchMetrics":[{"Namespace":"Quasar/Ledger","Dimensions":[["function_name"]],"Metrics":[{"Name":"ColdStart","Unit":"Count"},{"Name":"PostingLatency","Unit":"Milliseconds"}]}]},"function_name":"quasar-ledger-reconciler","ColdStart":1,"PostingLatency":482}'

t.test('metric names stay readable, the function is masked', async (tt) => {
  const masked = await maskedWithRoundTrip(EMF)
  for (const kept of ['"Name":"ColdStart"', '"Name":"PostingLatency"', '"ColdStart":1', '"PostingLatency":482']) tt.ok(masked.includes(kept), `keeps ${kept}: ${masked}`)
  tt.notOk(masked.includes('quasar-ledger-reconciler'))
  tt.same(found('Metrics:\n  - Name: pod_cpu_utilization\n    Unit: Percent\n'), [], 'YAML')
  tt.same(found('"Metrics": [ { "Name": "pod_cpu_utilization" } ]'), [], 'the first metric, no unit')
})

t.test('parsed JSON', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = JSON.parse(EMF) as Record<string, unknown>
  const masked = await scope.maskJson(value)
  const text = JSON.stringify(masked)
  tt.ok(text.includes('"Name":"ColdStart"'), text)
  tt.ok(text.includes('"PostingLatency":482'), text)
  tt.notOk(text.includes('quasar-ledger-reconciler'))
  tt.strictSame(scope.unmaskJson(masked), value)
})

t.test('a Name elsewhere is read as before', async (tt) => {
  tt.same(found('"Tags": [{"Key": "Name", "Value": "ledger-api-node"}], "Name": "quasar-ledger-alb"'), ['resource_name:ledger-api-node', 'resource_name:quasar-ledger-alb'])
  tt.same(found('{"Name": "quasar-ledger-queue", "Units": 3}'), ['resource_name:quasar-ledger-queue'])
})
