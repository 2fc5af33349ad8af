// A Terraform plan's `role = "x"` in an IAM role policy, attachment or instance profile went out
// in clear (and with it the role half of the inline policy's id `role:policy`): `role` is a chat
// and tool field elsewhere, so it names the role only inside such a resource's open block.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

t.test('role = "x" inside an IAM resource block is the role', async (t) => {
  const masked = roundTripMasker(t)
  const plan = [
    '-/+ resource "aws_iam_role_policy" "lambda_exec" {',
    '      ~ id     = "ledger-sync-exec:ledger-sync-inline" -> (known after apply)',
    '        name   = "ledger-sync-inline"',
    '      ~ policy = jsonencode(',
    '          ~ { Statement = [ { Effect = "Allow" } ] }',
    '        )',
    '        role   = "ledger-sync-exec"',
    '    }'
  ].join('\n')
  const out = await masked(plan)
  t.notOk(out.includes('ledger-sync-exec'), out)
  t.match(out, /role {3}= "IAM_ROLE_1"/)
  for (const type of ['aws_iam_role_policy_attachment', 'aws_iam_instance_profile']) {
    const tf = `resource "${type}" "web" {\n  role       = "web-ec2-role"\n  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"\n}\n`
    t.equal(await masked(tf), tf.replace('web-ec2-role', 'IAM_ROLE_1'))
  }
})

t.test('role elsewhere stays: chat roles, closed blocks, other resources, expressions', async (t) => {
  const masked = roundTripMasker(t)
  for (const text of [
    'messages = [{ role = "user-1", content = "hi" }]',
    'resource "aws_iam_instance_profile" "web" {\n  role = aws_iam_role.web.name\n}\nclient.create(role = "user-1")',
    'resource "aws_iam_instance_profile" "web" {\n  role = aws_iam_role.web.name\n}\nresource "kubernetes_role_binding" "x" {\n  role = "view-only-1"\n}',
    'role="ops-admin-1" level=info msg="assumed"'
  ]) t.equal(await masked(text), text)
})
