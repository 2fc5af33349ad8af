// Round 15: RDS's own database roles (`rds_iam`, `rds_superuser`, `rdsadmin`) read as IAM users
// in prose (`the IAM policy for rds_iam users`) were masked, and then everywhere else too.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('RDS\'s database roles stay readable', async (tt) => {
  const text = 'The IAM policy for rds_iam users must allow rds-db:connect.\n ledger_app | t | 200 | rds_iam\n'
  tt.same(found(text), [])
  tt.equal(await maskedWithRoundTrip(text), text)
  tt.same(found('"UserName": "rdsadmin"'), [])
  tt.same(found('the IAM policy for app_reader users'), ['iam_user:app_reader'], 'a customer\'s user is still masked')
})
