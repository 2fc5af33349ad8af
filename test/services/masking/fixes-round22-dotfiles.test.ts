// Round 22: credentials files pasted whole. `~/.netrc` (`machine h login u password p`, on one line
// or one token per line) leaked a weak password (no mixed case) and cut a CodeArtifact token at 128
// chars; `~/.pgpass` lines (`host:port:database:user:password`) leaked the password; the file's own
// comment `# host:port:database:username:password` lost the word `password` as an IAM user.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('netrc passwords, whatever their shape', async (tt) => {
  tt.same(found('machine git-codecommit.eu-west-1.amazonaws.com\n  login ci-bot-at-111122223333\n  password s3cretpass99\n'),
    ['iam_user:ci-bot', 'account_id:111122223333', 'connection_secret:s3cretpass99'])
  tt.same(found('machine api.github.com login octo password hunter2hunter'), ['connection_secret:hunter2hunter'])
  tt.same(found('machine files.acme.example\r\nlogin ftpuser\r\npassword "pass word 1"\r\n'), ['connection_secret:pass word 1'])
  tt.same(found('default login anonymous password guest@'), ['connection_secret:guest@'])
  tt.same(found('machine h.example.com\n\tlogin u\n\taccount acct\n\tpassword Pw-1'), ['connection_secret:Pw-1'])
  const token = 'eyJ2ZXIiOjF9.' + 'Ab3_'.repeat(80)
  const masked = await maskedWithRoundTrip(`machine acme-111122223333.d.codeartifact.us-east-1.amazonaws.com login aws password ${token}`)
  tt.notOk(masked.includes('Ab3_Ab3_'), masked)
})

t.test('pgpass lines', async (tt) => {
  tt.same(found('orders.cluster-c9xk2p4q7r1m.eu-west-1.rds.amazonaws.com:5432:orders:app:Pq7#vL2!xZ9m\n').filter(m => m.startsWith('connection')),
    ['connection_secret:Pq7#vL2!xZ9m'])
  tt.same(found('10.0.4.19:5432:*:postgres:weakpass\n').filter(m => m.startsWith('connection')), ['connection_secret:weakpass'])
  tt.same(found('localhost:*:*:me:pa\\:ss word\r\nnext'), ['connection_secret:pa\\:ss word'])
  tt.same(found('db.internal:6432:analytics:ro:S3cret!'), ['connection_secret:S3cret!'])
})

t.test('what stays', async (tt) => {
  tt.same(found('# host:port:database:username:password'), [])
  tt.same(found('machine learning password reset flow'), [])
  tt.same(found('default password reset flow'), [])
  tt.same(found('12:30:45:123:done\n'), [], 'a time opens no pgpass line')
  tt.same(found('username: password'), [])
  tt.same(found('the login page shows the password field'), [])
})
