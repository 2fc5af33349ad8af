// Round 21: a Slack message named the password, then quoted it further on in the line
// (`the master user password for the domain is still in the old wiki page :grimacing: it's
// \`Kq7#vRz2!mLw9Tx\``): it stayed in clear. A backticked value with mixed case, a digit and a
// symbol, on the same line after `password`. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a password quoted later in the line', async (tt) => {
  tt.same(found('the master user password for the domain is still in the wiki :grimacing: it\'s `Kq7#vRz2!mLw9Tx` — rotating it'),
    ['connection_secret:Kq7#vRz2!mLw9Tx'])
  tt.same(found('Password reset done, new one: `Zx9$mPq2Lw4t`'), ['connection_secret:Zx9$mPq2Lw4t'])
})

t.test('what stays', async (tt) => {
  tt.same(found('the password policy requires `MinimumPasswordLength` and `RequireSymbols`'), [])
  tt.same(found('password rotation uses `rotation-handler`'), [])
  tt.same(found('password is rotated\nlater: `Kq7#vRz2!mLw9Tx`'), [], 'not on the same line')
})
