// Round 17 left over (blackbox-16): an EventBridge replay named in parentheses after `started`
// (`replay from archive x started (orders-2026-12-01-outage)`) stayed in clear. `replay` earlier
// on the line and a name-shaped word in the brackets say it. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a replay named after started', async tt => {
  tt.same(found('replay from archive kestrel-orders-bus-archive started (orders-2026-12-01-outage), ~11.4k events.'),
    ['resource_name:kestrel-orders-bus-archive', 'resource_name:orders-2026-12-01-outage'])
  tt.same(found('Replay started (`billing_replay_2`) at 09:00'), ['resource_name:billing_replay_2'], 'backticked')
  const masked = await maskedWithRoundTrip('the replay started (orders-2026-12-01-outage)')
  tt.notOk(masked.includes('orders-2026-12-01-outage'))
})

t.test('other brackets after started stay', async tt => {
  tt.same(found('the replay started (see the runbook) and we started (again)'), [])
  tt.same(found('the job started (v2-rollout); replay started (2 of 3)'), [], 'no replay before it on the line, or no name')
})
