// Red team round 8 (test/fixtures/blackbox-7/): CSV with a header row (Athena results,
// CloudTrail Lake exports): a column whose header is a name field (`requestparameters_bucketname`)
// left its cells in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('cells under a naming CSV header are names', async tt => {
  tt.same(found('"eventtime","requestparameters_bucketname","awsregion"\n"2025-11-26T22:41:07Z","corvina-finance-exports-euw1","eu-west-1"\n"2025-11-26T22:43:55Z","","eu-west-1"\n'),
    ['s3_bucket:corvina-finance-exports-euw1'], 'quoted Athena result, an empty cell')
  tt.same(found('user,bucketname,region\nalice,corvina-x-1,eu-west-1\nbob,"corvina-y-2",us-east-1\n'),
    ['s3_bucket:corvina-x-1', 's3_bucket:corvina-y-2'], 'unquoted header at the start')
  tt.same(found('query done:\nuser,function_name,region\r\nalice,corvina-fn,eu-west-1\r\n'), ['lambda_function:corvina-fn'], 'after other text, CRLF')
  tt.same(found('RoleName,Arn\ncorvina-ops,arn:aws:iam::568182566734:role/corvina-ops'), ['iam_role:corvina-ops', 'account_id:568182566734', 'iam_role:corvina-ops'], 'beside an ARN column')
  const masked = await maskedWithRoundTrip('a,table,b\n1,orders-v2,2\n3,"users-v1",4\n')
  tt.ok(!masked.includes('orders-v2') && !masked.includes('users-v1'), masked)
})

t.test('no header, prose, ragged rows, plain words', async tt => {
  tt.same(found('The bucket, table and queue\nare here, there, and everywhere'), [], 'prose with commas')
  tt.same(found('bucket,table\na,b,c'), [], 'a row of another width')
  tt.same(found('table,x\norders-v2,1\nusers,2'), ['dynamodb_table:orders-v2'], 'a plain word is no table name')
  tt.same(found('"corvina-scan-archive-prod","invoices/INV-1.pdf","482113"'), [], 'no header: nothing says what a cell is')
})

t.test('every naming column of a header is read in one pass', async tt => {
  tt.same(found('RoleName,Region,FunctionName\ncorvina-ops,eu-west-1,corvina-fn\n'), ['iam_role:corvina-ops', 'lambda_function:corvina-fn'], 'two naming columns')
  const header = Array.from({ length: 300 }, () => 'bucket').join(',')
  const row = Array.from({ length: 300 }, (_, k) => `b-${k}`).join(',')
  tt.equal(found(`${header}\n${row}\n${row}\n`).length, 600, 'a wide header: each cell of each row once')
})
