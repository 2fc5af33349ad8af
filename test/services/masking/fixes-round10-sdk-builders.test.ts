// SDK builders name a field by a method: Java SDK v2 `GetItemRequest.builder().tableName("x")`,
// `.bucket("x")`, `.functionName("x")`, v1 `.withBucketName("x")`, the enhanced client's
// `.table("x", TableSchema...)`, Rust `.table_name("x")`, `.secret_id("x")`: the names went out in
// clear. A list of secrets (ElastiCache / MemoryDB users' `Passwords: [...]`, Terraform's
// `passwords = [...]`) was not read either. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('builder methods of name and secret fields', async (tt) => {
  const cases: Array<[string, string]> = [
    ['GetItemRequest.builder().tableName("tessaro-orders-v3").key(key).build()', 'dynamodb_table:tessaro-orders-v3'],
    ['PutObjectRequest.builder().bucket("tessaro-invoice-pdfs-euw1").key("a.pdf").build()', 's3_bucket:tessaro-invoice-pdfs-euw1'],
    ['InvokeRequest.builder().functionName("tessaro-export").build()', 'lambda_function:tessaro-export'],
    ['new GetObjectRequest().withBucketName("tessaro-media-bucket").withKey("k")', 's3_bucket:tessaro-media-bucket'],
    ['enhanced.table("tessaro-orders-v3", TableSchema.fromBean(Order.class))', 'dynamodb_table:tessaro-orders-v3'],
    ['client.get_item().table_name("tessaro-carts-v2").send().await?', 'dynamodb_table:tessaro-carts-v2'],
    ['client.get_secret_value().secret_id("tessaro/checkout/db-master").send()', 'secret_name:tessaro/checkout/db-master'],
    ['DataSource.builder().password("S3cret!pw9").build()', 'connection_secret:S3cret!pw9']
  ]
  for (const [code, expected] of cases) tt.same(found(code), [expected], code)
  tt.same(found('.region("eu-west-1").name("foo").key("abc").table("users"); self.some_method("hello")'), [], 'other methods, and a table named like a word')
  tt.same(found('const b = new sst.aws.Bucket("Uploads", {}); new sst.Secret("StripeKey", x)'), [], 'a construct and its id (capitalised): no builder')
})

t.test('a list of secrets', async (tt) => {
  tt.same(found('"Passwords": ["Mdb-Acl!Pass-4471", "Second!Pw-22"]'), ['connection_secret:Mdb-Acl!Pass-4471', 'connection_secret:Second!Pw-22'])
  const masked = await maskedWithRoundTrip('authentication_mode {\n  type      = "password"\n  passwords = ["Mdb-Acl!Pass-4471"]\n}')
  tt.notOk(masked.includes('Mdb-Acl!Pass-4471'), masked)
})
