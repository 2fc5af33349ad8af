// Round 16: a plan's change of a name (`parameter_group_name = "x-pg15" -> "x-pg16"`, Atlantis, Spacelift,
// Terragrunt) masked the old value only: the new name went out in clear. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the new value of a changed name', async (tt) => {
  tt.same(found('      ~ parameter_group_name = "quandra-orders-pg15" -> "quandra-orders-pg16"\n'),
    ['resource_name:quandra-orders-pg15', 'resource_name:quandra-orders-pg16'])
  tt.same(found('  ~ function_name = "fn-a" -> "fn-b"\n'), ['lambda_function:fn-a', 'lambda_function:fn-b'])
  const masked = await maskedWithRoundTrip('  ~ name = "orders-a1" -> (known after apply)\n  ~ engine_version = "15.7" -> "16.4"\n')
  tt.equal(masked, '  ~ name = "RESOURCE_NAME_1" -> (known after apply)\n  ~ engine_version = "15.7" -> "16.4"\n', 'what is no name stays')
})
