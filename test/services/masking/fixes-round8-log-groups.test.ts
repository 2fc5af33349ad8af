// Red team round 8 (test/fixtures/blackbox-7/): Logs Insights writes `@log` as
// `<account>:<log group>`; a log group outside `/aws/<service>/` (`/ecs/x`, `/vpc/flow/x`) there
// was left in clear, and `/aws/lambda/x` after the colon was not read as a log group.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('<account>:<log group>: the log group is masked as log groups are', async tt => {
  tt.same(found('{"field": "@log", "value": "568182566734:/ecs/corvina-reconciler"}'),
    ['account_id:568182566734', 'log_group:/ecs/corvina-reconciler'], 'a custom path')
  tt.same(found("| filter @log in ['568182566734:/aws/lambda/label-printer', '568182566734:/vpc/flow/corvina-prod']"),
    ['account_id:568182566734', 'lambda_function:label-printer', 'account_id:568182566734', 'log_group:/vpc/flow/corvina-prod'], 'in a query; the /aws/lambda/ layout')
  const masked = await maskedWithRoundTrip('@log 568182566734:/ecs/corvina-reconciler.')
  tt.ok(!masked.includes('corvina-reconciler') && masked.endsWith('.'), masked)
})

t.test('an account id before other colons stays an account id alone', async tt => {
  tt.same(found('account 568182566734: /etc/hosts'), ['account_id:568182566734'], 'a blank after the colon')
  tt.same(found('568182566734:/aws/service/ami-amazon-linux-latest'), ['account_id:568182566734'], 'public SSM path stays')
  tt.same(found('568182566734:/ and 568182566734:/.'), ['account_id:568182566734', 'account_id:568182566734'], 'no name')
  tt.same(found('arn:aws:logs:eu-west-1:568182566734:log-group:/ecs/x:*'), ['account_id:568182566734', 'log_group:/ecs/x'], 'the ARN, as before')
})

t.test('aws logs tail <group>: the positional log group', async tt => {
  tt.same(found('$ aws logs tail /ecs/corvina-reconciler --follow'), ['log_group:/ecs/corvina-reconciler'], 'custom path')
  tt.same(found('aws logs tail --since 10m /ecs/x-y'), ['log_group:/ecs/x-y'], 'after an option')
  tt.same(found('aws logs tail "corvina-app-logs" --format short'), ['log_group:corvina-app-logs'], 'quoted, no slash')
  tt.same(found('aws logs tail /aws/lambda/corvina-eta-recalc --follow'), ['lambda_function:corvina-eta-recalc'], '/aws/lambda/ layout, as before')
  const masked = await maskedWithRoundTrip('aws logs tail /ecs/corvina-reconciler --follow')
  tt.ok(!masked.includes('corvina-reconciler') && masked.endsWith(' --follow'), masked)
})

t.test('other tails stay', async tt => {
  tt.same(found('aws logs tail --follow'), [], 'no group')
  tt.same(found('tail -f /var/log/messages; docker logs tail x'), [], 'not aws logs')
})
