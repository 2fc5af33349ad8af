// Round 20: the AWS CLI's `--output table` titles its columns with the API's fields; VPC Lattice,
// RAM and EKS call a resource's name `name` (lower case), which is no name field elsewhere (a
// markdown or psql table's `name` is a tool's or a person's), so `list-services --output table`
// left every service name in clear. Redshift's database users of IAM roles (`IAMR:etl-runner`)
// stayed in clear too. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

const TABLE = `------------------------------------------------------------
|                       ListServices                       |
+----------------------------------------------------------+
||                          items                         ||
|+-------------------------+-----------------+------------+|
||  id                     |  name           |  status    ||
|+-------------------------+-----------------+------------+|
||  svc-0f3b9d2c7e1a48650  |  acme-ledger-api|  ACTIVE    ||
||  svc-0b6e4a1d9c2f73850  |  acme-fx-rates  |  ACTIVE    ||
|+-------------------------+-----------------+------------+|
`

t.test('the name column of a CLI table is masked', async (tt) => {
  const hits = found(TABLE)
  tt.ok(hits.includes('resource_name:acme-ledger-api'))
  tt.ok(hits.includes('resource_name:acme-fx-rates'))
})

t.test('a markdown or psql name column is kept', async (tt) => {
  tt.same(found('| name | description | enabled |\n|------|-------------|---------|\n| get-logs_v1 | fetch logs | yes |\n'), [])
  tt.same(found(' name        | setting\n-------------+---------\n work_mem-x1 | 4MB\n'), [])
})

t.test('Redshift IAM role users are masked', async (tt) => {
  tt.same(found(' svc_loader         |      104\n IAMR:acme-dbt-runner |      117\n'), ['iam_role:acme-dbt-runner'])
  tt.same(found('GRANT USAGE ON SCHEMA finance TO "IAMR:acme-etl";'), ['iam_role:acme-etl'])
})
