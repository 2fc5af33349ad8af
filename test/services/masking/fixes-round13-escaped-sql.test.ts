// Round 13 (blackbox-12): the MySQL audit log (MariaDB audit plugin on RDS) quotes each statement
// and escapes the quotes inside it, so `CREATE USER \'etl\'@\'%\' IDENTIFIED BY \'<password>\'` put
// the password out in clear: the SQL literal reader knew only a bare `'`. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['audit log IDENTIFIED BY', "20261204 07:13:40,ip-10-48-8-77,reporting_ro,10.48.31.204,3214,88415,QUERY,ledger,'CREATE USER \\'etl\\'@\\'%\\' IDENTIFIED BY \\'Tq4#wZ8mLx2!\\'',1227", 'Tq4#wZ8mLx2!'],
  ['audit log ALTER USER', "20261204 07:14:02,ip-10-48-8-77,admin,10.48.31.204,3215,88420,QUERY,ledger,'ALTER USER \\'etl\\'@\\'%\\' IDENTIFIED BY \\'Vb8-qL2xZ7mK\\'',0", 'Vb8-qL2xZ7mK'],
  ['escaped PASSWORD', "QUERY,postgres,'ALTER ROLE app WITH PASSWORD \\'S3cr3t-pw-91\\''", 'S3cr3t-pw-91']
]

t.test('the password is hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('other escaped literals stay', async (tt) => {
  tt.same(found("QUERY,ledger,'UPDATE accounts SET note = \\'paid by card\\' WHERE id = 7',0"), [], 'a literal after no password word')
  tt.same(found("QUERY,ledger,'SELECT \\'BY\\' AS x',0"), [], 'a quoted BY')
})
