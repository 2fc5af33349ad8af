// Round 14: AWS error codes ending in `TooLow`, `TooLarge`, ... (`SpotMaxPriceTooLow` from a
// docker-machine driver, S3's `EntityTooLarge`) after a prose noun (`Error launching instance:
// SpotMaxPriceTooLow: ...`) were masked as the instance's name. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('error codes after a noun stay', async (tt) => {
  tt.same(found('Error launching instance: SpotMaxPriceTooLow: Your Spot request price of 0.21 is lower'), [])
  tt.same(found('PutObject on bucket: EntityTooLarge: Your proposed upload exceeds the maximum'), [])
  tt.same(found('the instance: orders-api-01 is down'), ['resource_name:orders-api-01'], 'a name after `instance:` still goes')
})
