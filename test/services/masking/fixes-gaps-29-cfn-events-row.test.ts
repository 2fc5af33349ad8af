// Gaps round 29: CloudFormation's console Events tab, copied (tab-separated rows, no header), sent
// the stack's name upstream: `<time>\torders-api-prod\tUPDATE_ROLLBACK_IN_PROGRESS\t…`, and a
// resource's physical id (a generated Lambda name) beside its logical id. The stack's name is masked
// (a name with `-`, the one its ARN names, a `User Initiated` row's) and a physical id the scanner
// does not read itself; logical ids, statuses and reasons stay. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const ROWS = [
  '2026-11-30 14:02:11 UTC+0000\torders-api-prod\tUPDATE_ROLLBACK_IN_PROGRESS\tThe following resource(s) failed to update: [ApiFunction].',
  '2026-11-30 14:01:58 UTC+0000\tApiFunction\torders-api-prod-ApiFunction-Xk2P9qLm3R7t\tUPDATE_FAILED\tResource handler returned message: "Invalid request"',
  '2026-11-30 14:00:01 UTC+0000\torders-api-prod\tUPDATE_IN_PROGRESS\tUser Initiated'
].join('\n')

t.test("an events row's stack name and physical id are masked", async tt => {
  tt.same(found(ROWS.split('\n')[0]), ['cloudformation_stack:orders-api-prod'])
  tt.same(found(ROWS.split('\n')[1]), ['resource_name:orders-api-prod-ApiFunction-Xk2P9qLm3R7t'])
  tt.same(found('2026-12-01T09:15:02Z\tOrdersApiStack\t-\tUPDATE_IN_PROGRESS\tUser Initiated'), ['cloudformation_stack:OrdersApiStack'])
  const masked = await maskedWithRoundTrip(ROWS)
  tt.notOk(masked.includes('orders-api-prod'))
  tt.match(masked, /^2026-11-30 14:02:11 UTC\+0000\t(CLOUDFORMATION_STACK_\d+)\tUPDATE_ROLLBACK_IN_PROGRESS\tThe following resource\(s\) failed to update: \[ApiFunction\]\.\n/)
  tt.match(masked, /\tApiFunction\tRESOURCE_NAME_\d+\tUPDATE_FAILED\t/)
})

t.test('logical ids, statuses and other tab rows stay', async tt => {
  tt.same(found('2026-12-01T09:15:02.113Z\tLedgerTable\t-\tCREATE_COMPLETE\t-'), [])
  tt.same(found('2026-12-01T09:15:02Z\tWebSg\tsg-0a1b2c3d4e5f67890\tCREATE_COMPLETE'), ['security_group:sg-0a1b2c3d4e5f67890'])
  tt.same(found('2026-12-01 09:15:02\tfoo-bar\tbaz'), [])
  tt.same(found('2026-12-01 09:15:02\tworker-1\tINFO_MESSAGE\tstarted'), [])
})
