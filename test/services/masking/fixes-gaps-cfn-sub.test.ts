// A name built with CloudFormation's Fn::Sub (BucketName: !Sub "acme-exports-${Env}", the JSON
// {"Fn::Sub": "..."}) or in a CDKTF construct's `name` (new SqsQueue(this, "q", { name:
// `orders-dlq-${stage}` })) went out in clear: `!Sub` read as the value (an intrinsic, kept), the
// object and the substitution given up on. Its literal parts are masked as the field's, the
// substitutions stay. Under Fn::Sub only compound parts are: the black-box rounds keep a plain
// word after a pseudo parameter (FunctionName: !Sub '${AWS::StackName}-sender').
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('!Sub and Fn::Sub', async tt => {
  tt.same(found('      BucketName: !Sub "acme-exports-${Env}"\n'), ['s3_bucket:acme-exports'])
  tt.same(found('      TableName: !Sub ${AWS::StackName}-orders-v2\n'), ['dynamodb_table:orders-v2'], 'bare')
  tt.same(found("      FunctionName: !Sub '${Prefix}-invoice-sync-${AWS::Region}'\n"), ['lambda_function:invoice-sync'])
  tt.same(found('      BucketName: !Sub "acme-exports"\n'), ['s3_bucket:acme-exports'], 'no substitution: one name')
  tt.same(found('"BucketName": {"Fn::Sub": "acme-exports-${Env}"}'), ['s3_bucket:acme-exports'], 'JSON')
})

t.test('intrinsics that build nothing readable stay', async tt => {
  tt.same(found('BucketName: !Sub |\n  acme-${Env}\n'), [], 'a block: left to the scanner')
  tt.same(found('BucketName: !Sub ["${a}-exports", {a: 1}]'), [], 'the list form')
  tt.same(found('BucketName: !Ref ExportsBucketName'), [])
  tt.same(found('Name: !Sub "${AWS::StackName}-vpc"'), [], 'a plain word under Name')
  tt.same(found("FunctionName: !Sub '${AWS::StackName}-sender'"), [], 'a plain word after a pseudo parameter')
  tt.same(found('"Export": { "Name": { "Fn::Sub": "${AWS::StackName}-QueueUrl" } }'), [])
})

t.test('a CDKTF construct name built with substitutions', async tt => {
  tt.same(found('new SqsQueue(this, "events", { name: "orders-dlq-${stage}" })'), ['sqs_queue:orders-dlq'])
  tt.same(found('new SqsQueue(this, "events", { name: `orders-dlq-${stage}` })'), ['sqs_queue:orders-dlq'])
  tt.same(found('new SqsQueue(this, "events", { name: `${stage}` })'), [])
})

t.test('masked and restored byte for byte', async tt => {
  const text = 'Resources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "acme-exports-${Env}"\n{"BucketName": {"Fn::Sub": "acme-exports-${Env}"}}\n'
  const masked = await maskedWithRoundTrip(text)
  tt.notMatch(masked, /acme-exports/)
  tt.ok(masked.includes('-${Env}"'))
})
