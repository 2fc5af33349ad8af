// Round 13 (blackbox-12): names went out in clear where a context says what they are, but no
// reader looked: the ECS agent's `capacityProvider="x"`, a dotted property key ending in its noun
// (Managed Flink's `"feature.store.table": "x"`, `"model.endpoint": "x"`), a namespaced tag key in a
// `--output text` TAGS row (`TAGS<tab>aws:autoscaling:groupName<tab>x`), API Gateway's User-Agent to
// its integrations (`AmazonAPIGateway_<apiId>`), a dashboard's Logs Insights `SOURCE '/ecs/x' |`,
// and Athena's comparison of a CloudTrail JSON field (`json_extract_scalar(requestparameters,
// '$.bucketName') = 'x'`). Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['ECS agent capacity provider', 'level=info msg="Registering Instance with ECS" capacityProvider="brannock-workers-cp" instanceID="i-0b9d3f7a1e5c28463"', 'brannock-workers-cp'],
  ['dotted table key', '"PropertyMap": {"feature.store.table": "velmora-card-features", "output.topic": "x"}', 'velmora-card-features'],
  ['dotted endpoint key', '"PropertyMap": {"model.endpoint": "velmora-fraud-xgb-v14"}', 'velmora-fraud-xgb-v14'],
  ['dotted queue key, properties', 'checkout.events.queue=velmora-checkout-events\n', 'velmora-checkout-events'],
  ['TAGS row, ASG key', 'RESOURCETAGMAPPINGLIST\tarn:aws:ec2:eu-north-1:361904725188:instance/i-0a4e8c2f6b1d93575\nTAGS\taws:autoscaling:groupName\tfjordhavn-settlement-asg\n', 'fjordhavn-settlement-asg'],
  ['TAGS row, stack key', 'TAGS\taws:cloudformation:stack-name\tfjordhavn-core-prod\n', 'fjordhavn-core-prod'],
  ['API Gateway User-Agent', 'Endpoint request headers: {x-amzn-apigateway-api-id=k7m2q9x4ve, Accept=application/json, User-Agent=AmazonAPIGateway_k7m2q9x4ve, X-Amz-Date=20261202T110531Z}', 'k7m2q9x4ve'],
  ['Insights SOURCE', '"query": "SOURCE \'/aws/lambda/velmora-payment-webhook\' | SOURCE \'/ecs/velmora-checkout-api\' | fields @timestamp, @message"', 'velmora-checkout-api'],
  ['Insights SOURCE in a dashboard body', '"DashboardBody": "{\\"query\\":\\"SOURCE \'/ecs/velmora-checkout-api\' | fields @message\\"}"', 'velmora-checkout-api'],
  ['Athena JSON field', "  AND json_extract_scalar(requestparameters, '$.bucketName') = 'kestrin-payroll-exports'\n", 'kestrin-payroll-exports'],
  ['Athena JSON field IN list', "WHERE json_extract_scalar(requestparameters, '$.roleName') IN ('kestrin-ci-deployer', 'kestrin-ops-admin')", 'kestrin-ops-admin']
]

t.test('the name is hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('what says nothing stays', async (tt) => {
  tt.same(found('"capacityProvider": "FARGATE_SPOT"'), [], 'AWS\'s capacity provider')
  tt.same(found('redis.endpoint: localhost:6379\napp.queue = orders\n'), [], 'a dotted key over host:port or a plain word')
  tt.same(found('TAGS\taws:cloudformation:logical-id\tWebServer\nTAGS\tteam:owner\tplatform\n'), [], 'tag keys that name nothing')
  tt.same(found('ROW\taws:autoscaling:groupName\tx-asg'), [], 'not a TAGS row')
  tt.same(found("the SOURCE 'x' is"), [], 'SOURCE in prose')
  tt.same(found("json_extract_scalar(requestparameters, '$.bucketName') LIKE '%payroll%'"), [], 'a LIKE pattern')
  tt.same(found("json_extract_scalar(r, '$.eventName') = 'GetObject'"), [], 'a field that names nothing')
})
