// Round 19: the ADOT awsxray exporter's `aws_log_groups: [/ecs/x, /aws/lambda/y]` had its closing `]`
// taken into the Lambda function's name. A `]` no `[` opened ends the log group.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a flow list\'s bracket is no part of a log group', async (tt) => {
  tt.same(found('    aws_log_groups: [/aws/lambda/acme-orders-api]'), ['lambda_function:acme-orders-api'])
  tt.same(found('groups: [/aws/lambda/acme-a, /aws/lambda/acme-b]\n'), ['lambda_function:acme-a', 'lambda_function:acme-b'])
  tt.same(found('/aws/lambda/acme-fn 2024/01/01/[$LATEST]abc'), ['lambda_function:acme-fn'])
  const masked = await maskedWithRoundTrip('aws_log_groups: [/aws/lambda/acme-orders-api]\n')
  tt.ok(masked.endsWith(']\n') && !masked.includes('acme-orders-api'))
  tt.notOk(masked.includes(']]'))
})
