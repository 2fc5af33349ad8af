// AWS console links pasted into a question carried the customer's names in their route in
// clear: s3/buckets/<bucket>, iam/home#/roles/details/<role>, ecs/v2/clusters/<c>/services/<s>,
// dynamodbv2 #table?name=<t>, codesuite pipelines, SSM parameters, EKS clusters, KMS keys, ...
// The console's own route words, list pages and AWS's `default` event bus stay.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

const R = 'https://us-east-1.console.aws.amazon.com'

t.test('names in console routes are masked with their kind and restored', async (t) => {
  const masked = roundTripMasker(t)
  const cases: Array<[string, string[], string]> = [
    ['https://s3.console.aws.amazon.com/s3/buckets/acme-invoices-prod?region=us-west-2&tab=objects', ['acme-invoices-prod'], '/s3/buckets/S3_BUCKET_1?region=us-west-2&tab=objects'],
    ['https://s3.console.aws.amazon.com/s3/object/acme-invoices-prod?region=us-west-2&prefix=2024/inv.pdf', ['acme-invoices-prod'], '/s3/object/S3_BUCKET_1?'],
    [`${R}/dynamodbv2/home?region=us-east-1#table?name=orders-prod-v2`, ['orders-prod-v2'], '#table?name=DYNAMODB_TABLE_1'],
    [`${R}/dynamodbv2/home?region=us-east-1#item-explorer?table=orders-prod-v2`, ['orders-prod-v2'], '?table=DYNAMODB_TABLE_1'],
    [`${R}/iam/home#/roles/details/deploy-bot-role?section=permissions`, ['deploy-bot-role'], '/roles/details/IAM_ROLE_1?section=permissions'],
    [`${R}/iam/home#/users/details/jane.doe?section=security_credentials`, ['jane.doe'], '/users/details/IAM_USER_1?'],
    [`${R}/ecs/v2/clusters/payments-prod/services/payments-api/health?region=us-east-1`, ['payments-prod', 'payments-api'], '/clusters/ECS_CLUSTER_1/services/ECS_SERVICE_1/health?'],
    [`${R}/codesuite/codepipeline/pipelines/orders-release/view?region=us-east-1`, ['orders-release'], '/pipelines/RESOURCE_NAME_1/view?'],
    [`${R}/systems-manager/parameters/prod/orders/db-url/description?region=us-east-1`, ['orders/db-url'], '/parameters/SSM_PARAMETER_1/description?'],
    [`${R}/systems-manager/parameters/%252Fprod%252Forders%252Fdb-url/description?region=us-east-1&tab=Table#`, ['orders%252Fdb-url'], '/parameters/SSM_PARAMETER_1/description?'],
    ['https://console.aws.amazon.com/eks/home?region=us-east-1#/clusters/payments-eks/nodegroups/ng-general', ['payments-eks', 'ng-general'], '/clusters/EKS_CLUSTER_1/nodegroups/RESOURCE_NAME_1'],
    [`${R}/kms/home?region=us-east-1#/kms/keys/0a1b2c3d-4e5f-6789-abcd-ef0123456789`, ['0a1b2c3d-4e5f'], '/kms/keys/KMS_KEY_1'],
    [`${R}/apigateway/main/apis/a1b2c3d4e5/resources?api=a1b2c3d4e5&region=us-east-1`, ['a1b2c3d4e5'], '/apis/API_GATEWAY_1/resources?api=API_GATEWAY_1&'],
    [`${R}/elasticache/home?region=us-east-1#/redis/sessions-prod`, ['sessions-prod'], '#/redis/ELASTICACHE_CLUSTER_1'],
    ['https://eu-west-1.console.aws.amazon.com/glue/home?region=eu-west-1#/v2/etl-configuration/jobs/view/orders-nightly-etl', ['orders-nightly-etl'], '/jobs/view/RESOURCE_NAME_1'],
    ['https://console.aws.amazon.com/ecr/repositories/private/123456789012/orders-api?region=us-east-1', ['123456789012', 'orders-api'], '/private/ACCOUNT_ID_1/ECR_REPOSITORY_1?'],
    ['https://console.aws.amazon.com/events/home?region=us-east-1#/eventbus/default/rules/nightly-orders-sync', ['nightly-orders-sync'], '/eventbus/default/rules/RESOURCE_NAME_1'],
    [`${R}/cloudwatch/home?region=us-east-1#alarmsV2:alarm/orders-api-5xx-high?~(search~%27x)`, ['orders-api-5xx-high'], ':alarm/RESOURCE_NAME_1?'],
    ['https://console.aws.amazon.com/cloudwatch/home#logsV2:log-groups/log-group/$252Fecs$252Forders-api/log-events/web$252Forders-api$252F0123456789abcdef0123456789abcdef', ['orders-api', '0123456789abcdef0123'], '/log-group/LOG_GROUP_1/log-events/RESOURCE_NAME_1'],
    ['{"url":"https:\\/\\/s3.console.aws.amazon.com\\/s3\\/buckets\\/acme-invoices-prod?region=us-east-1"}', ['acme-invoices-prod'], '\\/buckets\\/S3_BUCKET_1?'],
    [`see ${R}/ecs/v2/clusters/payments-prod/services/payments-api/health?region=us-east-1 and the alarm`, ['payments-prod', 'payments-api'], 'ECS_SERVICE_1/health?region=us-east-1 and the alarm']
  ]
  for (const [text, names, expected] of cases) {
    const out = await masked(text)
    for (const name of names) t.notOk(out.includes(name), `${name} leaked: ${out}`)
    t.ok(out.includes(expected), `${expected} in ${out}`)
  }
})

t.test('console list pages, route words, AWS defaults and token-shaped text stay', async (t) => {
  const masked = roundTripMasker(t)
  for (const text of [
    'https://s3.console.aws.amazon.com/s3/buckets?region=us-east-1',
    'https://console.aws.amazon.com/s3/buckets/create?region=us-east-1',
    `${R}/iam/home#/roles`,
    `${R}/ecs/v2/clusters?region=us-east-1`,
    `${R}/ecs/v2/clusters/payments-prod/services?region=us-east-1`.replace('payments-prod', 'default'),
    'https://console.aws.amazon.com/events/home?region=us-east-1#/eventbus/default',
    'https://console.aws.amazon.com/constructor/x https://console.aws.amazon.com/__proto__/y https://console.aws.amazon.com/toString/z'
  ]) t.equal(await masked(text), text)
  t.equal(await masked('open https://console.aws.amazon.com/s3/buckets/S3_BUCKET_1 now'),
    'open https://console.aws.amazon.com/s3/buckets/TOKEN_LITERAL_1 now')
})
