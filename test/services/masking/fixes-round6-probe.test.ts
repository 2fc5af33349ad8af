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
