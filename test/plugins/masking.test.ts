import t from 'tap'
import { randomUUID } from 'node:crypto'
import { buildTestApp } from '../helpers/build-app.js'
import { MappingLimitError } from '../../services/masking/index.js'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

t.test('app.masker masks and restores with the real detector, metrics in the app registry', async (t) => {
  const app = await buildTestApp(t)
  const scope = await app.masker.openScope()
  const masked = await scope.maskText('instance i-0a1b2c3d4e5f67890 in sg-0123456789abcdef0')
  t.notMatch(masked, /i-0a1b2c3d4e5f67890|sg-0123456789abcdef0/)
  t.match(masked, /EC2_INSTANCE_1.*SECURITY_GROUP_1/)
  t.equal(scope.unmaskText(masked), 'instance i-0a1b2c3d4e5f67890 in sg-0123456789abcdef0')
  await scope.release()
  const text = await app.metrics.registry.metrics()
  t.match(text, /aws_masker_masked_entities_total\{kind="ec2_instance"\} 1/)
  t.match(text, /aws_masker_store_entries 0/)
  t.match(text, /aws_masker_mask_duration_seconds_count 1/)
})

t.test('config drives the cap and secret restoration', async (t) => {
  const app = await buildTestApp(t, { MASK_MAX_MAPPINGS: '2', MASK_RESTORE_SECRETS: 'false' })
  const scope = await app.masker.openScope()
  await t.rejects(scope.maskText('i-0a1b2c3d4e5f67890 i-0a1b2c3d4e5f67891 i-0a1b2c3d4e5f67892'), MappingLimitError)
  const masked = await scope.maskText('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
  t.notMatch(masked, /wJalrXUtnFEMI/)
  t.equal(scope.unmaskText(masked), masked, 'the secret stays one-way')
  await scope.release()
})

t.test('named scopes survive between requests of one app', async (t) => {
  const app = await buildTestApp(t)
  const id = randomUUID()
  const first = await app.masker.openScope({ id })
  const masked = await first.maskText('vpc-0a1b2c3d4e5f67890')
  await first.release()
  const second = await app.masker.openScope({ id })
  t.equal(second.unmaskText(masked), 'vpc-0a1b2c3d4e5f67890')
  await second.release()
})

t.test('with REDIS_URL, two replicas share named scopes; per-request scopes stay local', async (t) => {
  const env = { REDIS_URL, MASK_SCOPE_TTL_MS: '60000' }
  const replicaA = await buildTestApp(t, env)
  const replicaB = await buildTestApp(t, env)
  const id = randomUUID()
  const onA = await replicaA.masker.openScope({ id })
  const masked = await onA.maskText('subnet-0a1b2c3d4e5f67890 and 10.0.3.7')
  await onA.release()
  const onB = await replicaB.masker.openScope({ id })
  t.equal(onB.unmaskText(masked), 'subnet-0a1b2c3d4e5f67890 and 10.0.3.7', 'replica B restores what A masked')
  t.equal(await onB.maskText('10.0.3.7'), masked.split(' and ')[1], 'and gives the same token to the same value')
  await onB.release()
  const perRequest = await replicaA.masker.openScope()
  await perRequest.maskText('subnet-0ffffffffffffffff')
  await perRequest.release()
  t.match(await replicaA.metrics.registry.metrics(), /aws_masker_masked_entities_total\{kind="subnet"\} 2/)
})
