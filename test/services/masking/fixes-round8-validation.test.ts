// Red team round 8 (test/fixtures/blackbox-7/): AWS validation errors quote the bad value and
// name its field (`Value 'x' at 'roleArn' failed to satisfy constraint`); a role name given where
// an ARN was due was left in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the value of a naming field in a validation error is masked', async tt => {
  tt.same(found("ValidationError: 1 validation error detected: Value 'corvina-quote-api-task-role' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20"),
    ['iam_role:corvina-quote-api-task-role'], 'a name for an ARN field')
  tt.same(found("Value 'corvina-tariffs' at 'createTableInput.tableName' failed to satisfy constraint"), ['dynamodb_table:corvina-tariffs'], 'a nested field path')
  tt.same(found("Value 'arn:aws:iam::568182566734:role/x-y' at 'roleArn' failed to satisfy constraint"),
    ['account_id:568182566734', 'iam_role:x-y'], 'an ARN: the scanner\'s, as before')
  const masked = await maskedWithRoundTrip("Value 'corvina-quote-api-task-role' at 'roleArn' failed to satisfy constraint")
  tt.ok(!masked.includes('corvina-quote-api-task-role') && masked.includes("at 'roleArn' failed"), masked)
})

t.test('values of other fields, and other sentences, stay', async tt => {
  tt.same(found("Value '9000' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000"), [], 'a number')
  tt.same(found("Value 'PAY_PER_REQUESTS' at 'billingMode' failed to satisfy constraint"), [], 'an enum field')
  tt.same(found("Value 'orders v2!' at 'tableName' failed to satisfy constraint"), [], 'not a name shape')
  tt.same(found("Value 'x' at the end"), [], 'prose')
})
