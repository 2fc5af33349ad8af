// Red team round 6, second pass: variants probed around the round's documents (commands, hosts,
// tokens and prose nouns of services the earlier rounds did not name), each fixed in
// services/masking/ and tested over a few variants of its family.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('ECR authorization tokens are masked wherever they stand', async tt => {
  const token = 'eyJwYXlsb2FkIjoiQ2xhc3NpYyIsImRhdGFrZXkiOiJBUUVCQUhoMm9tOXk+L3Zy='
  tt.same(found(`docker login -u AWS -p ${token} https://x`), [`api_key:${token}`], 'docker login -p')
  tt.same(found(`{"authorizationToken": "${token}"}`).map(f => f.split(':')[0]), ['api_key'], 'in get-authorization-token output')
  tt.same(found('eyJwYXlsb2FkIjoi and eyJhbGciOiJIUzI1NiJ9'), [], 'a bare prefix, other JWT-like text')
  const masked = await maskedWithRoundTrip(`echo ${token} | docker login --password-stdin`)
  tt.notOk(masked.includes('Q2xhc3NpYy'), 'masked')
})

t.test('CodeCommit repository URLs', async tt => {
  tt.same(found('git clone https://git-codecommit.eu-central-1.amazonaws.com/v1/repos/halyard-dispatch-infra'), ['resource_name:halyard-dispatch-infra'], 'HTTPS')
  tt.same(found('git clone ssh://APKAEIBAERJR2EXAMPLE@git-codecommit.us-east-2.amazonaws.com/v1/repos/MyDemoRepo my-demo'),
    ['access_key_id:APKAEIBAERJR2EXAMPLE', 'resource_name:MyDemoRepo'], 'SSH with a key id as user')
  tt.same(found('see https://git-codecommit.us-east-1.amazonaws.com/v1/ and https://git-codecommit.us-east-1.amazonaws.com/v1/repos/x'), [], 'no repository, a one-char placeholder')
})

t.test('ELB alias targets keep dualstack readable', async tt => {
  tt.same(found('"DNSName": "dualstack.k8s-halyardpublic-5c2e8a1f0b-1938472615.eu-central-1.elb.amazonaws.com."'),
    ['load_balancer:k8s-halyardpublic-5c2e8a1f0b-1938472615'], 'Route 53 alias')
  tt.same(found('master.halyard-cache.q7xk2m.euc1.cache.amazonaws.com'), ['elasticache_cluster:halyard-cache', 'aws_hostname:q7xk2m'], 'ElastiCache unchanged')
})

t.test('--key-names (short plural) names key pairs', async tt => {
  tt.same(found('aws ec2 describe-key-pairs --key-names halyard-bastion-2025'), ['resource_name:halyard-bastion-2025'], 'flag')
})

t.test('prose: services named with their noun', async tt => {
  tt.same(found('OpenSearch domain halyard-search-prod is red'), ['resource_name:halyard-search-prod'], 'OpenSearch domain')
  tt.same(found('Glue job halyard-cur-compaction and Batch job nightly-reindex'), ['resource_name:halyard-cur-compaction', 'resource_name:nightly-reindex'], 'Glue and Batch jobs')
  tt.same(found('CodeBuild project halyard-dispatch-build failed'), ['resource_name:halyard-dispatch-build'], 'CodeBuild project')
  tt.same(found('API Gateway k7q2m9xw4d returns 403'), ['api_gateway:k7q2m9xw4d'], 'API Gateway id')
  tt.same(found('ASG halyard-dispatch-asg, Auto Scaling group web-asg-2'), ['resource_name:halyard-dispatch-asg', 'resource_name:web-asg-2'], 'Auto Scaling groups')
  tt.same(found('the domain name is example, the job was done, the project plan, a pipeline run, the gateway timed out, the ASG is ok'), [], 'ordinary words')
})

t.test('name fields of DMS, Glue, CodeBuild, CodePipeline, MQ and API Gateway', async tt => {
  tt.same(found('{"ReplicationInstanceIdentifier": "halyard-dms-ri", "EndpointIdentifier": "halyard-ledger-src"}'),
    ['resource_name:halyard-dms-ri', 'resource_name:halyard-ledger-src'], 'DMS')
  tt.same(found('{"ProjectName": "halyard-dispatch-build", "PipelineName": "halyard-dispatch-infra", "CrawlerName": "halyard-cur-crawler"}'),
    ['resource_name:halyard-dispatch-build', 'resource_name:halyard-dispatch-infra', 'resource_name:halyard-cur-crawler'], 'build, pipeline, crawler')
  tt.same(found('aws apigateway get-stages --rest-api-id k7q2m9xw4d; {"ApiId": "m3k8x1q7z2"}'), ['api_gateway:k7q2m9xw4d', 'api_gateway:m3k8x1q7z2'], 'API ids')
  tt.same(found('{"projectName": "Dispatch Platform", "apiName": "Stripe"}'), [], 'plain words in everyday keys stay')
})

t.test('PowerShell Format-Table: a name column names its cells', async tt => {
  tt.same(found('CreationDate         BucketName\n------------         ----------\n3/14/2023 9:02:11 AM halyard-raw-telemetry-euc1\n6/1/2024 2:44:05 PM  halyard-ledger-exports-prod\n\nPS> x'),
    ['s3_bucket:halyard-raw-telemetry-euc1', 's3_bucket:halyard-ledger-exports-prod'], 'bucket column, the table ends at a blank line')
  tt.same(found('FunctionName                 Runtime    MemorySize\r\n------------                 -------    ----------\r\nhalyard-dispatch-router      nodejs20.x        512\r\n'),
    ['lambda_function:halyard-dispatch-router'], 'CRLF, first column')
  tt.same(found('InstanceId          InstanceType PrivateIpAddress Name\n----------          ------------ ---------------- ----\ni-0b411cda4bcf9c93d c7g.large    10.72.14.203     halyard-dispatch-03\n'),
    ['ec2_instance:i-0b411cda4bcf9c93d', 'ipv4_private:10.72.14.203', 'resource_name:halyard-dispatch-03'], 'Name column beside ids')
  tt.same(found('Name   Value\n----   -----\nfoo    bar\n\nTitle\n-----\nsome text\n---\nkey: v\n'), [], 'plain words, a heading, a YAML separator')
  await maskedWithRoundTrip('RoleName                   Arn\n--------                   ---\nhalyard-dispatch-node-role arn:aws:iam::577128926595:role/halyard-dispatch-node-role\n')
})

t.test('prose in German, French, Spanish: ASCII nouns and typographic quotes', async tt => {
  tt.same(found('Zugriffsschlüssel des Benutzers »svc-jenkins«, woraufhin'), ['iam_user:svc-jenkins'], 'German genitive, »x«')
  tt.same(found('Zugriff auf die Tabelle „halyard-dispatch-state“.'), ['dynamodb_table:halyard-dispatch-state'], 'German „x“')
  tt.same(found('la fonction Lambda halyard-dispatch-router utilisait encore'), ['lambda_function:halyard-dispatch-router'], 'French')
  tt.same(found('la cola halyard-dispatch-events-dlq tiene 18.400 mensajes'), ['sqs_queue:halyard-dispatch-events-dlq'], 'Spanish')
  tt.same(found('the role « ci-deployer » and the table ‘orders-v2’'), ['iam_role:ci-deployer', 'dynamodb_table:orders-v2'], 'French guillemets with spaces, single quotes')
  tt.same(found('der Benutzer hat keine Rechte; die Tabelle zeigt; eine Cola trinken; the role «x-y“'), [], 'ordinary words, quotes that do not pair')
})

t.test('a name field inside URL-encoded text (%3D, %22)', async tt => {
  tt.same(found('"generatorURL": "http://prometheus-0:9090/graph?g0.expr=aws_rds_database_connections_maximum%7Bdbinstance_identifier%3D%22halyard-dispatch-pg%22%7D+%3E+900"'),
    ['rds_instance:22halyard-dispatch-pg'], 'a PromQL matcher: the value takes the quote escape\'s digits, so its token reads back')
  tt.same(found('x?BucketName%3Dhalyard-raw%26y=1'), ['s3_bucket:3Dhalyard-raw'], 'an encoded query (the value takes the escape\'s digits)')
  tt.same(found('q=%7Bjob%3D%22node%22%7D and a%3Dfoo, 100%25 of tableName%20is'), [], 'keys without a role, no separator')
  const masked = await maskedWithRoundTrip('expr=up%7Bfunction_name%3D%22halyard-router%22%7D')
  tt.notOk(masked.includes('halyard-router'), 'masked')
})

t.test('third pass: escapes glued to words, German compounds, DMS subnet groups', async tt => {
  tt.same(found('q=%22expr%22%3A%22aws_rds_cpuutilization_average%22 and x %20aws_rds_cpuutilization_average'), [], 'a metric name after an escape stays, as it does after a blank')
  tt.same(found('x %22my_rds_replica%22'), ['rds_instance:22my_rds_replica'], 'a self-describing name after an escape is still one')
  tt.same(found('dbinstance_identifier%3D%5C%22halyard-billing-1%5C%22%7D'), ['rds_instance:22halyard-billing-1'], 'an escaped quote inside an encoded JSON string')
  tt.same(found('die Lambda-Funktion halyard-dispatch-router und der S3-Bucket halyard-raw-telemetry-euc1'),
    ['lambda_function:halyard-dispatch-router', 's3_bucket:halyard-raw-telemetry-euc1'], 'German compounds')
  tt.same(found('a well-known bucket policy, the pre-signed URL, a read-only role'), [], 'English compounds stay')
  tt.same(found('"ReplicationSubnetGroupIdentifier": "halyard-dms-subnets"'), ['resource_name:halyard-dms-subnets'], 'DMS subnet group')
})

t.test('fourth pass: YAML name: under a resource key; the SSO device endpoint', async tt => {
  tt.same(found('provider:\n  deploymentBucket:\n    name: halyard-serverless-deploys-prod\n    serverSideEncryption: AES256\n'),
    ['s3_bucket:halyard-serverless-deploys-prod'], 'Serverless deploymentBucket')
  tt.same(found('table:\n  name: orders-v2\n'), ['dynamodb_table:orders-v2'], 'a table block')
  tt.same(found('metadata:\n  name: dispatch-api\nrole:\n  name: admin-x\nbucket:\n  name: ${self:custom.bucket}\nbucket:\nname: flat-x\n'), [], 'no role, a template, not nested')
  tt.same(found('open https://device.sso.eu-central-1.amazonaws.com/ and enter the code'), [], 'AWS\'s own device endpoint')
})
