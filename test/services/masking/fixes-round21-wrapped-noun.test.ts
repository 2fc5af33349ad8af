// Round 21: an e-mail hard-wrapped at 72 columns put the noun at a line's end and the name on the
// next line (`The bucket\n   fenwright-lake-curated is fine`): the name stayed in clear. Only in
// running prose: a key (`bucket:`), a table header or a lone noun line says nothing of the next line.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a name wrapped onto the line after its noun', async (tt) => {
  tt.same(found('older than 180 days. The bucket\n   acme-lake-curated is fine as is.'), ['s3_bucket:acme-lake-curated'])
  tt.same(found('Almost all of it is the EKS cluster\r\nacme-data-platform pulling images'), ['eks_cluster:acme-data-platform'])
})

t.test('no name across a line break outside prose', async (tt) => {
  tt.same(found('role:\n  acme-x'), [])
  tt.same(found('| name | table |\n| orders-v2 | x |'), [])
  tt.same(found('Table\norders-v2'), [])
  tt.same(found('we dropped the table\n- follow-up: x'), [])
})

t.test('no name across a line break after a command', async (tt) => {
  tt.same(found("aws rds describe-db-instances --query 'DBInstances[].[DBInstanceIdentifier]' --output table\norders-pg-1\n"), [])
  tt.same(found('$ terraform state rm aws_dynamodb_table.orders table\norders-v2'), [])
})
