// Round 28 (databases and caches): MySQL 8's usual `CREATE USER / ALTER USER ... IDENTIFIED WITH
// <plugin> BY 'x'` and `SET PASSWORD [FOR 'u'@'%'] = 'x'` (or the old `= PASSWORD('x')`) sent
// the password in clear: only `IDENTIFIED BY 'x'` and `PASSWORD 'x'` were read. The user, the
// host pattern, the plugin, `AS 'RDS'` (IAM auth) and variables stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('MySQL password statements', async tt => {
  tt.same(found("ALTER USER 'app'@'%' IDENTIFIED WITH mysql_native_password BY 'Nat-Pw-42';"), ['connection_secret:Nat-Pw-42'])
  tt.same(found("CREATE USER 'x'@'10.0.%' IDENTIFIED WITH `caching_sha2_password` BY 'Cs2-Pw-1';").filter(m => m.startsWith('connection')), ['connection_secret:Cs2-Pw-1'])
  tt.same(found("SET PASSWORD FOR 'app'@'%' = PASSWORD('Old-Pw-77');"), ['connection_secret:Old-Pw-77'])
  tt.same(found("SET PASSWORD FOR app = 'My-Set-Pw-9';"), ['connection_secret:My-Set-Pw-9'])
  tt.same(found('set password for root@localhost = "Dq-Pw-5"'), ['connection_secret:Dq-Pw-5'])
  tt.same(found('{"query": "SET PASSWORD FOR \\\'etl\\\'@\\\'%\\\' = \\\'Esc-Pw-6\\\'"}').filter(m => m.startsWith('connection')), ['connection_secret:Esc-Pw-6'])
  for (const text of ["CREATE USER 'x'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS';", "ALTER USER 'app'@'%' IDENTIFIED BY RANDOM PASSWORD;",
    'we set password rotation on', "SET PASSWORD FOR 'app'@'%' = @new_pw;"]) {
    tt.same(found(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked("ALTER USER 'a'@'%' IDENTIFIED WITH mysql_native_password BY 'Xy-9-Zq';"),
    "ALTER USER 'a'@'%' IDENTIFIED WITH mysql_native_password BY 'CONNECTION_SECRET_1';")
})
