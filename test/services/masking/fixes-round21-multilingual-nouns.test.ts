// Round 21: a hand-over in several languages: Japanese nouns glued to their service word
// (`Lambda関数 x`, `S3バケット x`, `DynamoDBテーブル x`, `IAMロール x`), the French `compartiment S3 x`,
// the Spanish `el rol x`, the Portuguese `a fila x` left the names in clear. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Japanese nouns', async (tt) => {
  tt.same(found('Lambda関数 acme-jp-notifier は ap-northeast-1 で動いています。'), ['lambda_function:acme-jp-notifier'])
  tt.same(found('S3バケット acme-jp-assets のバージョニング'), ['s3_bucket:acme-jp-assets'])
  tt.same(found('DynamoDBテーブル acme-jp-orders のキャパシティ'), ['dynamodb_table:acme-jp-orders'])
  tt.same(found('IAMロール acme-jp-role に ses:SendEmail を追加'), ['iam_role:acme-jp-role'])
  tt.same(found('SQSキュー acme-jp-jobs と SNSトピック acme-jp-alerts'), ['sqs_queue:acme-jp-jobs', 'sns_topic:acme-jp-alerts'])
  tt.same(found('ロールバックとテーブル設計、インスタンスタイプは m5.large'), [], 'katakana words that only start like a noun')
})

t.test('French, Spanish, Portuguese nouns', async (tt) => {
  tt.same(found('Le compartiment S3 acme-ledger-archive est en Glacier Deep Archive'), ['s3_bucket:acme-ledger-archive'])
  tt.same(found('El rol acme-sessions-api solo debería'), ['iam_role:acme-sessions-api'])
  tt.same(found('A fila acme-thumbnail-jobs tem uma DLQ'), ['sqs_queue:acme-thumbnail-jobs'])
  tt.same(found('la fila 3 de la tabla'), [])
})
