// A bare Terraform reference under a name attribute (cluster_name = module.eks.cluster_name,
// bucket = aws_s3_bucket.logs.id) is code, not a name: it was masked as one, and the model lost
// what the configuration refers to. Quoted literal names are still masked.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a bare Terraform reference is kept', async tt => {
  tt.same(found('  cluster_name = module.eks.cluster_name\n'), [])
  tt.same(found('  bucket = aws_s3_bucket.logs.id\n'), [])
  tt.same(found('  function_name = var.function_name\n'), [])
  tt.same(found('  role = aws_iam_role.lambda.arn\n'), [])
  tt.same(found('  name = local.name\n'), [])
  tt.same(found('  table_name = data.aws_dynamodb_table.orders.name\n'), [])
  tt.same(found('  queue_name = each.value.queue\n'), [])
  tt.same(found('  bucket = dependency.s3.outputs.bucket_name\n'), [], 'Terragrunt')
})

t.test('literal names beside references are still masked', async tt => {
  tt.same(found('  bucket = "acme-payroll-exports"\n'), ['s3_bucket:acme-payroll-exports'])
  tt.same(found('  function_name = "invoice-sync"\n  role = aws_iam_role.lambda.arn\n'), ['lambda_function:invoice-sync'])
  tt.same(found('TableName: orders.v2'), ['dynamodb_table:orders.v2'], 'a dotted name that is no reference')
  tt.same(found('cluster_name: module.eks'), ['eks_cluster:module.eks'], 'YAML: no Terraform there')
})

t.test('masked and restored byte for byte', async tt => {
  const text = 'resource "aws_lambda_function" "sync" {\n  function_name = "invoice-sync"\n  role          = aws_iam_role.lambda.arn\n}\nmodule "x" {\n  cluster_name = module.eks.cluster_name\n}\n'
  const masked = await maskedWithRoundTrip(text)
  tt.notMatch(masked, /invoice-sync/)
  tt.ok(masked.includes('cluster_name = module.eks.cluster_name') && masked.includes('aws_iam_role.lambda.arn'))
})
