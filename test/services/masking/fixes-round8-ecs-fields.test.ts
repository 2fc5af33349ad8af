// Red team round 8 (test/fixtures/blackbox-7/): the task definition family of Container Insights
// (`"TaskDefinitionFamily": "x"`) and `--task-definition x:41` were left in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('task definition family fields and flags are names; the revision stays', async tt => {
  tt.same(found('{"Type":"Task","TaskDefinitionFamily":"corvina-reconciler","AvailabilityZone":"eu-west-1b"}'), ['resource_name:corvina-reconciler'], 'Container Insights')
  tt.same(found('aws ecs run-task --task-definition corvina-reconciler:41 --launch-type FARGATE'), ['resource_name:corvina-reconciler'], 'CLI flag with revision')
  tt.same(found('"taskDefinition": "corvina-reconciler"'), ['resource_name:corvina-reconciler'], 'family only')
  tt.same(found('"taskDefinition": "arn:aws:ecs:eu-west-1:568182566734:task-definition/corvina-reconciler:41"'),
    ['account_id:568182566734', 'resource_name:corvina-reconciler'], 'an ARN: the scanner\'s, as before')
  const masked = await maskedWithRoundTrip('--task-definition corvina-reconciler:41')
  tt.ok(masked.endsWith(':41') && !masked.includes('corvina-reconciler'), masked)
})

t.test('nearby fields stay', async tt => {
  tt.same(found('"DBParameterGroupFamily": "postgres15", "containerDefinitions": [], "family": "m5"'), [], 'other families and definitions')
})
