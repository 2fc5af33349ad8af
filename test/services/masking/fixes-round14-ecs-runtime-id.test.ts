// Round 14: a container's `runtimeId` in an ECS Task State Change event (`<task id>-2813954071`)
// let the task id out in clear while the task ARNs around it hid it. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const TASK = '0c7b3e9a14f245d8b6e1a2c9d8f7e350'

t.test('the task id that opens a runtime id', async (tt) => {
  const masked = await maskedWithRoundTrip(`{"taskArn": "arn:aws:ecs:us-east-2:647182930551:task/core/${TASK}", "runtimeId": "${TASK}-2813954071"}`)
  tt.notOk(masked.includes(TASK), masked)
  tt.match(masked, /"runtimeId": "RESOURCE_NAME_1-2813954071"/, 'the same token as in the ARN; the digits stay')
  tt.same(found(`md5 ${TASK} and ${TASK.toUpperCase()}-2813954071, ${TASK}-12`), [], 'a bare digest, other tails: no runtime id')
})
