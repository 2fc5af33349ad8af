// `aws ... --query 'X.[A,B]'` prints a bare JSON list of the selected fields' values: nothing
// beside a value says what it is, so a Cognito app client's secret (ClientSecret) or an RDS
// instance's name went out in clear (blackbox-10's Cognito document). A list printed right under
// the command line, with one item per selected field, is read item by item as those fields'
// values; lists of another length, fields without a role and the expression itself stay.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const SECRET = '1q8v4k2m7x9t3r6z0b5n8c2d4f7h1j3l6p9s2w5y8a0e3g6i9k2m'

t.test('the values of a --query multi-select list, one list or a list of lists', async tt => {
  tt.same(found(`$ aws cognito-idp describe-user-pool-client --user-pool-id eu-north-1_Hx7Kq2Wm9 --client-id 6m2q8t4x1k7v3r9z5b0n4c8d2f --query UserPoolClient.[ClientName,ClientSecret]\n[\n    "backoffice",\n    "${SECRET}"\n]`),
    ['cognito_user_pool:eu-north-1_Hx7Kq2Wm9', `api_key:${SECRET}`])
  tt.same(found(`aws rds describe-db-instances --query 'DBInstances[*].[DBInstanceIdentifier,Engine,Endpoint.Address]'\n[\n  [\n    "orders-prod-db",\n    "postgres",\n    null\n  ],\n  [\n    "billing-replica",\n    "mysql",\n    null\n  ]\n]`),
    ['rds_instance:orders-prod-db', 'rds_instance:billing-replica'], 'each inner list; engines stay')
  tt.same(found('aws lambda list-functions --query "Functions[].[FunctionName, Runtime]" --output json\n[["ingest-handler-v2", "python3.12"], ["nightly-export", "nodejs20.x"]]'),
    ['lambda_function:ingest-handler-v2', 'lambda_function:nightly-export'], 'quoted with blanks, one line')
  tt.same(found(`aws secretsmanager get-secret-value --secret-id x \\\n  --query '[Name,SecretString]'\n["prod/app", "Zq8rT2vLx9PmW4kN7cB1"]`).filter((m) => m.startsWith('connection_secret')),
    ['connection_secret:Zq8rT2vLx9PmW4kN7cB1'], 'after a continued command line')
})

t.test('kept: other lengths, fields without a role, no list under the command', async tt => {
  tt.same(found(`aws cognito-idp describe-user-pool-client --query UserPoolClient.[ClientName,ClientSecret]\n["backoffice", "${SECRET}", "extra"]`), [], 'three items for two fields')
  tt.same(found('aws ec2 describe-instances --query \'Reservations[].Instances[].[State.Name,InstanceType]\'\n[["running", "t3.micro"]]'), [], 'state and type')
  tt.same(found(`aws cognito-idp describe-user-pool-client --query UserPoolClient.[ClientName,ClientSecret]\n\nsome prose "${SECRET}"`), [], 'no list printed')
  tt.same(found(`aws cognito-idp describe-user-pool-client --query UserPoolClient.ClientSecret\n"${SECRET}"`), [], 'a single field prints no list (out of reach here)')
})

t.test('masked and restored', async tt => {
  const text = `$ aws cognito-idp describe-user-pool-client --query UserPoolClient.[ClientName,ClientSecret]\n[\n    "backoffice",\n    "${SECRET}"\n]\n`
  const masked = await maskedWithRoundTrip(text)
  tt.notMatch(masked, new RegExp(SECRET))
  tt.match(masked, /UserPoolClient\.\[ClientName,ClientSecret\]/, 'the expression stays')
})
