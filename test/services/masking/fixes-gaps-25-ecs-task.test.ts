// Round 22 left over (blackbox-21): an ECS task id after `--task` of an `aws ecs` command (32 hex
// digits, or the UUID older tasks had) stayed in clear; its ARN was masked. Regression test,
// failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const ID = '21c0673cb9a98765521818900e58bbd9'

t.test('task ids after --task and --tasks', async tt => {
  tt.ok(found(`aws ecs execute-command --cluster talvane-prod-ecs --task ${ID} --container ledger-writer --interactive`).includes(`resource_name:${ID}`))
  tt.same(found(`aws ecs describe-tasks --cluster x-prod --tasks ${ID} 5f1c0673cb9a98765521818900e58bbd --output json`).filter(m => !m.startsWith('ecs_cluster')),
    [`resource_name:${ID}`, 'resource_name:5f1c0673cb9a98765521818900e58bbd'], 'several')
  tt.same(found('aws ecs stop-task --task 4c2e8a1b-9f3d-4e5a-8b7c-6d5e4f3a2b1c'), ['resource_name:4c2e8a1b-9f3d-4e5a-8b7c-6d5e4f3a2b1c'], 'a UUID')
  tt.same(found(`aws --region eu-west-1 ecs stop-task --task "${ID}"`), [`resource_name:${ID}`], 'quoted, options before the service')
  const masked = await maskedWithRoundTrip(`$ aws ecs execute-command --task ${ID} --interactive --command sh`)
  tt.notOk(masked.includes(ID))
})

t.test('other tools\' --task stay; an ARN is the ARN reader\'s', async tt => {
  tt.same(found(`gradle build --task ${ID}`), [])
  tt.same(found('aws ecs stop-task --task latest'), [])
  tt.ok(found(`aws ecs stop-task --task arn:aws:ecs:eu-west-1:483920175536:task/prod/${ID}`).includes('account_id:483920175536'))
})
