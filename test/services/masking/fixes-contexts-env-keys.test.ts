// Env vars and keys made of a service word and a resource noun (`LAMBDA_NAME`, `ECS_SERVICE`,
// `KINESIS_STREAM`, `ECR_REPO`, `EKS_CLUSTER`) left the name they hold in clear: only the API's
// own field names (`FUNCTION_NAME`, `TABLE_NAME`, `CLUSTER_NAME`) had a role.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a service word and a noun name what the value is', async tt => {
  tt.same(found('LAMBDA_NAME=invoice-sync'), ['lambda_function:invoice-sync'])
  tt.same(found('LAMBDA_FUNCTION=invoice-sync'), ['lambda_function:invoice-sync'])
  tt.same(found('export ORDERS_LAMBDA_FN=orders-fn'), ['lambda_function:orders-fn'], 'a prefix before the pair')
  tt.same(found('ECS_SERVICE=orders-api'), ['ecs_service:orders-api'])
  tt.same(found('KINESIS_STREAM=clicks-raw'), ['kinesis_stream:clicks-raw'])
  tt.same(found('SQS_QUEUE=billing-jobs'), ['sqs_queue:billing-jobs'])
  tt.same(found('ECR_REPO=orders-api'), ['ecr_repository:orders-api'])
  tt.same(found('EKS_CLUSTER=payments-eks'), ['eks_cluster:payments-eks'])
  tt.same(found('ECS_CLUSTER_NAME=payments'), ['ecs_cluster:payments'], 'the ECS word wins over a bare cluster name')
  tt.same(found('SFN_STATE_MACHINE=order-flow'), ['state_machine:order-flow'])
  tt.same(found('{"lambdaFunctionName": "x-y"}'), ['lambda_function:x-y'], 'camelCase')
  const yaml = '    env:\n      ECS_SERVICE: orders-api\n      EKS_CLUSTER: payments-eks\n'
  const masked = await maskedWithRoundTrip(yaml)
  tt.notOk(masked.includes('orders-api') || masked.includes('payments-eks'), 'a workflow env block')
})

t.test('AWS values, placeholders and a service word alone stay', async tt => {
  tt.same(found('LAMBDA_NAME=${LAMBDA}'), [])
  tt.same(found('LAMBDA_REGION=us-east-1 LAMBDA_NAME=us-east-1'), [])
  tt.same(found('EKS_CLUSTER=default'), [])
  tt.same(found('lambda: orders'), [], 'no noun')
  tt.same(found('ECS_ENABLED=true'), [])
})

t.test('an upper-case env var ending in a queue or topic noun', async tt => {
  tt.same(found('PAYMENTS_QUEUE: payments-jobs\nEVENTS_TOPIC: order-events\nORDERS_TABLE: orders-v3'),
    ['sqs_queue:payments-jobs', 'sns_topic:order-events', 'dynamodb_table:orders-v3'])
  tt.same(found('USE_QUEUE=true DEFAULT_QUEUE=default LOG_STREAM=stdout'), [])
})
