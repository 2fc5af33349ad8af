// Round 17: a CloudWatch alarm's name in the subject line of its notification, as SNS e-mails and
// AWS Chatbot print it (`ALARM: "orders-api-5xx" in EU (Frankfurt)`), stayed in clear.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the alarm of a notification subject is masked', async (tt) => {
  tt.same(found(':rotating_light: *ALARM: "kestrel-eta-recalc-invocations-low" in EU (Frankfurt)*'), ['resource_name:kestrel-eta-recalc-invocations-low'])
  tt.same(found('Subject: OK: "High CPU on web tier" in US East (N. Virginia)\nINSUFFICIENT_DATA: "orders-p99" in Asia Pacific (Tokyo)'),
    ['resource_name:High CPU on web tier', 'resource_name:orders-p99'])
  const masked = await maskedWithRoundTrip('ALARM: "orders-api-5xx" in US West (Oregon)\n')
  tt.notOk(masked.includes('orders-api-5xx'), masked)
})

t.test('prose with the same words stays', async (tt) => {
  tt.same(found('state ALARM: "what" is it; OK: "fine" in my view; ALARM: "x" in the end'), [])
})
