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
