// Round 28 (databases and caches): Go's MySQL driver DSN `user:password@tcp(host:3306)/db` has no
// scheme that says it holds a password, so the password went out in clear (with `@` in it too,
// as the driver allows: the password runs to the last `@` before the protocol). The user, the
// protocol, the options and placeholders stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("a Go DSN's password", async tt => {
  tt.same(found('dsn := "inv_svc:Inv-Svc-p@ss-88Kz@tcp(db.internal:3306)/inventory?parseTime=true"'), ['connection_secret:Inv-Svc-p@ss-88Kz'])
  tt.same(found('DATABASE_DSN=root:p@ss:w0rd@unix(/var/run/mysqld/mysqld.sock)/app'), ['connection_secret:p@ss:w0rd'])
  tt.same(found('{"dsn":"app:S3cret-Pw@tcp6([::1]:3306)/x"}'), ['connection_secret:S3cret-Pw'])
  tt.same(found('  dsn: reporter:Rp0rt!ng2026@tcp(10.20.3.4:3306)/reports'), ['connection_secret:Rp0rt!ng2026', 'ipv4_private:10.20.3.4'])
  for (const text of ['root@tcp(127.0.0.1:3306)/test', 'fmt.Sprintf("%s:%s@tcp(%s)/%s", u, p, h, d)', 'dsn := user + ":" + "$DB_PASS@tcp(db:3306)/x"',
    'app:<password>@tcp(db:3306)/x', 'mail me@tcp(not a dsn)', 'dsn=app:***@tcp(db:3306)/x']) {
    tt.same(found(text).filter(m => m.startsWith('connection_secret')), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('dsn := "inv:Pa55@w0rd@tcp(db:3306)/inv"'), 'dsn := "inv:CONNECTION_SECRET_1@tcp(db:3306)/inv"')
})
