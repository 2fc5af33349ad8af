// Round 13 (blackbox-12): AWS's own words masked, some of them learnt and then masked everywhere:
// a logfmt key after a prose noun (TF_LOG's `assumed role: tf_provider=aws`, `aws.service=Lambda
// aws.operation=GetFunction`: `credentials`, `aws.operation` and `http.status_code` became role and
// function names), IoT Core's endpoints (`<prefix>-ats.iot.<region>`, `<prefix>.credentials.iot.<region>`:
// the word `credentials` was learnt as a hostname), an ECS attachment detail's `{"Name":
// "privateIPv4Address"}`, and the CDK bootstrap's `/cdk-bootstrap/<qualifier>/version` parameter.
// Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const KEPT: Array<[string, string, string[]]> = [
  ['logfmt key after "assumed role:"', '[DEBUG] Retrieved credentials from assumed role: tf_provider=aws tf_aws.sdk=aws-sdk-go-v2 role_arn=arn:aws:iam::573820194616:role/ostravia-terraform-apply',
    ['tf_provider=aws']],
  ['logfmt key after "Lambda"', 'HTTP Request Sent: aws.region=eu-west-3 aws.service=Lambda aws.operation=GetFunction http.method=GET\nHTTP Response Received: aws.service=Lambda http.status_code=200',
    ['aws.operation=GetFunction', 'http.status_code=200']],
  ['IoT endpoints', '{iotDataEndpoint=a2k7xq9vm3zt1e-ats.iot.us-west-2.amazonaws.com, iotCredEndpoint=c3p8wn4yq2r6kd.credentials.iot.us-west-2.amazonaws.com}\nReceived credentials from IoT credential provider.',
    ['-ats.iot.us-west-2.amazonaws.com', '.credentials.iot.us-west-2.amazonaws.com', 'Received credentials from IoT']],
  ['ECS attachment detail names', '"cause": "{\\"Details\\":[{\\"Name\\":\\"privateIPv4Address\\",\\"Value\\":\\"10.84.21.137\\"},{\\"Name\\":\\"macAddress\\",\\"Value\\":\\"0a:3f:9c:41:d2:7e\\"}]}"',
    ['privateIPv4Address', 'macAddress']],
  ['CDK bootstrap parameter', '"bootstrapStackVersionSsmParameter": "/cdk-bootstrap/hnb659fds/version",\nSSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been bootstrapped?',
    ['"/cdk-bootstrap/hnb659fds/version"', 'parameter /cdk-bootstrap/hnb659fds/version not found']]
]

t.test('AWS\'s words stay, the customer\'s parts are still hidden', async (tt) => {
  for (const [what, text, kept] of KEPT) {
    const masked = await maskedWithRoundTrip(text)
    for (const k of kept) tt.ok(masked.includes(k), `${what}: keeps ${k}: ${masked}`)
  }
  const iot = await maskedWithRoundTrip('iotDataEndpoint=a2k7xq9vm3zt1e-ats.iot.us-west-2.amazonaws.com, iotCredEndpoint=c3p8wn4yq2r6kd.credentials.iot.us-west-2.amazonaws.com')
  tt.notOk(iot.includes('a2k7xq9vm3zt1e') || iot.includes('c3p8wn4yq2r6kd'), `IoT endpoint prefixes hidden: ${iot}`)
})

t.test('names after the nouns are still read', async (tt) => {
  tt.same(found('assumed role: ostravia-terraform-apply failed'), ['iam_role:ostravia-terraform-apply'], 'a role name')
  tt.same(found('Lambda function invoice-sync timed out'), ['lambda_function:invoice-sync'], 'a function name')
  tt.same(found('{"Name": "orders-api-tg", "Value": "x"}').length, 1, 'a name that is no field label')
  tt.same(found('"parameterName": "/cdk-bootstrap-custom/prod/version"'), ['ssm_parameter:/cdk-bootstrap-custom/prod/version'], 'another parameter')
})
