// Gaps round 29: PgBouncer's auth file `userlist.txt` holds a line per user, `"user" "password"`;
// a password kept in clear went upstream (only SCRAM / md5 hashes were masked). The line counts where
// the text shows an auth file (its name, `auth_file`, a hash in the same line shape); two quoted
// words on a line elsewhere stay. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test("a userlist's clear password is masked", async tt => {
  tt.same(found('# /etc/pgbouncer/userlist.txt\n"pgb_admin" "Zk9!vR2mPq"\n'), ['connection_secret:Zk9!vR2mPq'])
  tt.same(found('$ sudo cat userlist.txt\r\n"app_user" "plain pass 123"'), ['connection_secret:plain pass 123'])
  const masked = await maskedWithRoundTrip('"reporting" "Rp7#kLm2Qx"\n"looker_ro" "md5a8c3f1e9b7d5204c6e1a3f7b9d5c2e8"\n')
  tt.notOk(masked.includes('Rp7#kLm2Qx'))
  tt.notOk(masked.includes('md5a8c3f1e9b7d5204c6e1a3f7b9d5c2e8'))
  tt.ok(masked.startsWith('"reporting" "CONNECTION_SECRET_'))
})

t.test('two quoted words elsewhere stay', async tt => {
  for (const text of ['"hello" "world"\n', '"Name" "Value"\n"web" "prod"', 'auth_type = scram-sha-256\n"a,b" "c"x']) {
    tt.same(found(text), [], text)
  }
})
