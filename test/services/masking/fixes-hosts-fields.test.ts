// Fixes for the second black-box round (AWS hosts, field names, secrets, numbers): each rule
// with variants, and look-alikes that must stay as they are. Through the public API, as text
// and (JSON documents) as parsed values.
import t, { type Test } from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

async function masked (text: string): Promise<string> {
  const scope = await createMasker({ store: createMemoryStore({ maxMappings: 1e6 }) }).openScope()
  return await scope.maskText(text)
}

async function maskedJson (text: string): Promise<string> {
  const scope = await createMasker({ store: createMemoryStore({ maxMappings: 1e6 }) }).openScope()
  return JSON.stringify(await scope.maskJson(JSON.parse(text)))
}

/** `text` masked hides every value of `hidden` and keeps every value of `kept` verbatim. */
async function check (t: Test, text: string, hidden: string[], kept: string[], json = false): Promise<void> {
  const outs = [await masked(text)]
  if (json) outs.push(await maskedJson(text))
  for (const out of outs) {
    for (const h of hidden) t.notOk(out.includes(h), `hides ${h} in ${out}`)
    for (const k of kept) t.ok(out.includes(k), `keeps ${k} in ${out}`)
  }
}

t.test('AWS service principals and endpoints are AWS names, not customer hosts', async t => {
  const principals = ['ecs-tasks', 'scheduler', 'backup', 'codebuild', 'codepipeline', 'elasticmapreduce', 'pods.eks',
    'vpc-flow-logs', 'delivery.logs', 'apigateway', 'dms', 'config', 'cloudtrail', 'guardduty', 'securityhub', 'batch',
    'pipes', 'bedrock', 'route53', 'logdelivery.elasticloadbalancing']
  for (const p of principals) {
    const host = `${p}.amazonaws.com`
    await check(t, `{"Principal": {"Service": "${host}"}, "Resource": "arn:aws:${p.split('.').pop() ?? ''}:us-east-1:123456789012:x/y"}`,
      ['123456789012'], [`"${host}"`, `arn:aws:${p.split('.').pop() ?? ''}:us-east-1:`], true)
  }
  for (const svc of ['bedrock-runtime', 'git-codecommit', 'xray', 'elasticloadbalancing', 'autoscaling', 'organizations',
    'streams.dynamodb', 'elasticfilesystem', 'email-smtp', 'runtime.sagemaker']) {
    const host = `${svc}.eu-west-1.amazonaws.com`
    await check(t, `SMTP_HOST=${host}\nhttps://${host}/ and com.amazonaws.eu-west-1.${svc}\tInterface`, [], [host, `com.amazonaws.eu-west-1.${svc}\t`])
  }
  await check(t, 'China: ecs-tasks.amazonaws.com.cn and xray.cn-north-1.amazonaws.com.cn', [], ['ecs-tasks.amazonaws.com.cn', 'xray.cn-north-1.amazonaws.com.cn'])
})

t.test('customer parts of AWS hosts are still masked', async t => {
  await check(t, 'see acme-exports.s3.amazonaws.com and acme.logs.s3.eu-west-1.amazonaws.com', ['acme-exports', 'acme.logs'], ['.s3.amazonaws.com', '.s3.eu-west-1.amazonaws.com'])
  await check(t, 'db at prod-db.c9akciq32.us-east-1.rds.amazonaws.com:5432', ['prod-db', 'c9akciq32'], ['.us-east-1.rds.amazonaws.com'])
  await check(t, 'GET https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod', ['a1b2c3d4e5'], ['.execute-api.eu-west-1.amazonaws.com'])
  await check(t, 'pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:1', ['123456789012', 'team/app'], ['.dkr.ecr.us-east-1.amazonaws.com'])
  await check(t, 'host ec2-54-12-13-14.compute-1.amazonaws.com', ['54-12-13-14'], ['.compute-1.amazonaws.com'])
  await check(t, 'elb my-alb-1234567890.eu-west-1.elb.amazonaws.com', ['my-alb-1234567890'], ['.eu-west-1.elb.amazonaws.com'])
  // a label made of digits or an id before amazonaws.com is no service name
  await check(t, 'odd 210987654321.amazonaws.com and vpce-0a1b2c3d4e5f67890.amazonaws.com', ['210987654321', 'vpce-0a1b2c3d4e5f67890'], [])
  // Elastic Beanstalk puts the customer label right before the region
  await check(t, 'env acme-web.us-east-1.elasticbeanstalk.com', ['acme-web'], ['.us-east-1.elasticbeanstalk.com'])
  // a customer label left of a service endpoint stays masked
  await check(t, 'weird acme-prod.xray.eu-west-1.amazonaws.com', ['acme-prod'], ['xray.eu-west-1.amazonaws.com'])
})

t.test('ElastiCache reader and primary endpoints: master. and replica. are AWS labels', async t => {
  const text = '{"PrimaryEndpoint": {"Address": "master.kiln-sessions-prod.x7q2zd.euw2.cache.amazonaws.com"}, ' +
    '"ReaderEndpoint": {"Address": "replica.kiln-sessions-prod.x7q2zd.euw2.cache.amazonaws.com"}, "CurrentRole": "replica", ' +
    '"ConfigurationEndpoint": "kiln-cfg.x7q2zd.clustercfg.euw2.cache.amazonaws.com"}'
  await check(t, text, ['kiln-sessions-prod', 'x7q2zd', 'kiln-cfg'], ['"master.', '"replica.', '"replica"', '.clustercfg.euw2.cache.amazonaws.com'], true)
  // only as the first label, and only of a cache endpoint
  await check(t, 'node kiln-replica.x7q2zd.euw2.cache.amazonaws.com', ['kiln-replica', 'x7q2zd'], ['.euw2.cache.amazonaws.com'])
  await check(t, 'db replica.x7q2zd.us-east-1.rds.amazonaws.com', ['replica.', 'x7q2zd'], ['.us-east-1.rds.amazonaws.com'])
})

t.test('fields whose name says the value is a customer name', async t => {
  const fields: Array<[string, string]> = [
    ['PrincipalName', 'legacy-sftp-uploader'], ['resourceName', 'condor-legacy-ftp'], ['IamInstanceProfile', 'gannet-emr-ec2-profile'],
    ['jobName', 'gannet-nightly-reconcile-20250209'], ['JobName', 'kiln-settlements-compaction'], ['WorkGroup', 'kiln-analysts'],
    ['connectionName', 'kite-fra-dx-primary'], ['virtualInterfaceName', 'kite-transit-vif'], ['AlarmName', 'wren-checkout-degraded'],
    ['ConsumerName', 'ibis-sessionizer-efo'], ['IdentityStoreId', 'd-95671a2b3c'], ['table', 'fjord-thumbnails'], ['DYNAMO_TABLE', 'quokka-bookings']
  ]
  for (const [key, value] of fields) {
    await check(t, `{"${key}": "${value}", "Status": "ok"}`, [value], [`"${key}"`], true)
    await check(t, `  ${key}: ${value}\n`, [value], [`${key}: `])
  }
  await check(t, 'env:\n  ORDERS_TABLE: acme-orders\n  SESSIONS_TABLE=acme-sessions\n', ['acme-orders', 'acme-sessions'], ['ORDERS_TABLE: '])
  // a word under an everyday key, and AWS's own names, are no customer names
  await check(t, '{"level":"INFO","table":"users","message":"ok"}', [], ['"table":"users"'], true)
  await check(t, '{"WorkGroup": "primary", "Stable": "yes", "readable": "x-1"}', [], ['"primary"', '"yes"', '"x-1"'], true)
})

t.test('namespaces of AWS, X-Ray and Kubernetes are kept; customer ones are masked', async t => {
  const text = '{"subsegments":[{"namespace":"aws","name":"DynamoDB"},{"namespace":"remote","name":"api"}],' +
    '"aws":{"account_id":"123456789012"},"resource":"arn:aws:lambda:us-east-1:123456789012:function:f-1"}'
  await check(t, text, ['123456789012'], ['"namespace":"aws"', '"namespace":"remote"', '"aws":{"account_id"', 'arn:aws:lambda:us-east-1:'], true)
  await check(t, 'namespace: kube-system\nnamespace: default\nnamespace: kube-node-lease\n', [], ['kube-system', 'default', 'kube-node-lease'])
  await check(t, 'namespace: payments-prod\n', ['payments-prod'], ['namespace: '])
})

t.test('user names that are AWS literals: docker login --username AWS', async t => {
  await check(t, 'aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    ['123456789012'], ['--username AWS --password-stdin'])
  await check(t, 'aws iam create-login-profile --user-name deploy-bot', ['deploy-bot'], ['--user-name '])
  await check(t, '{"UserName": "aws-ops"}', ['aws-ops'], ['"UserName"'], true)
})

t.test('password fields: a password is masked, a YES/NO flag is kept', async t => {
  await check(t, "Access denied for user 'app'@'localhost' (using password: YES)", [], ['(using password: YES)'])
  await check(t, 'Access denied (using password: NO)', [], ['(using password: NO)'])
  await check(t, 'password: Yes-2025!x\nPGPASSWORD=hunter2xyz', ['Yes-2025!x', 'hunter2xyz'], ['password: '])
})

t.test('SMTP_PASS and other *_PASS keys hold passwords; bypass and compass do not', async t => {
  const secret = 'BPx7Lm2Vb9Nc4Zt1Wy8Pd5Fg3Hj6Kl0Rs9Tu2Vw5Xy8Za'
  await check(t, `SMTP_USER=AKIAIOSFODNN7EXAMPLE\nSMTP_PASS=${secret}\n`, [secret, 'AKIAIOSFODNN7EXAMPLE'], ['SMTP_PASS='])
  await check(t, '{"dbPass": "s3cr3t-Pa55", "db-pass": "other-Pa55"}', ['s3cr3t-Pa55', 'other-Pa55'], ['"dbPass"'], true)
  await check(t, 'PROXY_BYPASS=internal-tools\ncompass: north-2\n{"pass": 6324, "fail": 4}', [], ['PROXY_BYPASS=internal-tools', 'compass: north-2', '"pass": 6324'])
})

t.test('idempotency tokens (RequestToken, ClientToken) are no secrets; other tokens stay masked', async t => {
  const uuid = '7c9e1b3d-5f24-4680-a1c3-e5b7d9f2a4c6'
  await check(t, `(RequestToken: ${uuid}, HandlerErrorCode: InvalidRequest)`, [], [`RequestToken: ${uuid}`])
  await check(t, `{"ClientToken": "${uuid}", "ClientRequestToken": "Console-CreateStack-1"}`, [], [uuid, 'Console-CreateStack-1'], true)
  await check(t, `{"apiToken": "${uuid}", "access_token": "ya29Ab3Xc9Df"}`, [uuid, 'ya29Ab3Xc9Df'], ['"apiToken"'], true)
})

t.test('12-digit counters and measures are not account ids', async t => {
  await check(t, '{"ShardId": "shardId-000000000000"}, {"ShardId": "shardId-000000000001"}, destinationId-000000000001',
    [], ['shardId-000000000000', 'shardId-000000000001', 'destinationId-000000000001'])
  await check(t, '{"logGroupName": "/x", "storedBytes": 412002286110, "sizeInBytes" : 512002286110}\ntotal=612002286110',
    [], ['"storedBytes": 412002286110', '"sizeInBytes" : 512002286110', 'total=612002286110'])
  // account ids glued by a dash to a name, or under other keys, stay masked
  await check(t, 'staging at cdk-hnb659fds-assets-123456789012-us-east-1, "OwnerId": 210987654321, account=310987654321, Id-410987654321',
    ['123456789012', '210987654321', '310987654321', '410987654321'], ['cdk-hnb659fds-assets-'])
})

t.test('a console link under a secret key is a link, not the secret; other URLs there stay masked', async t => {
  await check(t, '- Secret: https://us-east-2.console.aws.amazon.com/secretsmanager/secret?name=heron%2Fprod%2Fsigning-key&region=us-east-2',
    ['signing-key'], ['Secret: https://us-east-2.console.aws.amazon.com/secretsmanager/secret?name='])
  await check(t, 'WEBHOOK_SECRET=https://hooks.slack.com/services/T0001/B0002/XyZ123abc\nclient_secret: https://x.console.aws.amazon.com.attacker.io/Ab12Cd34',
    ['XyZ123abc', 'Ab12Cd34'], ['WEBHOOK_SECRET='])
})

t.test('addresses inside file names joined by _ are masked', async t => {
  await check(t, 'AWSLogs/x/123456789012_elasticloadbalancing_eu-central-1_app.web.50dc6c495c0c9188_20250212T0615Z_10.60.1.5_2k9xq7mz.log.gz',
    ['10.60.1.5', '123456789012'], ['_20250212T0615Z_', '_2k9xq7mz.log.gz'])
  await check(t, 'dump_203.0.113.9.tar and heap_172.16.4.20_1.hprof', ['203.0.113.9', '172.16.4.20'], ['dump_', '.tar', 'heap_', '_1.hprof'])
  // versions and special addresses stay
  await check(t, 'lib_1.2.3.4_x and bind_0.0.0.0_8080 and v_127.0.0.1_', [], ['lib_1.2.3.4_x', 'bind_0.0.0.0_8080', 'v_127.0.0.1_'])
})

t.test('EKS OIDC issuer: the cluster id after /id/ is masked like the endpoint label it also is', async t => {
  const id = '9A1C3E5B7D2F40688F0A2C4E6B8D1F3A'
  await check(t, `issuer https://oidc.eks.eu-west-2.amazonaws.com/id/${id}\n"oidc.eks.us-east-1.amazonaws.com/id/${id}:sub": "system:serviceaccount:x:y"`,
    [id], ['https://oidc.eks.eu-west-2.amazonaws.com/id/', '"oidc.eks.us-east-1.amazonaws.com/id/'])
  await check(t, 'jwks https://oidc.eks.eu-west-2.amazonaws.com/keys and https://sts.amazonaws.com/id/x', [], ['oidc.eks.eu-west-2.amazonaws.com/keys', 'sts.amazonaws.com/id/x'])
})

t.test('a version word before an address must stand alone; node and python name no version of four parts', async (t) => {
  await check(t, 'AKIAIOSFODNN7EXAMPLV  10.1.2.3', ['10.1.2.3', 'AKIAIOSFODNN7EXAMPLV'], [])
  await check(t, 'nodeV 10.1.2.4 and dev 10.1.2.5', ['10.1.2.4', '10.1.2.5'], ['nodeV', 'dev'])
  await check(t, 'kubelet on node 10.1.2.6 is NotReady; python 10.1.2.7', ['10.1.2.6', '10.1.2.7'], ['node ', 'python '])
  await check(t, 'version 10.1.2.8, v10.1.2.9, release: 10.2.3.4, engine 8.0.35.1', [], ['10.1.2.8', 'v10.1.2.9', '10.2.3.4', '8.0.35.1'])
})
