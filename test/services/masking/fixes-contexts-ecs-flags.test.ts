// `aws ecs update-service --service x` and `describe-services --services x y` left the ECS
// service names in clear (`--service` alone says nothing), and a list flag of the AWS CLI
// (`--key-names a b`) had only its first item masked.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('--service and --services of an ECS command name ECS services', async tt => {
  tt.same(found('aws ecs update-service --cluster payments-ecs --service orders-api-svc'),
    ['ecs_cluster:payments-ecs', 'ecs_service:orders-api-svc'])
  tt.same(found('aws ecs describe-services --cluster c-1 --services orders-api-svc billing-svc --region us-east-1'),
    ['ecs_cluster:c-1', 'ecs_service:orders-api-svc', 'ecs_service:billing-svc'], 'each item of the list, not the next flag')
  tt.same(found('aws --region eu-west-1 ecs update-service --cluster c-1 --service orders --force-new-deployment'),
    ['ecs_cluster:c-1', 'ecs_service:orders'], 'global options before the service')
  tt.same(found('aws ecs describe-services --cluster c-1 \\\n  --services orders-api \\\n  --region us-east-1'),
    ['ecs_cluster:c-1', 'ecs_service:orders-api'], 'a continued line')
  tt.same(found('ecs-cli compose service up --service orders-api'), ['ecs_service:orders-api'])
  tt.same(found('aws ecs create-service --cluster c-1 --service-name orders-api-svc'), ['ecs_cluster:c-1', 'ecs_service:orders-api-svc'])
})

t.test('every item of an AWS CLI list flag', async tt => {
  tt.same(found('aws ec2 describe-key-pairs --key-names key-a key-b'), ['resource_name:key-a', 'resource_name:key-b'])
})

t.test('--service of other tools stays', async tt => {
  tt.same(found('kubectl expose deploy x --service web-svc'), [])
  tt.same(found('docker compose run --service web-1'), [])
  tt.same(found('aws ecs list-tasks\nsystemctl --service foo-bar'), [], 'an ECS command on the line before')
})
