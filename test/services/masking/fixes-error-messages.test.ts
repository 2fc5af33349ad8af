// AWS error answers, as engineers paste them: names in error-message phrasings and in the XML
// of S3 errors and the Query APIs went out in clear, and an error code read as a field
// (`NoSuchBucket: The ...`) masked the first word of its message as a bucket.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

t.test("an error message's `with name`, `with id`, `found for name:` before a name", async (tt) => {
  tt.same(found('An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id orders-stack does not exist'), ['cloudformation_stack:orders-stack'])
  tt.same(found('An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name orders-ci cannot be found.'), ['iam_role:orders-ci'])
  tt.same(found('The user with name deploy-bot cannot be found.'), ['iam_user:deploy-bot'])
  tt.match(found('No cluster found for name: payments-eks.'), [/:payments-eks$/])
  tt.match(found("The repository with name 'orders/api' does not exist in the registry with id '731942685013'"), ['ecr_repository:orders/api', 'account_id:731942685013'])
  tt.same(found('The policy with name AdministratorAccess cannot be found'), [], "AWS's managed policy name stays")
  tt.same(found('a role with name and path, the table with id 5, a user with ID 42'), [], 'ordinary words and numbers')
})

t.test('an error code is no field: its message stays readable', async (tt) => {
  tt.same(found('NoSuchBucket: The specified bucket does not exist (Bucket: orders-invoices-eu-prod)'), ['s3_bucket:orders-invoices-eu-prod'])
  tt.same(found('DBInstanceNotFound: DBInstance orders-db-prod not found.'), ['rds_instance:orders-db-prod'])
  tt.same(found('ResourceNotFoundException: Requested resource not found'), [])
  tt.same(found('BucketName: orders-invoices-eu-prod'), ['s3_bucket:orders-invoices-eu-prod'], 'a field still is one')
})

t.test('XML elements named like naming and secret fields', async (tt) => {
  tt.same(found('<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>orders-invoices-eu-prod</BucketName><RequestId>4442587FB7D0A2F9</RequestId></Error>'),
    ['s3_bucket:orders-invoices-eu-prod'])
  tt.same(found('<GetRoleResult><Role><RoleName>orders-ci</RoleName><Path>/</Path></Role></GetRoleResult>'), ['iam_role:orders-ci'])
  tt.same(found('<DBInstanceIdentifier>orders-db-prod</DBInstanceIdentifier><Engine>postgres</Engine>'), ['rds_instance:orders-db-prod'])
  tt.same(found('<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</SecretAccessKey>'), ['secret_access_key:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'])
  tt.same(found('<Name>default</Name> <b>bold</b> <p>a < b and c > d</p> <BucketName></BucketName>'), [], 'markup, an empty element, a default')
})

t.test('masked and restored byte for byte', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const text = '<Error><Code>NoSuchBucket</Code><BucketName>orders-invoices-eu-prod</BucketName></Error>\nStack with id orders-stack does not exist'
  const masked = await scope.maskText(text)
  tt.notMatch(masked, /orders-invoices-eu-prod|orders-stack/)
  await tt.resolves(scope.assertClean(masked))
  tt.equal(scope.unmaskText(masked), text)
})

t.test("a name in prose followed by a revision or port (`:41`) is still the name", async (tt) => {
  tt.same(found('task definition halvard-ledger-api:41 failed to start'), ['resource_name:halvard-ledger-api'])
  tt.same(found('RDS instance prod-db:5432 refused the connection'), ['rds_instance:prod-db'])
  tt.same(found('bucket logs:41.5 and cluster payments-eks:v2'), [], 'not before a decimal or a word')
})

t.test("more error phrasings: `[name]`, `with the same name 'x'`, `already exists: x`", async (tt) => {
  tt.same(found('An error occurred (AlreadyExistsException) when calling the CreateStack operation: Stack [orders-stack] already exists'), ['cloudformation_stack:orders-stack'])
  tt.same(found("DuplicateLoadBalancerName: A load balancer with the same name 'orders-alb' exists, but with different settings"), ['load_balancer:orders-alb'])
  tt.same(found('ResourceInUseException: Table already exists: orders-v2'), ['dynamodb_table:orders-v2'])
  tt.same(found('ResourceConflictException: Function already exist: invoice-sync'), ['lambda_function:invoice-sync'])
  tt.same(found('see the table [orders-v2](https://example.com/x) for details'), ['dynamodb_table:orders-v2'], 'a markdown link text')
  tt.same(found('the bucket [1] and the stack [a] and a function [] here, the table already exists.'), [], 'a footnote, one letter, nothing, no name after')
})

t.test("RDS errors spell their noun glued: `DBInstance x not found.`", async (tt) => {
  tt.same(found('DBInstanceNotFound: DBInstance prod-db not found.'), ['rds_instance:prod-db'])
  tt.same(found('An error occurred (DBClusterNotFoundFault) when calling the DescribeDBClusters operation: DBCluster orders-aurora not found.'), ['rds_cluster:orders-aurora'])
  tt.same(found('the DBInstance class, Error: DBInstance not found, The DBInstance is stopped'), [], 'no name after it')
  tt.same(found('[+] AWS::RDS::DBInstance Database DatabaseB269D8BB'), [], "cdk diff's logical ids")
})
