// Round 28 (databases and caches): DocumentDB through the mongo shell. `db.auth("user", "x")` has
// the password second, as `db.changeUserPassword` has: it went out in clear. The user, and a
// prompt for the password, stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("the mongo shell's db.auth", async tt => {
  tt.same(found('rs0:PRIMARY> db.auth("admin", "Mongo-Auth-4")'), ['connection_secret:Mongo-Auth-4'])
  tt.same(found('db.auth( "catalog_app" , "C4t4l0g!App#26" )'), ['connection_secret:C4t4l0g!App#26'])
  for (const text of ['db.auth("admin", passwordPrompt())', 'client.auth("x", "y")', 'use db.auth() to log in']) tt.same(found(text), [], text)
  const masked = roundTripMasker(tt)
  tt.equal(await masked('db.auth("admin", "Mongo-Auth-4")'), 'db.auth("admin", "CONNECTION_SECRET_1")')
})
