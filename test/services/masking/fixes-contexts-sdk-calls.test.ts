// SDK code named resources in clear: boto3's `dynamodb.Table("x")` (only `Bucket` and `Object`
// were read, by the length of the word before `(`), `iam.Role("x")`, the Java SDK's
// `dynamoDB.getTable("x")` and `s3.getObject("bucket", key)`, and Go's `TableName: aws.String("x")`.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('boto3 resource constructors name their resource, on any line', async tt => {
  tt.same(found('ddb = boto3.resource("dynamodb").Table("orders-ledger-v3")'), ['dynamodb_table:orders-ledger-v3'])
  tt.same(found('x = 1\nddb = boto3.resource("dynamodb").Table("orders-ledger-v3")'), ['dynamodb_table:orders-ledger-v3'], 'after a line')
  tt.same(found('x = 1\nb = s3.Bucket("orders-ledger-v3")'), ['s3_bucket:orders-ledger-v3'])
  tt.same(found('t = dynamodb.Table("orders")'), ['dynamodb_table:orders'], 'a plain word: the call says what it is')
  tt.same(found('r = iam.Role("ci-deployer")\nu = iam.User("alice")'), ['iam_role:ci-deployer', 'iam_user:alice'])
  tt.same(found('o = s3.Object("acme-exports", "a/b.csv")'), ['s3_bucket:acme-exports'])
  const masked = await maskedWithRoundTrip('table = boto3.resource("dynamodb").Table("orders-ledger-v3")\n')
  tt.notOk(masked.includes('orders-ledger-v3'))
})

t.test('Java and Go SDK calls', async tt => {
  tt.same(found('Table table = dynamoDB.getTable("orders-ledger-v3");'), ['dynamodb_table:orders-ledger-v3'])
  tt.same(found('S3Object o = s3.getObject("acme-exports", "a/b.csv");'), ['s3_bucket:acme-exports'])
  tt.same(found('input := &dynamodb.GetItemInput{\n\tTableName: aws.String("orders-ledger-v3"),\n}'), ['dynamodb_table:orders-ledger-v3'])
  tt.same(found('Bucket: aws.String("acme-exports"),'), ['s3_bucket:acme-exports'])
})

t.test('code and other libraries stay', async tt => {
  tt.same(found('users = sa.Table("users", metadata, Column("id"))'), [], 'SQLAlchemy: more arguments')
  tt.same(found('tbl = dynamodb.Table(TABLE_NAME)'), [], 'a variable')
  tt.same(found('Bucket: aws.String(bucket),\nQueueName: aws.String(os.Getenv("Q")),'), [], 'Go variables and calls')
  tt.same(found('t = Table("Title")'), [], 'not a method call')
  tt.same(found('dynamodb.Table("us-east-1")'), [], 'an AWS value')
})
