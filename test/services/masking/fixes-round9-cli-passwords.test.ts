// Red team round 9 (probes after test/fixtures/blackbox-8/): the MySQL and MariaDB clients take a
// password glued to `-p` (`mysql -u admin -pS3cret`, shell history and runbooks); it went out in
// clear. Only on a client's line: `-p` elsewhere is another option (`gcc -pthread`, `ssh -p2222`).
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a password glued to -p of a MySQL client is masked', async tt => {
  tt.same(found('mysql -u admin -pS3cretPw9 -h 10.1.2.3'), ['connection_secret:S3cretPw9', 'ipv4_private:10.1.2.3'], 'bare (the -p stays: fixes-gaps-19-mysql-flag)')
  tt.same(found("mysql -h 10.1.2.3 -u admin -p'S3 cret' db"), ['ipv4_private:10.1.2.3', 'connection_secret:S3 cret'], 'single quotes')
  tt.same(found('mysqldump -uroot -p"Pw9!x" --all-databases > /tmp/x.sql'), ['connection_secret:Pw9!x'], 'double quotes')
  tt.same(found('$ sudo mysql -uroot -pHalv4rd! ledger < dump.sql'), ['connection_secret:Halv4rd!'], 'after sudo')
  const masked = await maskedWithRoundTrip('mysql -u admin -pS3cretPw9 ledger')
  tt.ok(masked.includes(' -') && !masked.includes('S3cretPw9'), masked)
})

t.test('-p without a glued password, a variable, or on another command stays', async tt => {
  tt.same(found('mysql -u admin -p -h 10.1.2.3'), ['ipv4_private:10.1.2.3'], 'prompted')
  tt.same(found('mysql -u admin -p$MYSQL_PWD ledger'), [], 'a shell variable')
  tt.same(found('gcc -pthread x.c; ssh -p2222 host; mkdir -p /tmp/x && mysql -e "select 1"'), [], 'other commands')
})
