// Keep audit: the AWS error code in a Terraform provider error (`Error: creating EC2 Instance:
// InvalidParameterValue: ...`) stands right after the resource type's noun and was masked as that
// resource's name; the code is AWS's and the model needs it. Names in the same messages stay masked.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('error codes after a resource type are kept', async tt => {
  const kept = [
    'Error: creating EC2 Instance: InvalidParameterValue: Value (t3.nano) is invalid.',
    'Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to perform this operation.',
    'Error: creating EC2 Instance: InsufficientInstanceCapacity: We currently do not have sufficient capacity',
    'Error: creating S3 Bucket: BucketAlreadyExists',
    'Error: creating EKS Cluster: UnsupportedAvailabilityZoneException: Cannot create cluster',
    'Error: updating Lambda Function: ResourceConflictException: The operation cannot be performed at this time.',
    'Error: creating SQS Queue: QueueDeletedRecently: You must wait 60 seconds',
    'Error: creating ECS Service: InvalidParameterException: Unable to assume the service linked role.',
    'Error: creating RDS DB Instance: DBInstanceAlreadyExists: DB instance already exists',
    'Error: creating ELBv2 Load Balancer: DuplicateLoadBalancerName: A load balancer with the same name exists',
    'Error: creating EC2 Instance: InvalidAMIID.NotFound: The image does not exist',
    'Error: creating EC2 Instance: VcpuLimitExceeded: You have requested more vCPU capacity',
    'Error: creating CloudFormation Stack: AlreadyExistsException: it already exists',
    'Error: creating EC2 Instance: OptInRequired: You are not subscribed to this service.',
    'Error: creating RDS Cluster: InvalidSubnet: No default subnet detected in VPC.',
    'Error: creating Auto Scaling Group: ValidationError: You must use a valid fully-formed launch template.',
    'Error: deleting EC2 Security Group: DependencyViolation: it has a dependent object'
  ]
  for (const text of kept) tt.same(found(text), [], text)
  tt.same(found('Error: creating IAM Role: EntityAlreadyExists: Role with name deploy-bot already exists.'), ['iam_role:deploy-bot'], 'the name in the message is still masked')
})

t.test('customer names of the same shape are still masked', async tt => {
  tt.same(found('the Lambda function InvalidOrdersHandler is slow'), ['lambda_function:InvalidOrdersHandler'], 'Invalid... without a colon after it')
  tt.same(found('the stack PaymentsStack: CREATE_FAILED'), ['cloudformation_stack:PaymentsStack'], 'a CamelCase stack before a colon')
  tt.same(found('the queue orders-not-found-dlq is full'), ['sqs_queue:orders-not-found-dlq'])
})

t.test('under a name field, a name shaped like an error code is still masked', async tt => {
  tt.same(found('"FunctionName": "HandleQuotaExceeded"'), ['lambda_function:HandleQuotaExceeded'])
  tt.same(found('StackName: OrdersNotFound'), ['cloudformation_stack:OrdersNotFound'])
})
