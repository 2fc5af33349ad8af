// Keep audit (keep-audit.test.ts): paths and templates that name no customer resource were masked:
// AWS's public SSM parameters (`/aws/service/...`: customers cannot create names under `aws`) after
// the noun `parameter` and in a `resolve:ssm:` reference (kept already in their ARNs and fields), a
// log group prefix of AWS's without its name (`/aws/rds/instance/*/postgresql` masked `instance`),
// and a template placeholder standing for a whole ARN segment (`table/${TableName}`).
import t from 'tap'
import { found } from './blackbox-helpers.js'

const AMI_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'

t.test("AWS's public SSM parameters are kept wherever they stand", async tt => {
  tt.same(found(`the parameter ${AMI_PARAMETER} picks it`), [], 'after a noun')
  tt.same(found('SSM parameter /aws/service/eks/optimized-ami/1.29/amazon-linux-2/recommended/image_id'), [], 'after SSM parameter')
  tt.same(found(`ImageId: '{{resolve:ssm:${AMI_PARAMETER}}}'`), [], 'in a dynamic reference')
  tt.same(found(`resolve:ssm:${AMI_PARAMETER}:1`), [], 'with a version')
  tt.same(found(`arn:aws:ssm:us-east-1::parameter${AMI_PARAMETER}`), [], 'in its ARN, as before')
})

t.test('customer parameters are still masked', async tt => {
  tt.same(found('the parameter /prod/payments/db-url is'), ['ssm_parameter:/prod/payments/db-url'])
  tt.same(found("'{{resolve:ssm:/prod/payments/db-url}}'"), ['ssm_parameter:/prod/payments/db-url'])
  tt.same(found('{{resolve:ssm:awsome-app/db-url}}'), ['ssm_parameter:awsome-app/db-url'], 'a name that merely starts with aws')
  tt.same(found('{{resolve:secretsmanager:/aws/x-creds}}'), ['secret_name:/aws/x-creds'], 'secrets are not SSM parameters')
})

t.test("a log group prefix of AWS's is kept without its name", async tt => {
  tt.same(found('RDS logs go to /aws/rds/instance/*/postgresql and /aws/rds/cluster/*/audit'), [], 'a wildcard for the name')
  tt.same(found('Container Insights writes /aws/ecs/containerinsights/*/performance'), [], 'ECS Container Insights')
  tt.same(found('/aws/rds/instance/prod-orders/postgresql'), ['rds_instance:prod-orders'], 'a named instance, as before')
  tt.same(found('/aws/rds/instancex'), ['log_group:instancex'], 'another word under rds')
})

t.test('a placeholder standing for a whole ARN segment is kept', async tt => {
  tt.same(found('"arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"'), [], 'CloudFormation')
  tt.same(found('arn:aws:s3:::${var.bucket_name}/*'), [], 'Terraform, a bucket')
  tt.same(found('arn:aws:lambda:${var.region}:${data.aws_caller_identity.current.account_id}:function:${var.function_name}'), [], 'Terraform, a function')
  tt.same(found('arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}'), [], 'an untyped resource')
  tt.same(found('Resource: !Sub arn:aws:iam::${AWS::AccountId}:role/${RoleName}'), [], 'a role')
  tt.same(found('arn:aws:iam::${AWS::AccountId}:role/${RoleName}-exec'), ['iam_role:${RoleName}-exec'], 'a literal part beside it: masked whole, as before')
  tt.same(found('arn:aws:dynamodb:us-east-1:123456789012:table/orders-v2'), ['account_id:123456789012', 'dynamodb_table:orders-v2'], 'a real ARN')
})

t.test('the object key after a bucket placeholder is read as before', async tt => {
  tt.same(found('arn:aws:s3:::${BucketName}/reports/2024/*'), [], 'a plain key')
  tt.same(found('arn:aws:s3:::${BucketName}/users/jane.doe@acme-corp.com/x'), ['email:jane.doe@acme-corp.com'], 'an e-mail in the key')
})
