// Round 19: an X-Ray segment's `"task_family"` and the OTel resource attribute `aws.ecs.task.family`
// (an ECS task definition's family), and Packer's `ami_name`, stayed in clear.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('task families and AMI names are masked', async (tt) => {
  tt.same(found('"aws":{"ecs":{"container":"x","task_family":"acme-edi-gateway"}}'), ['resource_name:acme-edi-gateway'])
  tt.same(found('{"aws.ecs.task.family":"acme-edi-gateway","cloud.region":"eu-west-1"}'), ['resource_name:acme-edi-gateway'])
  tt.same(found('  ami_name      = "acme-base-al2023-2024"\n'), ['resource_name:acme-base-al2023-2024'])
  const masked = await maskedWithRoundTrip('  tags = { Name = "acme-win-base" }\n  ami_name = "acme-win-base-${local.ts}"\n')
  tt.notOk(masked.includes('acme-win-base'), 'a templated AMI name hides the name it shares with the tag')
})
