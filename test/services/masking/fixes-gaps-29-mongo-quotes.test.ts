// Gaps round 29: the mongo shell's `db.auth('user', 'pw')` and `db.changeUserPassword('user', 'pw')`
// with single quotes (and `db.getSiblingDB("admin").auth(...)` in either quote) sent the password
// upstream: only `db.` and a double quote after `(` reached the reader. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('mongo shell passwords in single quotes are masked', async tt => {
  tt.same(found("db.auth('ledger_app','Pw9xQ!zz')"), ['connection_secret:Pw9xQ!zz'])
  tt.same(found("rs0:PRIMARY> db.changeUserPassword('ledger_app', 'Dd9!Rot8xQ')"), ['connection_secret:Dd9!Rot8xQ'])
  tt.same(found("db.getSiblingDB('admin').auth('ledger_app', 'Kq7!mZ2p')"), ['connection_secret:Kq7!mZ2p'])
  tt.same(found('db.getSiblingDB("admin").auth("ledger_app", "Kq7!mZ2p")'), ['connection_secret:Kq7!mZ2p'])
  const masked = await maskedWithRoundTrip("mongosh --eval \"db.auth('svc_orders','Tz4!vRq8Lm')\"")
  tt.notOk(masked.includes('Tz4!vRq8Lm'))
})

t.test('other auth calls and a prompt stay', async tt => {
  for (const text of ["client.auth('a','b')", "foo().auth('x', 'y')", 'db.auth("ledger_app", passwordPrompt())']) {
    tt.same(found(text), [], text)
  }
})
