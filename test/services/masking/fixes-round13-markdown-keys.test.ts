// Round 13: a key in markdown bold or italics, with or without a code span (`` **`DB_PASSWORD`**: hunter2x ``,
// `**DB_PASSWORD**: x`, `` *`DB_PASSWORD`*: `x` ``): the key-value readers stopped at the `*`s
// between the key and its colon, and the password went out in clear. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the value of a key in emphasis is read as the key says', async tt => {
  for (const text of ['**`DB_PASSWORD`**: hunter2x', '- **DB_PASSWORD**: hunter2x', '- **`DB_PASSWORD`**: `hunter2x`',
    '*`DB_PASSWORD`*: hunter2x', '**`DB_PASSWORD`** : hunter2x.']) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes('hunter2x'), masked)
  }
  tt.same(found('**`bucket`**: acme-logs-1'), ['s3_bucket:acme-logs-1'], 'a name field too')
})

t.test('what stays readable', async tt => {
  tt.same(found('**`AWS_REGION`**: us-east-1'), [], 'a region')
  tt.same(found('**Note**: the password is rotated monthly'), [], 'a label with no field role')
  tt.same(found('**password**: ********'), [], 'a redaction')
})
