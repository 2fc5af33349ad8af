// Black-box red team, third round: unseen, real-shaped AWS documents of yet other services and
// formats (test/fixtures/blackbox-3/: CloudTrail Lake and Config query results, CUR rows, Route 53,
// KMS, Lake Formation, IoT, SageMaker/Bedrock, CodeArtifact, Reachability Analyzer, Network
// Firewall, Inspector, CloudFormation drift, Terraform -json, Pulumi, Ansible, SDK errors in three
// languages, a postmortem, a ticket, an e-mail) masked through the public API, as flat text and (JSON
// documents) as parsed values, restored in one piece and as a streamed echo. Each document lists
// the planted originals that must not survive, the values the model needs that must survive, and
// `extra` values beyond the spec's mask tables, tracked as todos.
import t from 'tap'
import { fileURLToPath } from 'node:url'
import { detect } from '../../../services/masking/detector.js'
import { documentSuite, found, maskedWithRoundTrip, openScope } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-3/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 25)

// Regression tests of the misses this round found, each over a few variants of its family.

t.test('CSV: an account id before a numeric column is no decimal fraction', async tt => {
  tt.same(found('a1b2,210987654321,123456789012,Usage'), ['account_id:210987654321', 'account_id:123456789012'], 'between columns')
  tt.same(found('210987654321,123456789012\n'), ['account_id:210987654321', 'account_id:123456789012'], 'first column, next one an account too')
  tt.same(found('x,210987654321,24.5,eu-west-1'), ['account_id:210987654321'], 'next column a decimal')
  tt.same(found('total 210987654321,50 EUR'), [], 'a decimal comma still makes a fraction')
})

t.test('URLs: an IAM key id as the user is masked', async tt => {
  tt.same(found('ssh://APKAEIBAERJR2EXAMPLE@git-codecommit.us-east-1.amazonaws.com/v1/repos/x'), ['access_key_id:APKAEIBAERJR2EXAMPLE'], 'CodeCommit over SSH')
  tt.same(found('http://AKIAIOSFODNN7EXAMPLE:s3cr3t@proxy.corp.internal:3128'), ['access_key_id:AKIAIOSFODNN7EXAMPLE', 'connection_secret:s3cr3t', 'hostname:proxy.corp.internal'], 'key and secret')
  tt.notOk(found('ssh://git@github.com/acme/repo.git').some(m => m.startsWith('access_key_id')), 'a plain user stays')
})

t.test('KMS: TargetKeyId is a key id field', async tt => {
  tt.same(found('"TargetKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab"'), ['kms_key:1234abcd-12ab-34cd-56ef-1234567890ab'], 'JSON')
  tt.same(found('TargetKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab'), ['kms_key:1234abcd-12ab-34cd-56ef-1234567890ab'], 'YAML')
})

t.test('AWS Config: resourceId names what its resourceType says; column names are no resources', async tt => {
  tt.same(found('{"resourceType":"AWS::S3::Bucket","resourceId":"acme-audit-logs"}'), ['s3_bucket:acme-audit-logs'], 'type before')
  tt.same(found('"{\\"resourceId\\":\\"orders-sync\\",\\"resourceType\\":\\"AWS::Lambda::Function\\"}"'), ['lambda_function:orders-sync'], 'JSON in a JSON string, type after')
  tt.same(found('{"resourceId": "orders-v2", "resourceName": "orders-v2", "resourceType": "AWS::DynamoDB::Table"}'), ['dynamodb_table:orders-v2', 'resource_name:orders-v2'], 'with resourceName')
  tt.same(found('{"resourceType": "AWS::Backup::RecoveryPoint", "resourceId": "daily-backup"}'), [], 'a type whose id is not its name')
  tt.same(found('{"Name": "resourceId"}, {"Name": "awsRegion"}, {"Name": "configurationItemStatus"}'), [], 'SelectFields column names')
  tt.same(found('{"Name": "orders-api"}, {"Name": "ordersApi"}'), ['resource_name:orders-api', 'resource_name:ordersApi'], 'names stay names')
})

t.test('terraform -json: progress ids in @message, local names kept', async tt => {
  tt.same(found('{"@message":"aws_s3_bucket.logs: Refreshing state... [id=acme-access-logs]","@module":"terraform.ui"}'), ['s3_bucket:acme-access-logs'], 'bucket')
  tt.same(found('{"@message":"module.db.aws_db_instance.main: Refreshing state... [id=acme-orders-pg]"}'), ['rds_instance:acme-orders-pg'], 'module db')
  tt.same(found('"resource_type":"aws_instance","resource_name":"web_blue","resource_key":null'), [], 'resource_name is the local name')
  const masked = await maskedWithRoundTrip('{"addr":"aws_instance.web_blue","resource_type":"aws_instance","resource_name":"web_blue"}')
  tt.ok(masked.includes('aws_instance.web_blue'), 'the address stays readable')
})

t.test('SageMaker name fields; vendor model names stay', async tt => {
  tt.same(found('{"ModelName": "churn-xgb-2025"}'), ['resource_name:churn-xgb-2025'], 'ModelName')
  tt.same(found('{"EndpointName": "churn-prod", "EndpointConfigName": "churn-prod-cfg-1"}'), ['resource_name:churn-prod', 'resource_name:churn-prod-cfg-1'], 'endpoint and config')
  tt.same(found('{"modelName": "Claude", "model_name": "gpt-4o-mini"}'), [], 'Bedrock and chat tool model names')
  tt.same(detect('churn-xgb-2025', { field: '__proto__' }), [], 'a __proto__ field is no capitalised-only field (a Map, not an object, holds them)')
  tt.same(detect('churn-xgb-2025', { field: 'ModelName' }).map(m => m.kind), ['resource_name'], 'JSON walk context')
})

t.test('CodeArtifact hosts: the domain name and the owner account apart', async tt => {
  tt.same(found('index-url = https://acme-pkgs-111122223333.d.codeartifact.eu-west-1.amazonaws.com/pypi/acme-pypi/simple/'),
    ['resource_name:acme-pkgs', 'account_id:111122223333'], 'the suffix stays readable')
  const masked = await maskedWithRoundTrip('aws codeartifact login --tool npm --domain acme-pkgs\nregistry=https://acme-pkgs-111122223333.d.codeartifact.eu-west-1.amazonaws.com/npm/web/')
  tt.notOk(masked.includes('acme-pkgs'), 'the domain is hidden where the flag names it too')
  tt.ok(masked.includes('.d.codeartifact.eu-west-1.amazonaws.com/npm/web/'), 'the AWS part stays')
})

t.test('Bedrock: system-defined inference profile ids stay, customer profiles are masked', async tt => {
  tt.same(found('arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0'), ['account_id:111122223333'], 'us.')
  tt.same(found('arn:aws:bedrock:eu-west-1:111122223333:inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0'), ['account_id:111122223333'], 'global.')
  tt.same(found('arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/a1b2c3d4e5f6'), ['account_id:111122223333', 'arn:a1b2c3d4e5f6'], 'application profile')
  tt.same(found('arn:aws:bedrock:us-east-1:111122223333:inference-profile/acme-team-profile'), ['account_id:111122223333', 'arn:acme-team-profile'], 'not a system profile')
})

t.test('JSON walk: a physical id is masked as what its sibling resource type says', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = {
    StackResources: [
      { LogicalResourceId: 'SettlementFunction', PhysicalResourceId: 'tamarind-upi-gateway-SettlementFunction-Xk3mQ9vT2pLw', ResourceType: 'AWS::Lambda::Function' },
      { ResourceType: 'AWS::S3::Bucket', PhysicalResourceId: 'tamarind-upi-receipts-2025' },
      { PhysicalResourceId: 'sg-0e8c2a6f4b1d93750', ResourceType: 'AWS::EC2::SecurityGroup' },
      { PhysicalResourceId: 'https://sqs.ap-south-1.amazonaws.com/360182947705/tamarind-upi-callbacks', ResourceType: 'AWS::SQS::Queue' }
    ],
    ConfigItems: [
      { resourceType: 'AWS::DynamoDB::Table', resourceId: 'tamarind-ledger-v3' },
      { resourceType: 'AWS::Backup::RecoveryPoint', resourceId: 'daily-backup' }
    ]
  }
  const masked = JSON.stringify(await scope.maskJson(value))
  for (const original of ['tamarind-upi-gateway-SettlementFunction-Xk3mQ9vT2pLw', 'tamarind-upi-receipts-2025', 'sg-0e8c2a6f4b1d93750', '360182947705', 'tamarind-ledger-v3']) {
    tt.notOk(masked.includes(original), `${original} is masked`)
  }
  tt.match(masked, /"PhysicalResourceId":"LAMBDA_FUNCTION_1"/, 'a function name, by its type')
  tt.match(masked, /"PhysicalResourceId":"S3_BUCKET_1"/, 'type before the id')
  tt.match(masked, /"resourceId":"DYNAMODB_TABLE_1"/, 'AWS Config resourceId')
  tt.match(masked, /"resourceId":"daily-backup"/, 'a type whose id is not its name stays')
  tt.match(masked, /https:\/\/sqs\.ap-south-1\.amazonaws\.com\/ACCOUNT_ID_1\//, 'a URL id keeps its own masking')
  tt.strictSame(scope.unmaskJson(JSON.parse(masked)), value, 'restored deep-equal')
})
