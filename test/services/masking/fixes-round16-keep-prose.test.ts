// Round 16: `the break-glass user \`korrin-breakglass-admin\``: the hyphenated adjective before the noun was
// masked as a user's name (also `on-call`, `long-lived`, `short-lived`). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('access prose compounds before a noun stay', async (tt) => {
  tt.same(found('One nit: the break-glass user `korrin-breakglass-admin` still has an active key'), ['iam_user:korrin-breakglass-admin'])
  tt.same(found('Page the on-call role and rotate the long-lived user keys.'), [])
  tt.same(found('the billing-dlq queue'), ['sqs_queue:billing-dlq'], 'a name before its noun is still masked')
})
