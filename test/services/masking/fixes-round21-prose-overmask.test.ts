// Round 21: over-masking in stand-up notes: `load test against the queues (20k msg/min)` masked
// `20k` as a queue, `the load-test lambda is x` masked `load-test` as a function. A count with its
// unit is no name; `load-`, `smoke-`, `stress-`, `soak-` head an English compound (a test's kind).
// And the other way round: `the low-traffic fw-notify-digest function` left the name in clear (an
// English compound between the determiner and the name). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('counts and test kinds stay', async (tt) => {
  tt.same(found('load test against the queues (20k msg/min)'), [])
  tt.same(found('the tables 3x bigger, the cluster 40m later, the bucket 2TB'), [])
  tt.same(found('the load-test lambda is acme-loadgen'), ['lambda_function:acme-loadgen'])
  tt.same(found('the smoke-test function and a stress-test cluster'), [])
})

t.test('a name after a determiner and an English compound', async (tt) => {
  tt.same(found('It was meant only for the low-traffic acme-notify-digest function.'), ['lambda_function:acme-notify-digest'])
  tt.same(found('the write-heavy orders-sync table'), ['dynamodb_table:orders-sync'])
  tt.same(found('a valid fully-formed template'), [])
  tt.same(found('after a long-running read-only table scan'), [])
})
