// Round 17: AWS's own names masked as a customer's. A name learnt in the scope replaced the name
// of an AWS-managed policy ARN (`arn:aws:iam::aws:policy/SecurityAudit` after `"Name":
// "SecurityAudit"`); Identity Center's `ManagedPolicies: [{"Name": "PowerUserAccess"}]`; service-linked
// roles in STS ARNs (`assumed-role/AWSServiceRoleForSNS/sns`); `serviceNamespace: s3` (Access
// Analyzer, IAM last accessed); Security Lake's Glue database; Storage Gateway's own endpoints.
// Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a name learnt in the scope does not rewrite an AWS-managed policy ARN', async (tt) => {
  const masked = await maskedWithRoundTrip('RoleName: SecurityAudit\nattached arn:aws:iam::aws:policy/SecurityAudit and arn:aws:iam::604918273351:policy/SecurityAudit\n')
  tt.ok(masked.includes('arn:aws:iam::aws:policy/SecurityAudit'), masked)
  tt.notOk(masked.includes('RoleName: SecurityAudit'), 'the customer\'s role is still masked')
  tt.notOk(masked.includes(':policy/SecurityAudit\n'), 'and so is the customer-managed policy of that name')
})

t.test('AWS-managed policy names under Name stay', async (tt) => {
  tt.same(found('"ManagedPolicies": [ { "Name": "PowerUserAccess", "Arn": "arn:aws:iam::aws:policy/PowerUserAccess" } ]'), [])
  tt.same(found('{ "Name": "AmazonAthenaFullAccess" }'), [])
  tt.same(found('{ "Name": "KestrelDataAnalyst" }'), ['resource_name:KestrelDataAnalyst'], 'a customer\'s permission set is still masked')
})

t.test('service-linked roles and their sessions in STS ARNs stay', async (tt) => {
  tt.same(found('User: arn:aws:sts::604918273351:assumed-role/AWSServiceRoleForSNS/sns is not authorized'), ['account_id:604918273351'])
  tt.same(found('arn:aws:sts::604918273351:assumed-role/OrganizationAccountAccessRole/jane.doe'), ['account_id:604918273351', 'resource_name:jane.doe'])
  tt.same(found('arn:aws:sts::604918273351:assumed-role/orders-api/i-0e9fec1c22367fd53'),
    ['account_id:604918273351', 'iam_role:orders-api', 'ec2_instance:i-0e9fec1c22367fd53'])
})

t.test('a service namespace is AWS\'s service', async (tt) => {
  tt.same(found('{ "serviceNamespace": "s3", "ServiceNamespace": "glue" }'), [])
  tt.same(found('aws application-autoscaling describe-scalable-targets --service-namespace ecs'), [])
  tt.same(found('namespace: payments-prod'), ['resource_name:payments-prod'], 'a namespace is still a name')
})

t.test('Security Lake\'s Glue database and tables are AWS\'s', async (tt) => {
  tt.same(found('-- Tables live in the Glue database amazon_security_lake_glue_db_eu_central_1\n' +
    'FROM amazon_security_lake_glue_db_eu_central_1.amazon_security_lake_table_eu_central_1_vpc_flow_2_0\n' +
    '"DatabaseName": "amazon_security_lake_glue_db_us_east_1"'), [])
  tt.same(found('the Glue database orders_lake_db'), ['rds_instance:orders_lake_db'])
})

t.test('Storage Gateway\'s own endpoints stay', async (tt) => {
  tt.same(found('[ PASSED ] anon-cp.storagegateway.eu-central-1.amazonaws.com:443 client-cp.storagegateway.eu-central-1.amazonaws.com ' +
    'dp-1.storagegateway.eu-central-1.amazonaws.com proxy-app.storagegateway.us-east-1.amazonaws.com'), [])
  tt.same(found('client-cp.s3.eu-central-1.amazonaws.com'), ['s3_bucket:client-cp'], 'a bucket of that name is still masked')
})
