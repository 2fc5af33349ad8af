// Round 27 (ML engineers' pastes): Python building an auth object (`auth = AWSV4SignerAuth(creds,
// region, "aoss")`, as opensearch-py's docs write it) and a JMESPath alias (`--query '{Auth:AuthMode}'`)
// were masked as API keys, which hid the code and the query the model must read. KMS key ids under
// fields that name them by role (SageMaker's `VolumeKmsKeyId`, Transcribe's `OutputEncryptionKMSKeyId`,
// `s3EncryptionKeyId`) went out in clear. PostgreSQL's `permission denied for table x` named the table
// as a DynamoDB one. Regression tests, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a class built as an auth value is code', async tt => {
  tt.same(found('>>> auth = AWSV4SignerAuth(boto3.Session(profile_name="data").get_credentials(), "ap-southeast-2", "aoss")'), [])
  tt.same(found('auth = AWSV4SignerAuth(credentials, region, service)'), [])
  tt.same(found('auth=HTTPBasicAuth(user, pw)'), [])
  tt.same(found('auth = Secret(1234)'), ['api_key:Secret(1234'], 'digits in the brackets: a password')
  tt.same(found('auth: Tr0ub(4dor)'), ['api_key:Tr0ub(4dor'])
})

t.test('a JMESPath alias of a field is no key', async tt => {
  tt.same(found("aws sagemaker describe-domain --query '{Arn:DomainArn,Auth:AuthMode}'"), [])
  tt.same(found('"token": "TokenType"'), [])
  tt.same(found('"auth": "dXNlcjpQYXNzMTIz"'), ['api_key:dXNlcjpQYXNzMTIz'], 'a generated value stays masked')
})

t.test('KMS key ids under role-named fields', async tt => {
  tt.same(found('"VolumeKmsKeyId": "f4a9b2c7-1e6d-4c38-8b05-e3d7a1f9c264"'), ['kms_key:f4a9b2c7-1e6d-4c38-8b05-e3d7a1f9c264'])
  tt.same(found('OutputEncryptionKMSKeyId: 1d7c4a9e-3f2b-4e85-b6a0-c8e2d5f9a713'), ['kms_key:1d7c4a9e-3f2b-4e85-b6a0-c8e2d5f9a713'])
  tt.same(found('s3EncryptionKeyId=5d1e8b7a-3c2f-4a69-9e04-b8c7a6d5f312'), ['kms_key:5d1e8b7a-3c2f-4a69-9e04-b8c7a6d5f312'])
  tt.same(found('"VolumeKmsKeyId": "alias/aws/ebs"'), [], "AWS's alias stays")
})

t.test("PostgreSQL's table in a permission error", async tt => {
  tt.same(found('ERROR: permission denied for table bedrock_kb_chunks (SQLSTATE 42501)'), [])
  tt.same(found('the table orders-v2 is throttled'), ['dynamodb_table:orders-v2'], 'a table in prose still is')
})
