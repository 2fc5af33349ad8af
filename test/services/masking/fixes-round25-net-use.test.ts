// Round 25 (end-user computing): Windows' `net use [Z:] \\server\share [password] /user:DOMAIN\user
// [password]` mapping an FSx for Windows share: the password is a bare argument no key names,
// and it went out in clear when no other line of the paste held it. The drive, the share, the
// user, `*` (a prompt) and the options stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("net use's password", async tt => {
  tt.same(found('PS C:\\> net use \\\\fsx.corp.example.com\\share /user:CORP\\svc-scan Pa55w0rd!Scan'), ['connection_secret:Pa55w0rd!Scan'])
  tt.same(found("net use Z: \\\\amznfsxk4q9z2wm.corp.example.com\\share /user:HW\\svc-cad 'Hq4!zT8wLm2#Rv6p' /persistent:yes"),
    ['aws_hostname:amznfsxk4q9z2wm', 'connection_secret:Hq4!zT8wLm2#Rv6p']) // FSx's file server name too (round 26)
  tt.same(found('NET USE X: \\\\10.88.1.74\\eng "S3cret pass" /USER:HW\\bob'), ['ipv4_private:10.88.1.74', 'connection_secret:S3cret pass'])
  for (const text of ['net use', 'net use Z: /delete', 'net use Z: \\\\srv\\share * /user:a\\b', 'net use Z: \\\\srv\\share /user:a\\b $env:PASS',
    'I use net use to map drives', 'the net use command maps Z:']) {
    tt.same(found(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('net use Z: \\\\srv\\share /user:CORP\\bob Tr0ub4dor&3'), 'net use Z: \\\\srv\\share /user:CORP\\bob CONNECTION_SECRET_1')
})
