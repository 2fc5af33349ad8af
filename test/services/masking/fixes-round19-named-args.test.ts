// Round 19: the Jenkins pipeline step `withAWS(role: 'x', roleAccount: '1234...')` had its key
// `roleAccount` masked as a second role: the prose reader took `role x, roleAccount` for a list of
// names. A code key (no dash nor dot) before its `:` now ends the list.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a named argument after a role is no second role', async (tt) => {
  tt.same(found("withAWS(role: 'ci-deployer', roleAccount: '604218375519', duration: 3600)"),
    ['iam_role:ci-deployer', 'account_id:604218375519'])
  tt.same(found("withAWS(role: 'ci-deployer', roleSessionName: 'jenkins-1') {"), ['iam_role:ci-deployer', 'resource_name:jenkins-1'])
  tt.same(found('the roles ci-deployer, tf-runner and app-x: all three'),
    ['iam_role:ci-deployer', 'iam_role:tf-runner', 'iam_role:app-x'], 'a dashed name before a colon still ends a prose list')
  // a prose list's last name before its colon is still a name, snake_case or not (a property's counterexample)
  tt.same(found('The buckets acme-acme and acme1_1: The buckets'), ['s3_bucket:acme-acme', 's3_bucket:acme1_1'])
  tt.same(found('the tables orders-v2, audit_log: both'), ['dynamodb_table:orders-v2', 'dynamodb_table:audit_log'])
  const masked = await maskedWithRoundTrip("withAWS(role: 'ci-deployer', roleAccount: '604218375519')")
  tt.ok(masked.includes('roleAccount:') && !masked.includes('ci-deployer'))
})
