// Round 11: ARN shapes. API Gateway integration URIs put the integrated service where other ARNs
// have the account (`arn:aws:apigateway:<region>:sqs:path/<account>/<queue>`,
// `...:s3:path/<bucket>/<key>`, `...:<bucket>.s3:path/<key>`, `...:dynamodb:action/PutItem`): the
// ARN was not read at all, so the queue or bucket went out in clear. The Lambda form
// (`lambda:path/2015-03-31/functions/<function ARN>/invocations`) still hands the inner ARN to the
// scanner. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string[]]> = [
  ['SQS integration', 'uri: "arn:aws:apigateway:ca-central-1:sqs:path/846201935577/quillmark-order-intake"', ['846201935577', 'quillmark-order-intake']],
  ['S3 integration, path style', '"Uri": "arn:aws:apigateway:eu-west-1:s3:path/acme-report-drop/{key}"', ['acme-report-drop']],
  ['S3 integration, bucket subdomain', 'Uri: arn:aws:apigateway:us-east-1:acme-uploads-prod.s3:path/incoming/{object}', ['acme-uploads-prod']],
  ['Lambda integration', 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:309430085486:function:orders-get/invocations', ['309430085486', 'orders-get']],
  ['Step Functions action with a role', '--uri arn:aws:apigateway:us-east-1:states:action/StartExecution --credentials arn:aws:iam::118273645509:role/apigw-sfn-start', ['118273645509', 'apigw-sfn-start']]
]

t.test('customer parts of integration URIs are hidden and restored', async (tt) => {
  for (const [what, text, values] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    for (const value of values) tt.notOk(masked.includes(value), `${what}: ${value} in ${masked}`)
  }
})

t.test('what stays readable', async (tt) => {
  tt.same(found('arn:aws:apigateway:us-east-1:dynamodb:action/PutItem'), [], 'an action: AWS\'s own')
  tt.same(found('arn:aws:apigateway:us-east-1:states:action/StartExecution'), [], 'an action: AWS\'s own')
  const lambda = 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:309430085486:function:orders-get/invocations'
  const masked = await maskedWithRoundTrip(lambda)
  tt.ok(masked.startsWith('arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:'), masked)
  tt.ok(masked.endsWith('/invocations'), masked)
  tt.same(found('arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod'), ['api_gateway:a1b2c3d4e5'], 'a REST API\'s ARN as before')
})
