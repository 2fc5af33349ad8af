// Round 13: names after their nouns in forms the prose property found going out in clear: bold
// code (`**\`x\`**`), `a/b` lists after a plural noun (and a name before its path after a singular
// one), `distribution(s)`, and a name of exactly 40 characters (taken for a secret key's length).
// Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string[]]> = [
  ['The DynamoDB table **`orders-v2`** is throttled.', ['orders-v2']],
  ['1. Kinesis stream **`clicks.v2`** - done', ['clicks.v2']],
  ['the bucket *`acme-exports`* is public', ['acme-exports']],
  ['Check ECR repos **`api-server`** and **`web_ui.v2`**.', ['api-server', 'web_ui.v2']],
  ['buckets app-static-assets/user-uploads were emptied', ['app-static-assets', 'user-uploads']],
  ['the DB instances orders-pg-01/orders-pg-02/orders-pg-03 rebooted', ['orders-pg-01', 'orders-pg-02', 'orders-pg-03']],
  ['the clusters **payments-eks**/**search-eks-2** are out of date', ['payments-eks', 'search-eks-2']],
  ['role ci-deployer/session-1 assumed', ['ci-deployer']],
  ['the bucket acme-data-raw/2024/01/ prefix', ['acme-data-raw']],
  ['We deleted the distribution web-cdn-prod (see the console).', ['web-cdn-prod']],
  ['the CloudFront distributions web-cdn-prod and media-cdn-2 serve stale objects', ['web-cdn-prod', 'media-cdn-2']],
  ['the S3 bucket acme-payroll-exports-2024-q4-archive-eu1 is public', ['acme-payroll-exports-2024-q4-archive-eu1']]
]

t.test('these names are hidden and restored', async (tt) => {
  for (const [text, values] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    for (const value of values) tt.notOk(masked.includes(value), `${value} in ${masked}`)
  }
})

t.test('what stays readable', async (tt) => {
  tt.same(found('the bucket policy/ACL and the distribution settings'), [], 'the nouns alone')
  tt.same(found('the function api/v1 handler'), [], 'a path of words')
  tt.same(found('buckets us-east-1/eu-west-1'), [], 'regions')
  tt.same(found('the bucket wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), ['secret_access_key:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'], 'a 40-char key is still a key')
})
