// JSON text read flat may write a name's chars as `\uXXXX` (`ensure_ascii`, Go's encoder, tools
// escaping a dash): `s3://\u0041bucket/key` and `arn:aws:s3:::\u0041bucket` left the bucket in
// clear (the ARN did not match at all; the URL's authority ended at the backslash), and
// `my\u002dbucket` masked only `my`. An escape inside an ARN's resource or an S3 URI's bucket is
// now the name's, unless it stands for a char that ends it (`\u0022`, a blank, a control).
import t from 'tap'
import { cutsAroundTokens, found, openScope, streamed } from './blackbox-helpers.js'

t.test('an escape at the start of a bucket, or inside it', async tt => {
  tt.same(found('"s3://\\u0041bucket-x/key"'), ['s3_bucket:\\u0041bucket-x'])
  tt.same(found('"arn:aws:s3:::\\u0041bucket-x/key"'), ['s3_bucket:\\u0041bucket-x'])
  tt.same(found('"s3://my\\u002dbucket/key"'), ['s3_bucket:my\\u002dbucket'])
  tt.same(found('"arn:aws:s3:::my\\u002Dbucket"'), ['s3_bucket:my\\u002Dbucket'])
  tt.same(found('"s3:\\/\\/my\\u002dbucket\\/key"'), ['s3_bucket:my\\u002dbucket'], 'escaped slashes too')
  tt.same(found('{\\"u\\": \\"s3://\\\\u0041bucket/k\\"}'), ['s3_bucket:\\\\u0041bucket'], 'JSON in a JSON string')
})

t.test('other ARNs', async tt => {
  tt.same(found('"arn:aws:iam::123456789012:role\\/\\u0041dmin-role"'), ['account_id:123456789012', 'iam_role:\\u0041dmin-role'])
  tt.same(found('"arn:aws:lambda:us-east-1:123456789012:function:\\u0041pi-fn"'), ['account_id:123456789012', 'lambda_function:\\u0041pi-fn'])
})

t.test('an escape that ends the name still ends it', async tt => {
  tt.same(found('"s3://bucket-x\\u0022, y"'), ['s3_bucket:bucket-x'])
  tt.same(found('"arn:aws:s3:::bucket-x\\u0020and more"'), ['s3_bucket:bucket-x'])
  tt.same(found('"arn:aws:iam::123456789012:role/ci\\nnext"'), ['account_id:123456789012', 'iam_role:ci'])
})

t.test('masked, restored and streamed at every cut', async tt => {
  const text = '{"Resource": "arn:aws:s3:::\\u0041cme-exports/*", "Uri": "s3://acme\\u002dlogs/2024/"}'
  const { scope, close } = await openScope()
  tt.teardown(close)
  const masked = await scope.maskText(text)
  tt.notMatch(masked, /cme-exports|logs\//)
  tt.doesNotThrow(() => JSON.parse(masked), 'still JSON')
  await tt.resolves(scope.assertClean(masked), 'the leak check agrees')
  tt.equal(scope.unmaskText(masked), text)
  tt.equal(cutsAroundTokens(masked).find(c => streamed(scope, [masked.slice(0, c), masked.slice(c)], false) !== text), undefined)
})
