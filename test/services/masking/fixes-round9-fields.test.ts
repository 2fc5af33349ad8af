// Red team round 9 (test/fixtures/blackbox-8/): Shield's `LogBucketList` (a `...List` of a name
// field) left its buckets in clear; a redacted or placeholder password in a URL (`********` of a
// trufflehog report, `${DB_PASSWORD}`) was masked as a password; under WAF's `Name` the HTTP
// header names of a sampled request (`user-agent`) and AWS's managed labels were masked as names.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

t.test('a list field of a name field holds names', async tt => {
  tt.same(found('"DRTAccess": { "RoleArn": "x", "LogBucketList": [ "halvard-waf-logs-euc1" ] }'), ['s3_bucket:halvard-waf-logs-euc1'], 'flat text')
  const { scope, close } = await openScope()
  tt.teardown(close)
  tt.notOk(JSON.stringify(await scope.maskJson({ LogBucketList: ['halvard-waf-logs-euc1'] })).includes('halvard-waf-logs-euc1'), 'parsed JSON')
  tt.same(found('"AllowList": ["x-1"]'), [], 'other lists')
})

t.test('a password that stands for one stays in a URL; a real one is masked', async tt => {
  tt.same(found('postgres://ledger_dev:********@db.internal:5432/ledger'), ['hostname:db.internal'], 'redacted')
  tt.same(found('redis://:$REDIS_PASS@10.0.0.7:6379'), ['ipv4_private:10.0.0.7'], 'a variable')
  tt.same(found('mysql://u:<password>@10.0.0.5/x'), ['ipv4_private:10.0.0.5'], 'a placeholder')
  tt.same(found('postgres://app:S3cr3t!@db.internal:5432/app'), ['connection_secret:S3cr3t!', 'hostname:db.internal'], 'a password')
  tt.same(found('postgres://a:***x@db.internal/'), ['connection_secret:***x', 'hostname:db.internal'], 'stars and more')
})

t.test('HTTP header names and AWS labels under Name stay; names do not', async tt => {
  tt.same(found('{ "Name": "user-agent", "Value": "python-requests/2.32.3" }, { "Name": "X-Forwarded-For", "Value": "10.42.3.18" }'),
    ['ipv4_private:10.42.3.18'], 'headers')
  tt.same(found('{ "Name": "awswaf:managed:aws:sql-database:SQLi_Body" }'), [], 'a managed label')
  tt.same(found('{ "Name": "awswaf:281979335852:webacl:halvard-edge-acl:ratelimit-exceeded" }, {"Name": "x-ray-daemon"}'),
    ['resource_name:awswaf:281979335852:webacl:halvard-edge-acl:ratelimit-exceeded', 'resource_name:x-ray-daemon'], 'a customer label, a name')
})
