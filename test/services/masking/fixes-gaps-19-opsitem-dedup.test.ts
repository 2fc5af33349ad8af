// An OpsItem created by a CloudWatch alarm keeps `/aws/dedup` as `{"dedupString":"<alarm>-ALARM"}`
// (red team round 17): the alarm's name, glued to its state, went out in clear (a known name is
// not cut out of a longer word). The dedup string is a name field; the state stays readable.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the alarm in a dedup string is masked, its state kept', async tt => {
  tt.same(found('"dedupString": "payments-api-5xx-ALARM"'), ['resource_name:payments-api-5xx'])
  tt.same(found('"/aws/dedup": { "Value": "{\\"dedupString\\":\\"kestrel-eta-recalc-invocations-low-ALARM\\"}", "Type": "SearchableString" }'),
    ['resource_name:kestrel-eta-recalc-invocations-low'], 'JSON inside the OperationalData value')
  tt.same(found('{"dedupString": "orders-sync-drift-42"}'), ['resource_name:orders-sync-drift-42'], 'a dedup string of the customer\'s own')
  const masked = await maskedWithRoundTrip('"dedupString": "payments-api-5xx-ALARM"')
  tt.match(masked, /^"dedupString": "RESOURCE_NAME_1-ALARM"$/)
})
