// Round 30 (deployment platforms and governance): a CloudFormation output or parameter as
// `describe-stacks`, Service Catalog's `describe-record` and `create-stack --parameters` print it
// went out in clear: `"OutputKey": "ResultsBucket", "OutputValue": "<bucket>"`. The key says what
// the value is, as a field name does. Also: an app's session-signing key (`ADMIN_SESSION_KEY`) in
// a name/value env list (apprunner.yaml, Kubernetes). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('CloudFormation outputs and parameters named by their key', async tt => {
  tt.same(found('{ "OutputKey": "ResultsBucket", "OutputValue": "hg-ledger-recon-results-eu-west-1" }'), ['s3_bucket:hg-ledger-recon-results-eu-west-1'])
  tt.same(found('[\n  {\n    "ParameterKey": "OrdersTableName",\n    "ParameterValue": "orders-v2"\n  }\n]'), ['dynamodb_table:orders-v2'])
  tt.same(found('--parameters ParameterKey=LogBucketName,ParameterValue=acme-build-logs-7'), ['s3_bucket:acme-build-logs-7'])
  for (const text of ['{ "OutputKey": "Environment", "OutputValue": "production" }', '{ "OutputKey": "Port", "OutputValue": "8080" }',
    'ParameterKey=InstanceType,ParameterValue=m5.large']) {
    tt.same(found(text), [], text)
  }
})

t.test('a session key in a name/value env list', async tt => {
  tt.same(found('env:\n  - name: ADMIN_SESSION_KEY\n    value: "f3b9c1e7a2d84056b1c9e3f7a2d4b860"\n'), ['api_key:f3b9c1e7a2d84056b1c9e3f7a2d4b860'])
  tt.same(found('HMAC_KEY=Zq8vT2mXk9Lw4Rp1'), ['api_key:Zq8vT2mXk9Lw4Rp1'])
})
