// The construct id after a CloudFormation resource type in `cdk diff` (`[+] AWS::Lambda::Function
// ReconcilerFn ReconcilerFn3A1B9F0E`) was read as a function named after the noun `Function`, and
// then masked wherever it stood (`${ReconcilerFn/ServiceRole.Arn}` in the IAM table): logical ids
// and construct paths are CloudFormation's ids, not the customer's resource names. A lower-case
// name there, and names in prose, are still masked.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('logical ids and construct paths after a resource type stay', async tt => {
  tt.same(found('[+] AWS::Lambda::Function ReconcilerFn ReconcilerFn3A1B9F0E\n'), [])
  tt.same(found('[+] AWS::DynamoDB::Table OrdersTable OrdersTable2B1C3D4E\n'), [])
  tt.same(found('[~] AWS::SQS::Queue JobsQueue JobsQueueA1B2C3D4 replace\n'), [])
  tt.same(found('[+] AWS::ECS::Cluster Cluster Cluster1A2B3C4D\n'), [], 'a noun as the construct id')
  tt.same(found('[+] AWS::IAM::Role ReconcilerFn/ServiceRole ReconcilerFnServiceRoleAB12CD34\n'), [])
  tt.same(found('[+] AWS::S3::Bucket AssetsBucket AssetsBucket5CB76180\n'), [])
  tt.same(found('[~] Parameter BootstrapVersion BootstrapVersion: {"Type":"AWS::SSM::Parameter::Value<String>"}\n'), [], 'a template parameter')
  tt.same(found('12:01:07 | CREATE_FAILED | AWS::SQS::Queue | JobsQueue'), [], 'a stack event')
})

t.test('names are still masked', async tt => {
  tt.same(found('[+] AWS::Lambda::Function invoice-sync invoicesyncAB12CD34'), ['lambda_function:invoice-sync'], 'a lower-case construct id may be the name')
  tt.same(found('CREATE_FAILED AWS::SQS::Queue OrdersQueue Resource handler returned message: "Queue orders-queue-prod already exists"'),
    ['sqs_queue:orders-queue-prod'])
  tt.same(found('the Lambda function ReconcilerFn failed'), ['lambda_function:ReconcilerFn'], 'prose')
  tt.same(found('[~] AWS::RDS::DBInstance LedgerDb LedgerDb8C2E4F17 replace\n └─ [~] DBInstanceIdentifier (requires replacement)\n     ├─ [-] halvard-ledger-pg\n'),
    ['rds_instance:halvard-ledger-pg'])
})

t.test('the construct path in the IAM table stays readable, and restores', async tt => {
  const text = '│ + │ ${ReconcilerFn/ServiceRole.Arn} │ Allow │ sts:AssumeRole │\nResources\n[+] AWS::Lambda::Function ReconcilerFn ReconcilerFn3A1B9F0E\n'
  const masked = await maskedWithRoundTrip(text)
  tt.equal(masked, text)
})
