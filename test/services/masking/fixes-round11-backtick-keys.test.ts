// A key in a markdown code span (`` `DB_PASSWORD`: `hunter2-Secret` ``, `` `BucketName` = `x` ``, a
// table row `` | `DB_PASSWORD` | `x` | ``) was no key: the closing backtick stood between it and
// its separator, and the value went out in clear. The backtick now closes a key as a quote does;
// a header row of code spans (`` | `RoleName` | `Arn` | ``) stays a header.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a code span key, then its separator', async tt => {
  tt.same(found('`DB_PASSWORD`: `hunter2-Secret`'), ['connection_secret:hunter2-Secret'])
  tt.same(found('- `DB_PASSWORD` = `hunter2-Secret`'), ['connection_secret:hunter2-Secret'])
  tt.same(found('Set `DB_PASSWORD`=`hunter2-Secret` in the env.'), ['connection_secret:hunter2-Secret'])
  tt.same(found('`password`: hunter2-Secret'), ['connection_secret:hunter2-Secret'])
  tt.same(found('`AWS_SECRET_ACCESS_KEY` = `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPL`'), ['secret_access_key:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPL'], 'not 40 chars: found by its key')
  tt.same(found('`BucketName`: `acme-exports-prod`'), ['s3_bucket:acme-exports-prod'])
})

t.test('a table row of code spans', async tt => {
  tt.same(found('| Variable | Value |\n|---|---|\n| `DB_PASSWORD` | `hunter2-Secret` |'), ['connection_secret:hunter2-Secret'])
  tt.same(found('| `RoleName` | `ci-deployer` |'), ['iam_role:ci-deployer'])
  tt.same(found('| `RoleName` | `Arn` |'), [], 'a header row')
})

t.test('kept: code spans that are no key of a value', async tt => {
  tt.same(found('The `function`: `get_weather` is called'), [])
  tt.same(found('`password`: `<your-password>`'), [], 'a placeholder')
  tt.same(found('Run `aws s3 ls` then `cat out.txt`'), [])
})

t.test('masked and restored', async tt => {
  const masked = await maskedWithRoundTrip('Set these:\n- `DB_PASSWORD`: `hunter2-Secret`\n- `AWS_SECRET_ACCESS_KEY` = `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`\n')
  tt.notMatch(masked, /hunter2|wJalr/)
})
