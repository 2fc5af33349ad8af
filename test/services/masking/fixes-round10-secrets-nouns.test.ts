// Round 10, second pass: secrets and names that went out in clear, AWS values masked as names.
// A key starting with `_` was never read (`.npmrc`'s `//<CodeArtifact host>/...:_authToken=`: a
// CodeArtifact token, `_password=`); a VPN tunnel's PreSharedKey and a Direct Connect BGP authKey
// are secrets; `aws ssm put-parameter --type SecureString --value x` sends the secret itself; nouns
// named only after their service (`OpenSearch Serverless collection x`, `Global Accelerator x`,
// `response plan x`, `Bedrock agent x`, `Beanstalk environment x`, `App Mesh x`, `Storage Gateway
// x`, `Grafana workspace x`, `EMR Serverless application x`). Kept: Service Quotas' codes in its
// ARNs, Transfer's and ELB's security policy names. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['.npmrc _authToken', '//tessaro-518734206915.d.codeartifact.eu-west-1.amazonaws.com/npm/npm-internal/:_authToken=eyJ2ZXIiOjEsImlzdSI6MTc2NDgzODkxMSwiZW5jIjoiQTEyOEdDTSJ9.q7Xm2Kr9Tb4vNwP3yL8cF1dS6gA5eH0j\n', 'eyJ2ZXIiOjEsImlzdSI6MTc2NDgzODkxMSwiZW5jIjoiQTEyOEdDTSJ9.q7Xm2Kr9Tb4vNwP3yL8cF1dS6gA5eH0j'],
  ['.npmrc _password', 'always-auth=true\n_password=UzNjcjN0UGFzczEyMw==\n', 'UzNjcjN0UGFzczEyMw=='],
  ['PreSharedKey', '{ "OutsideIpAddress": "52.18.44.201", "PreSharedKey": "Yq7Xm2Kr9Tb4vNwP3yL8cF1dS6gA5eH0_" }', 'Yq7Xm2Kr9Tb4vNwP3yL8cF1dS6gA5eH0_'],
  ['authKey', '"asn": 64512, "authKey": "0x7hQ2vLk9RmT3wXe", "bgpPeerState": "available"', '0x7hQ2vLk9RmT3wXe'],
  ['SecureString --value', "aws ssm put-parameter --name /tessaro/prod/jwt-key --type SecureString --value 'k8Hq2+Xm9RbT4vNwP3yL8cF1dS6gA5eH0jU2iO9kZ3xQ=' --overwrite", 'k8Hq2+Xm9RbT4vNwP3yL8cF1dS6gA5eH0jU2iO9kZ3xQ='],
  ['SecureString after --value', "aws ssm put-parameter --name /tessaro/prod/jwt-key --value 'Zk2!pw-After' --type SecureString", 'Zk2!pw-After'],
  ['collection', 'OpenSearch Serverless collection tessaro-search-vec is behind a VPC endpoint', 'tessaro-search-vec'],
  ['accelerator', 'an alias to the Global Accelerator tessaro-edge-ga (static IPs)', 'tessaro-edge-ga'],
  ['response plan', 'tracked in Incident Manager response plan tessaro-sev1-plan.', 'tessaro-sev1-plan'],
  ['agent', 'the Bedrock agent tessaro-claims-assistant calls a Lambda', 'tessaro-claims-assistant'],
  ['environment', 'Elastic Beanstalk environment tessaro-portal-prod is Red', 'tessaro-portal-prod'],
  ['mesh', 'App Mesh tessaro-payments-mesh routes gRPC', 'tessaro-payments-mesh'],
  ['storage gateway', 'the Storage Gateway tessaro-dub-filegw-01 is offline', 'tessaro-dub-filegw-01'],
  ['workspace', 'Our Grafana workspace g-7f3c9a1e2b is at', 'g-7f3c9a1e2b'],
  ['serverless application', 'the EMR Serverless application 00fq7x2m9rb4tvn1 now writes', '00fq7x2m9rb4tvn1']
]

t.test('secrets and names in these contexts are hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('what stays readable', async (tt) => {
  tt.same(found('my plan is to deploy; a collection of tools; the environment variable X and the application code'), [], 'the nouns alone, in prose')
  tt.same(found('aws ssm put-parameter --name /app/ami --type String --value ami-0e8a1c3f5d7b92468'), ['ssm_parameter:/app/ami', 'ami:ami-0e8a1c3f5d7b92468'], 'a String parameter\'s value is read as usual')
  tt.same(found('arn:aws:servicequotas:eu-west-1:518734206915:ec2/L-1216C47A'), ['account_id:518734206915'], 'Service Quotas ARN: codes kept')
  tt.same(found('"SecurityPolicyName": "TransferSecurityPolicy-2024-01", "SslPolicy": "x"'), [], 'an AWS security policy name')
  tt.same(found('"SecurityPolicyName": "tessaro-sftp-policy"'), ['iam_policy:tessaro-sftp-policy'], 'a customer\'s name under it still')
  tt.same(found('foo_authToken_x and snake_case_password_field'), [], 'an underscore inside an identifier starts no key')
})
