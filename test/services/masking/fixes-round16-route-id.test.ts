// Round 16: Terraform's aws_route id glues the route table id to the destination's hash
// (`r-rtb-0d5f7b9a1c3e246801080289494`): no id boundary, the route table id went out in clear. The
// id is masked whole with its hash (a token glued to digits would not read back). Regression test,
// failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a route table id inside a Terraform route id', async (tt) => {
  tt.same(found('        id                     = "r-rtb-0d5f7b9a1c3e246801080289494"'), ['route_table:rtb-0d5f7b9a1c3e246801080289494'])
  const masked = await maskedWithRoundTrip('  ~ resource "aws_route" "private" {\n        id = "r-rtb-0d5f7b9a1c3e246802750132062"\n        route_table_id = "rtb-0d5f7b9a1c3e24680"\n')
  tt.equal(masked, '  ~ resource "aws_route" "private" {\n        id = "r-ROUTE_TABLE_1"\n        route_table_id = "ROUTE_TABLE_2"\n')
  tt.same(found('rtb-0d5f7b9a1c3e246801080289494'), [], 'no route id without its `r-`')
  tt.same(found('r-rtb-0d5f7b9a1c3e24680 rtb-0d5f7b9a1c3e24680'), ['route_table:rtb-0d5f7b9a1c3e24680', 'route_table:rtb-0d5f7b9a1c3e24680'])
})
