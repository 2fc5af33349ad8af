// A Terraform variable's `default` and a CloudFormation or SAM parameter's `Default` named
// nothing, though the variable's name says what they hold (`variable "bucket_name"`,
// `Parameters: TableName:`): the customer's names went out in clear.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a default is named by its variable or parameter', async tt => {
  tt.same(found('variable "bucket_name" {\n  type    = string\n  default = "acme-payroll-exports"\n}'), ['s3_bucket:acme-payroll-exports'])
  tt.same(found('variable "lambda_function_name" {\n  description = "x"\n\n  default = "invoice-sync"\n}'), ['lambda_function:invoice-sync'], 'a blank line between')
  tt.same(found('Parameters:\n  TableName:\n    Type: String\n    Default: orders-ledger-v3\n'), ['dynamodb_table:orders-ledger-v3'], 'YAML')
  tt.same(found('Parameters:\n  QueueName:\n    Type: String\n    AllowedValues:\n      - a-1\n    Default: "billing-jobs"\n'), ['sqs_queue:billing-jobs'], 'a nested list between')
  tt.same(found('{\n  "Parameters": {\n    "TableName": {\n      "Type": "String",\n      "Default": "orders-ledger-v3"\n    }\n  }\n}'),
    ['dynamodb_table:orders-ledger-v3'], 'JSON')
})

t.test('defaults of other variables, and AWS values, stay', async tt => {
  tt.same(found('variable "region" {\n  default = "us-east-1"\n}'), [])
  tt.same(found('Parameters:\n  Environment:\n    Default: prod\n'), [])
  tt.same(found('variable "cluster_name" {\n  default = "default"\n}'), [])
  tt.same(found('{"default": "x-y"}'), [], 'a default alone')
  tt.same(found('Parameters:\n  TableName:\n    Type: String\n  Stage:\n    Default: dev-1\n'), [], 'the parameter above')
})
