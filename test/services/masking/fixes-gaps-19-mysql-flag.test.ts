// `mysql -u admin -pS3cr3tPass`: the password token took the `p` (`-CONNECTION_SECRET_1`), since a
// token glued to a letter did not read back; the model saw the flag gone. Restoration now reads
// a token after ` -p` (and the masker reads a user's token-shaped text there as a literal).
import t from 'tap'
import { found, maskedWithRoundTrip, openScope } from './blackbox-helpers.js'

t.test('the -p stays, only the password is masked and restored', async tt => {
  tt.same(found('mysql -u admin -pS3cr3tPass -h db'), ['connection_secret:S3cr3tPass'])
  const masked = await maskedWithRoundTrip('mysql -u admin -pS3cr3tPass -h db\nmysqldump -uroot -pHunter2xyz app > a.sql')
  tt.match(masked, /^mysql -u admin -pCONNECTION_SECRET_1 -h db\nmysqldump -uroot -pCONNECTION_SECRET_2 app > a\.sql$/)
})

t.test('the model\'s answer and a stream restore the password after -p', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const masked = await scope.maskText('mysql -u admin -pS3cr3tPass -h db')
  const token = /-p([A-Z_]+_[0-9]+)/.exec(masked)?.[1] ?? ''
  tt.equal(scope.unmaskText(`Run \`mysql -u admin -p${token} -h db\``), 'Run `mysql -u admin -pS3cr3tPass -h db`')
  const answer = `mysql -u admin -p${token}`
  const stream = scope.streamUnmasker({ jsonEscape: false })
  let out = ''
  for (let c = 0; c < answer.length; c += 3) out += stream.push(answer.slice(c, c + 3))
  tt.equal(out + stream.end(), 'mysql -u admin -pS3cr3tPass')
  tt.equal(scope.unmaskText(`x-p${token} -p${token}9`), `x-p${token} -p${token}9`, 'no blank before -p, or a digit after: no token')
})

t.test('a user\'s token-shaped text after -p comes back as written', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  await scope.maskText('bucket acme-payroll-exports')
  const text = 'mysql -pS3_BUCKET_1 and -pCONNECTION_SECRET_1'
  const masked = await scope.maskText(text)
  tt.equal(scope.unmaskText(masked), text)
})
