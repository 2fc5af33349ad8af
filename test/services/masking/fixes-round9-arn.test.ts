// Red team round 9 (probes after test/fixtures/blackbox-8/): an ARN that ends a YAML flow list
// (`args: [..., --role-arn, arn:aws:iam::...:role/x]`, a kubeconfig) took the `]` into its last
// name: the model saw `role/IAM_ROLE_1` with the list left open, and the same role elsewhere got
// another token.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the `]` closing a list stays out of the ARN', async tt => {
  tt.same(found('args: [--region, eu-west-1, --role-arn, arn:aws:iam::970168636543:role/halvard-eks-admin]'),
    ['account_id:970168636543', 'iam_role:halvard-eks-admin'])
  tt.same(found('[arn:aws:sns:eu-west-1:970168636543:halvard-alerts].'), ['account_id:970168636543', 'sns_topic:halvard-alerts'], 'and a full stop')
  const masked = await maskedWithRoundTrip('args: [--role-arn, arn:aws:iam::970168636543:role/halvard-eks-admin]')
  tt.ok(masked.endsWith(']'), masked)
})

t.test('brackets inside an ARN stay in it', async tt => {
  tt.same(found('arn:aws:s3:::halvard-x-1/logs[1].txt'), ['s3_bucket:halvard-x-1'])
})
