// Round 16: global options between `aws` and the service (`aws --endpoint-url=http://localhost:4566 lambda
// get-function-configuration`, `aws --profile prod --region eu-west-1 lambda get-function`) hid the
// command: the subcommand was masked as a function's name. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the subcommand after global options stays', async (tt) => {
  tt.same(found('$ aws --endpoint-url=http://localhost:4566 lambda get-function-configuration --function-name pelora-resize\n'), ['lambda_function:pelora-resize'])
  tt.same(found('aws --profile prod --region eu-west-1 --no-cli-pager lambda get-function --function-name x-1\n'), ['lambda_function:x-1'])
  const text = 'aws --debug lambda invoke out.json\n'
  tt.equal(await maskedWithRoundTrip(text), text)
  tt.same(found('the lambda invoice-sync failed'), ['lambda_function:invoice-sync'], 'prose still names a function')
})
