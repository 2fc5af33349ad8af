// Black-box round 2 gaps closed in round 4: log group names URL-encoded once or twice in console
// links (a token right after `%2F`/`%252F`/`$252F` reads back as one), API Gateway execution log
// groups, and resource dimensions of CloudWatch metric arrays.
import t from 'tap'
import { found, maskedWithRoundTrip as mask, openScope, streamed } from './blackbox-helpers.js'
import { createUnmasker, replaceTokens, tokenBoundary } from '../../../services/masking/unmask.js'
import { encodedSlashBefore } from '../../../services/masking/token-match.js'
import { createStreamUnmasker } from '../../../services/masking/stream-unmasker.js'

t.test('an encoded slash is a token boundary; a letter or digit before it still is not', async t => {
  const tag = (text: string): string => replaceTokens(text, 0, tokenBoundary, token => `<${token}>`)
  t.equal(tag('a%2FS3_BUCKET_1'), 'a%2F<S3_BUCKET_1>')
  t.equal(tag('a%2fS3_BUCKET_1'), 'a%2f<S3_BUCKET_1>')
  t.equal(tag('$252FLAMBDA_FUNCTION_12/x'), '$252F<LAMBDA_FUNCTION_12>/x')
  t.equal(tag('%252FVPC_3'), '%252F<VPC_3>')
  t.equal(tag('2FS3_BUCKET_1 x2FS3_BUCKET_1 %41S3_BUCKET_1 %2GS3_BUCKET_1 #252FS3_BUCKET_1 252FS3_BUCKET_1'),
    '2FS3_BUCKET_1 x2FS3_BUCKET_1 %41S3_BUCKET_1 %2GS3_BUCKET_1 #252FS3_BUCKET_1 252FS3_BUCKET_1', 'no URL escape of a separator: no boundary')
  // keep audit (fixes-keep-encoded-answers): an escaped separator (`%3F` is `?`) is a boundary too; this case was on the list above
  t.equal(tag('%3FS3_BUCKET_1'), '%3F<S3_BUCKET_1>', 'an escaped ? is a boundary')
  t.equal(encodedSlashBefore('%2F', 3), 3)
  t.equal(encodedSlashBefore('$252f', 5), 5)
  t.equal(encodedSlashBefore('%25F', 4), 0)
  t.equal(encodedSlashBefore('F', 1), 0, 'never reads before the text')
})

t.test('restoration after an encoded slash, batch and streamed at every cut', async t => {
  const map = new Map([['LAMBDA_FUNCTION_1', { kind: 'lambda_function', value: 'heron-evidence-packer' }],
    ['S3_BUCKET_1', { kind: 's3_bucket', value: 'acme-logs' }]])
  const unmasker = createUnmasker({ lookup: token => map.get(token), restoreSecrets: true, onUnresolved: () => {} })
  for (const masked of ['log-group/$252Faws$252Flambda$252FLAMBDA_FUNCTION_1/log-events', 'prefix=%2FS3_BUCKET_1%2Fx', 'k=%252fS3_BUCKET_1']) {
    const batch = unmasker.unmaskText(masked)
    t.notOk(/LAMBDA_FUNCTION_1|S3_BUCKET_1/.test(batch), `batch restores ${masked}`)
    for (let cut = 0; cut <= masked.length; cut++) {
      for (const jsonEscape of [false, true]) {
        const stream = createStreamUnmasker(unmasker, { jsonEscape })
        const out = stream.push(masked.slice(0, cut)) + stream.push(masked.slice(cut)) + stream.end()
        if (out !== batch) t.fail(`cut ${cut}: ${out}`)
      }
    }
  }
})

t.test('a user\'s literal token after an encoded slash is a token literal and comes back unchanged', async t => {
  t.same(found('x%2FS3_BUCKET_1 y$252FVPC_2 z%252fSUBNET_7'),
    ['token_literal:S3_BUCKET_1', 'token_literal:VPC_2', 'token_literal:SUBNET_7'])
  const { scope, close } = await openScope()
  t.teardown(close)
  const text = 'bucket acme-logs, then https://s3.console.aws.amazon.com/s3/buckets/x?prefix=%2FS3_BUCKET_1%2F'
  const masked = await scope.maskText(text)
  t.equal(scope.unmaskText(masked), text)
  t.equal(streamed(scope, [masked.slice(0, 80), masked.slice(80)], false), text)
})

t.test('log group names URL-encoded once or twice in console links', async t => {
  t.equal(await mask('https://us-east-2.console.aws.amazon.com/cloudwatch/home?region=us-east-2#logsV2:log-groups/log-group/$252Faws$252Flambda$252Fheron-evidence-packer/log-events'),
    'https://us-east-2.console.aws.amazon.com/cloudwatch/home?region=us-east-2#logsV2:log-groups/log-group/$252Faws$252Flambda$252FLAMBDA_FUNCTION_1/log-events')
  t.equal(await mask('#logsV2:log-groups/log-group/$252Faws$252Fcodebuild$252Ftupi-checkout-build'),
    '#logsV2:log-groups/log-group/$252Faws$252Fcodebuild$252FLOG_GROUP_1')
  t.equal(await mask('log-group/%2Faws%2Flambda%2Forders-sync%2Fextra?x=1'), 'log-group/%2Faws%2Flambda%2FLAMBDA_FUNCTION_1%2Fextra?x=1')
  t.equal(await mask('log-group/%252faws%252frds%252finstance%252fprod-db-1%252fpostgresql'), 'log-group/%252faws%252frds%252finstance%252fRDS_INSTANCE_1%252fpostgresql')
  t.equal(await mask('log-group/%2Faws%2Fecs%2Fcontainerinsights%2Fpayments-ecs%2Fperformance'), 'log-group/%2Faws%2Fecs%2Fcontainerinsights%2FECS_CLUSTER_1%2Fperformance')
  t.equal(await mask('log-group/%2Faws%2Fvendedlogs%2Fstates%2Fmy-flow-Logs.'), 'log-group/%2Faws%2Fvendedlogs%2FLOG_GROUP_1.')
  // AWS's own names and public parameter paths stay, as unencoded
  t.equal(await mask('log-group/$252Faws$252Fapigateway$252Fwelcome/log-events'), 'log-group/$252Faws$252Fapigateway$252Fwelcome/log-events')
  t.equal(await mask('parameter/%2Faws%2Fservice%2Fami-amazon-linux-latest'), 'parameter/%2Faws%2Fservice%2Fami-amazon-linux-latest')
  t.equal(await mask('log-group/%2Faws%2Flambda%2F'), 'log-group/%2Faws%2Flambda%2F', 'no name')
  t.equal(await mask('%2Faws%3Flambda and raws%2Fx and aws%2Flambda%2Fx'), '%2Faws%3Flambda and raws%2Fx and aws%2Flambda%2Fx', 'no encoded log group')
})

t.test('ids and account numbers right after an encoded slash are masked', async t => {
  t.equal(await mask('prefix=AWSLogs%2F482019374655%2Fi-0a1b2c3d4e5f67890%2F'), 'prefix=AWSLogs%2FACCOUNT_ID_1%2FEC2_INSTANCE_1%2F')
  // presigned URL credential scopes keep their dates, regions and services
  t.equal(await mask('X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20250212%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250212T061500Z'),
    'X-Amz-Credential=ACCESS_KEY_ID_1%2F20250212%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250212T061500Z')
})

t.test('API Gateway execution log groups: the API id is masked, the AWS-made prefix and the stage stay', async t => {
  t.equal(await mask('API-Gateway-Execution-Logs_x8k2m9q7zt/prod\t9912003'), 'API-Gateway-Execution-Logs_API_GATEWAY_1/prod\t9912003')
  t.equal(await mask('"logGroupName": "API-Gateway-Execution-Logs_a1b2c3d4e5/v2"'), '"logGroupName": "API-Gateway-Execution-Logs_API_GATEWAY_1/v2"')
  t.equal(await mask('aws logs tail API-Gateway-Execution-Logs_0qz9y8x7w6/staging --follow'), 'aws logs tail API-Gateway-Execution-Logs_API_GATEWAY_1/staging --follow')
  t.equal(await mask('API-Gateway-Execution-Logs_short/prod API-Gateway-Execution-Logs_x8k2m9q7ztX/prod API-Gateway-Access-Logs'),
    'API-Gateway-Execution-Logs_short/prod API-Gateway-Execution-Logs_x8k2m9q7ztX/prod API-Gateway-Access-Logs', 'no 10-char id: nothing')
})

t.test('resource dimensions of CloudWatch metric arrays', async t => {
  t.equal(await mask('"metrics":[["AWS/Lambda","Errors","FunctionName","wren-order-router"]]'),
    '"metrics":[["AWS/Lambda","Errors","FunctionName","LAMBDA_FUNCTION_1"]]')
  t.equal(await mask('{"Dashboard": "{\\"metrics\\":[[\\"AWS/Lambda\\",\\"Errors\\",\\"FunctionName\\",\\"wren-order-router\\"]]}"}'),
    '{"Dashboard": "{\\"metrics\\":[[\\"AWS/Lambda\\",\\"Errors\\",\\"FunctionName\\",\\"LAMBDA_FUNCTION_1\\"]]}"}')
  t.equal(await mask('[ "AWS/DynamoDB", "ConsumedReadCapacityUnits", "TableName", "orders-v2", { "stat": "Sum" } ],\n[ "...", "QueueName", "billing-dlq" ], [ ".", "Invocations", ".", "." ]'),
    '[ "AWS/DynamoDB", "ConsumedReadCapacityUnits", "TableName", "DYNAMODB_TABLE_1", { "stat": "Sum" } ],\n[ "...", "QueueName", "SQS_QUEUE_1" ], [ ".", "Invocations", ".", "." ]')
  t.equal(await mask('["AWS/RDS","CPUUtilization","DBInstanceIdentifier","wren-orders-pg-writer","Role","WRITER"]'),
    '["AWS/RDS","CPUUtilization","DBInstanceIdentifier","RDS_INSTANCE_1","Role","WRITER"]')
  // not a metric array: CSV headers, lists of field names, custom namespaces
  for (const text of ['"FunctionName","Runtime","MemorySize"', '["FunctionName", "Handler"]', '{"fields": ["TableName","ItemCount"]}',
    '["MyApp/Orders","Latency","FunctionName","x-fn"]', '[ "AWS/Lambda" ]\n"FunctionName","Runtime"']) {
    t.equal(await mask(text), text, text)
  }
})

t.test('resource dimensions of CloudWatch metric arrays in parsed JSON', async t => {
  const { scope, close } = await openScope()
  t.teardown(close)
  const value = {
    metrics: [['AWS/Lambda', 'Errors', 'FunctionName', 'wren-order-router', { stat: 'Sum', period: 300 }],
      ['...', 'QueueName', 'billing-dlq'], ['.', 'Invocations', '.', '.'],
      ['AWS/RDS', 'CPUUtilization', 'DBInstanceIdentifier', 'wren-orders-pg-writer', 'Role', 'WRITER']],
    headers: ['FunctionName', 'Runtime', 'MemorySize'],
    custom: ['MyApp/Orders', 'Latency', 'FunctionName', 'x-fn'],
    big: ['AWS/Billing', 'EstimatedCharges', 'LinkedAccount', 482019374655]
  }
  const masked = await scope.maskJson(value) as typeof value
  t.same(masked.metrics, [['AWS/Lambda', 'Errors', 'FunctionName', 'LAMBDA_FUNCTION_1', { stat: 'Sum', period: 300 }],
    ['...', 'QueueName', 'SQS_QUEUE_1'], ['.', 'Invocations', '.', '.'],
    ['AWS/RDS', 'CPUUtilization', 'DBInstanceIdentifier', 'RDS_INSTANCE_1', 'Role', 'WRITER']])
  t.same(masked.headers, value.headers)
  t.same(masked.custom, value.custom)
  t.same(masked.big, ['AWS/Billing', 'EstimatedCharges', 'LinkedAccount', 'ACCOUNT_ID_1'], 'a number keeps its site')
  t.same(scope.unmaskJson(masked), value)
})

t.test('a literal token after an encoded slash inside an ARN that stays is a token literal too', async t => {
  t.same(found('arn:aws:iam::aws:policy/x%2FVPC_1'), ['token_literal:VPC_1'])
  t.same(found('arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FS3_BUCKET_1 arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%252FSUBNET_2'), ['token_literal:S3_BUCKET_1', 'token_literal:SUBNET_2'])
  t.same(found('arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAdministratorAccess'), [])
  const { scope, close } = await openScope()
  t.teardown(close)
  const text = 'bucket acme-logs and vpc-0a1b2c3d4e5f67890: arn:aws:iam::aws:policy/x%2FVPC_1 arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FS3_BUCKET_1'
  const masked = await scope.maskText(text)
  t.equal(scope.unmaskText(masked), text)
})

t.test('an encoded log group consumes no literal token: scanning goes on after the masked name', async t => {
  t.same(found('%2Faws%2FS3_BUCKET_1%2Fy %2Faws%2Flambda%2Fx%2FVPC_1 %2Faws%2Fservice%2FSUBNET_1'),
    ['token_literal:S3_BUCKET_1', 'lambda_function:x', 'token_literal:VPC_1', 'token_literal:SUBNET_1'])
  t.same(found('%2Faws%2Flambda%2Fx%2Fi-0a1b2c3d4e5f67890'), ['lambda_function:x', 'ec2_instance:i-0a1b2c3d4e5f67890'])
})
