// Round 11: tables with a header row of column titles (`aws ... --output table` over a list of
// flat objects, Steampipe and psql-with-borders results, markdown tables) put a name under its
// column's title, rows below: `| user_name | ... |` then `| kestrel-legacy-ftp | ... |` (psql:
// ` user_name | status` over `-----+-----`, no outer `|`). Only the
// key/value rows of the CLI's tables (`|  UserName  |  x  |`) were read, so a name in a column
// went out in clear unless it also stood where a context names it. The cells under a naming
// column are read as that field's values, like a CSV column. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const STEAMPIPE = [
  '+--------------------+----------------------+--------+',
  '| user_name          | access_key_id        | status |',
  '+--------------------+----------------------+--------+',
  '| kestrel-legacy-ftp | AKIAZ2QX7M4KV9TN3RBC | Active |',
  '| kestrel-backup-bot | AKIAZ2QX7M4KV9TN3RBD | Active |',
  '+--------------------+----------------------+--------+',
  ''
].join('\n')

const CLI = [
  '-------------------------------------------------',
  '|                   ListUsers                   |',
  '+-----------------------------------------------+',
  '||                    Users                    ||',
  '|+------------------------+-------+----------------+|',
  '||       CreateDate       | Path  |    UserName    ||',
  '|+------------------------+-------+----------------+|',
  '||  2024-01-02T03:04:05Z  |  /    |  alice-admin   ||',
  '||  2024-02-03T04:05:06Z  |  /    |  ci-deployer   ||',
  '|+------------------------+-------+----------------+|',
  ''
].join('\n')

const PSQL = [
  'reporting=> select usename, valuntil from pg_user;',
  '     user_name      | status | created',
  '--------------------+--------+------------',
  ' kestrel-legacy-ftp | Active | 2024-06-18',
  ' ci-bot-reporting   | Active | 2025-01-02',
  '(2 rows)',
  '',
  ' status | user_name',
  '--------+-------------------',
  ' Active | tamarind-etl-user',
  ''
].join('\n')

const MARKDOWN = [
  '| FunctionName | Runtime | Memory |',
  '|---|---|---|',
  '| `orders-sync` | python3.12 | 512 |',
  '| invoice-render | nodejs20.x | 1024 |',
  ''
].join('\n')

t.test('names under a naming column are hidden and restored', async (tt) => {
  for (const [what, text, hidden, kept] of [
    ['Steampipe', STEAMPIPE, ['kestrel-legacy-ftp', 'kestrel-backup-bot', 'AKIAZ2QX7M4KV9TN3RBC'], ['| user_name          | access_key_id        | status |', '| Active |']],
    ['aws --output table', CLI, ['alice-admin', 'ci-deployer'], ['UserName', '2024-01-02T03:04:05Z']],
    ['psql', PSQL, ['kestrel-legacy-ftp', 'ci-bot-reporting', 'tamarind-etl-user'], ['     user_name      | status | created', '(2 rows)', ' status | user_name']],
    ['markdown', MARKDOWN, ['orders-sync', 'invoice-render'], ['| FunctionName | Runtime | Memory |', 'python3.12', 'nodejs20.x', '`']]
  ] as Array<[string, string, string[], string[]]>) {
    const masked = await maskedWithRoundTrip(text)
    for (const value of hidden) tt.notOk(masked.includes(value), `${what}: hides ${value}\n${masked}`)
    for (const value of kept) tt.ok(masked.includes(value), `${what}: keeps ${value}\n${masked}`)
  }
})

t.test('what stays readable', async (tt) => {
  const kv = '|+----------------------------+-----------------------+|\n||  DBInstanceIdentifier      |  kestrel-orders-pg    ||\n|+----------------------------+-----------------------+|\n|||  Address  |  10.0.0.12  |||\n'
  tt.same(found(kv), ['rds_instance:kestrel-orders-pg', 'ipv4_private:10.0.0.12'], 'a CLI key/value row between borders is no header')
  tt.same(found('| Check | Result |\n|---|---|\n| bucket policy | ok |\n'), [], 'no naming column')
  tt.same(found('| Name | Value |\n|---|---|\n| region | eu-west-1 |\n| retries | 3 |\n'), [], 'a settings table: region and a number')
  tt.same(found('| status | count |\n|---|---|\n| Active | 3 |\n'), [], 'no naming column (snake)')
})
