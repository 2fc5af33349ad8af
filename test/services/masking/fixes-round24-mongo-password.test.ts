// Round 24 (data and streaming platforms): the mongo shell's `db.changeUserPassword("user", "x")`
// was read as a builder call (`.password("x")`), so the user was masked as a password and the
// password itself stayed in clear. The second literal is the password; a prompt stays. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("the mongo shell's changeUserPassword", async tt => {
  tt.same(found('rs0:PRIMARY> db.changeUserPassword("ledger_app", "Mg!New#Pw2")'), ['connection_secret:Mg!New#Pw2'])
  tt.same(found("db.getSiblingDB('admin').changeUserPassword( 'reporting' , 'Rp!x9-2026' )"), ['connection_secret:Rp!x9-2026'])
  tt.same(found('db.changeUserPassword("app", passwordPrompt())'), [])
  tt.same(found('conn.password("Bld!9pw")'), ['connection_secret:Bld!9pw']) // a builder's only argument still is the password
  const masked = roundTripMasker(tt)
  tt.equal(await masked('> db.changeUserPassword("ledger_app", "Dd9!Rot8xQ")'), '> db.changeUserPassword("ledger_app", "CONNECTION_SECRET_1")')
})
