// A name built with substitutions (`bucketName: acme-exports-${sls:stage}`, Terraform's
// `"${var.prefix}-exports"`) was left whole to the scanner, so its literal parts went out in
// clear; `aws ecs execute-command --container x` left the container's name in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the literal parts of a built name are masked, the substitutions stay', async tt => {
  tt.same(found('custom:\n  bucketName: acme-exports-${sls:stage}\n'), ['s3_bucket:acme-exports'])
  tt.same(found('        TableName: ${self:service}-orders-${sls:stage}\n        Other: 1\n'), ['dynamodb_table:orders'])
  tt.same(found('bucket = "${var.prefix}-exports"'), ['s3_bucket:exports'])
  const masked = await maskedWithRoundTrip('bucketName: "acme-${env}-logs"\n')
  tt.notOk(masked.includes('acme') || masked.includes('logs'))
  tt.ok(masked.includes('-${env}-'))
})

t.test('substitutions alone and plain words under Name stay', async tt => {
  tt.same(found('FunctionName: ${self:service}-${sls:stage}'), [])
  tt.same(found('TABLE_NAME=${TABLE}'), [])
  tt.same(found('Name: ${AWS::StackName}-vpc'), [])
})

t.test('--container of an ECS command', async tt => {
  tt.same(found('aws ecs execute-command --cluster c-1 --task t --container orders-api --command ls'),
    ['ecs_cluster:c-1', 'resource_name:orders-api'])
  tt.same(found('docker run --container x-y'), [])
})
