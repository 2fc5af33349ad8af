// A KMS alias's name outside an ARN went out in clear: `aws kms list-aliases` (`"AliasName":
// "alias/orders-ddb"`), prose (`KMS key alias/bw-prod-data`); AWS's own `alias/aws/...` stay.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

const store = createMemoryStore({ maxMappings: 100_000 })
const masker = createMasker({ store })
t.teardown(() => store.close())

t.test('KMS alias names are masked wherever they stand; AWS-managed aliases and paths stay', async (t) => {
  for (const [text, name] of [
    ['{"Aliases": [{"AliasName": "alias/orders-ddb", "TargetKeyId": "x"}]}', 'orders-ddb'],
    ['KMS key alias/bw-prod-data was not involved', 'bw-prod-data'],
    ['  AliasName: alias/orders/prod-key', 'orders/prod-key'],
    ['encrypted with alias/payroll.', 'payroll']
  ]) {
    const scope = await masker.openScope()
    try {
      const masked = await scope.maskText(text)
      t.notOk(masked.includes(name), masked)
      t.match(masked, /alias\/RESOURCE_NAME_1/, masked)
      t.equal(scope.unmaskText(masked), text)
    } finally { await scope.release() }
  }
  const scope = await masker.openScope()
  try {
    const kept = 'default keys alias/aws/s3 and alias/aws/ebs; nginx conf in /etc/nginx/alias/site'
    t.equal(await scope.maskText(kept), kept)
  } finally { await scope.release() }
})
