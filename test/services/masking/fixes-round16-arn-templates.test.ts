// Round 16: an ARN whose account (or region) is a just, Jinja, Ansible or GitHub Actions expression
// (`arn:aws:iam::{{staging_account}}:role/x`, `${{ secrets.AWS_ACCOUNT_ID }}`) was not read as an ARN:
// the role name went out in clear. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('ARNs with a {{ }} expression for the account', async (tt) => {
  tt.same(found('aws sts assume-role --role-arn arn:aws:iam::{{staging_account}}:role/zentra-staging-deploy \\\n'), ['iam_role:zentra-staging-deploy'])
  tt.same(found('role-to-assume: arn:aws:iam::${{ secrets.AWS_ACCOUNT_ID }}:role/gha-deployer\n'), ['iam_role:gha-deployer'])
  tt.same(found('Resource: arn:aws:dynamodb:{{ region }}:{{ account_id }}:table/orders-v2'), ['dynamodb_table:orders-v2'])
  const text = 'policy_arn: arn:aws:iam::aws:policy/ReadOnlyAccess and {{ account_id }}'
  tt.same(found(text), [], 'AWS\'s own ARN and a bare expression stay')
  const masked = await maskedWithRoundTrip('arn:aws:iam::{{staging_account}}:role/zentra-staging-deploy')
  tt.equal(masked, 'arn:aws:iam::{{staging_account}}:role/IAM_ROLE_1', 'the expression stays readable')
})
