// Round 26 (Windows workloads on AWS): passwords Windows admins paste with no key naming them.
// PowerShell's `ConvertTo-SecureString 'x' -AsPlainText` (after the cmdlet, after `-String`, or
// piped into it), `cmdkey /pass:x`, sqlcmd's `-P x`, EC2's `PasswordData` (encrypted, with its
// `\r\n`, or decrypted), the line `Get-EC2PasswordData -Decrypt` prints, EC2Launch v2's
// `setAdminAccount` (`password:` then `data: x`), and a `.reg` export's `"Password"=hex:…` bytes were
// left in clear. Variables, placeholders and look-alikes stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test("PowerShell's ConvertTo-SecureString -AsPlainText", async tt => {
  tt.same(found("$pw = ConvertTo-SecureString 'J0inD0main!Osb2026' -AsPlainText -Force"), ['connection_secret:J0inD0main!Osb2026'])
  tt.same(found('$s = ConvertTo-SecureString -String "Sql#Svc-2291x" -AsPlainText -Force'), ['connection_secret:Sql#Svc-2291x'])
  tt.same(found("$p = 'P1ped-Secret!9' | ConvertTo-SecureString -AsPlainText -Force"), ['connection_secret:P1ped-Secret!9'])
  tt.same(found('$pw = ConvertTo-SecureString $env:JOIN_PW -AsPlainText -Force'), [], 'a variable')
  tt.same(found('$pw = ConvertTo-SecureString "$plain" -AsPlainText -Force'), [], 'an expanded variable')
  tt.same(found("$enc = ConvertTo-SecureString 'not-plain-text' -Key $key"), [], 'no -AsPlainText: an encrypted standard string')
})

t.test("cmdkey's /pass: and sqlcmd's -P", async tt => {
  tt.same(found('cmdkey /generic:TERMSRV/localhost /user:Administrator /pass:"x9Lm;Qe(4vT@Rk=2zWp.Hd7!sN"'), ['connection_secret:x9Lm;Qe(4vT@Rk=2zWp.Hd7!sN'])
  tt.same(found('cmdkey /add:fsx01 /user:CORP\\admin /pass:Bare-Pass#77'), ['connection_secret:Bare-Pass#77'])
  tt.same(found('netdom join web01 /domain:corp /userd:corp\\admin /passwordd:Jn!2026xx'), ['connection_secret:Jn!2026xx'])
  tt.same(found('cmdkey /generic:TERMSRV/h /user:a /pass:%RDP_PW%'), [], 'a variable')
  tt.same(found('sqlcmd -S db.local,1433 -U erp_admin -P "Gr@nite!Falls-4417" -d master'), ['connection_secret:Gr@nite!Falls-4417'])
  tt.same(found('C:\\> SQLCMD.EXE -S . -U sa -P Bare!Sa-Pass1 -Q "select 1"'), ['connection_secret:Bare!Sa-Pass1'])
  tt.same(found('bcp Orders out o.dat -S db -U loader -P L0ad#Er-9 -c'), ['connection_secret:L0ad#Er-9'])
  tt.same(found('tar -P -cf a.tar /x'), [], "another tool's -P")
})

t.test("EC2's Windows password", async tt => {
  tt.same(found('"PasswordData": "x9Lm;Qe(4vT@Rk=2zWp.Hd7!sN",'), ['connection_secret:x9Lm;Qe(4vT@Rk=2zWp.Hd7!sN'])
  tt.same(found('"PasswordData": "\\r\\nFStjSa7udlsLEqnrgVpnEAvBi34QGJffXhT+hD24zi1hzVZYT==\\r\\n",'),
    ['connection_secret:\\r\\nFStjSa7udlsLEqnrgVpnEAvBi34QGJffXhT+hD24zi1hzVZYT==\\r\\n'])
  tt.same(found('PS C:\\> Get-EC2PasswordData -InstanceId i-0c2b8e4f7a1d39560 -PemFile C:\\k\\a.pem -Decrypt\nH&7dkP2q$Yv9;wJxM=fR3eTz*LbN\nPS C:\\> '),
    ['ec2_instance:i-0c2b8e4f7a1d39560', 'connection_secret:H&7dkP2q$Yv9;wJxM=fR3eTz*LbN'])
  tt.same(found('PS> Get-EC2PasswordData i-0c2b8e4f7a1d39560 -PemFile .\\a.pem\r\n  Qw3rty!Adm1n-x\r\n'),
    ['ec2_instance:i-0c2b8e4f7a1d39560', 'connection_secret:Qw3rty!Adm1n-x'])
  tt.same(found('Get-EC2PasswordData -InstanceId i-0c2b8e4f7a1d39560 -Decrypt\nGet-EC2PasswordData : Password not available yet.'),
    ['ec2_instance:i-0c2b8e4f7a1d39560'], 'an error record')
  tt.same(found('Use -Decrypt with the key.\nThen connect.'), [], 'no Get-EC2PasswordData')
})

t.test("EC2Launch v2's setAdminAccount", async tt => {
  const config = '      - task: setAdminAccount\n        inputs:\n          password:\n            type: static\n            data: \'Osterby!Local#Adm1n-77\'\n          name: osbadmin\n'
  tt.same(found(config), ['connection_secret:Osterby!Local#Adm1n-77'])
  tt.same(found(config.replace(/\n/g, '\r\n').replace("'Osterby!Local#Adm1n-77'", 'Bare#Adm1n-2026')), ['connection_secret:Bare#Adm1n-2026'], 'bare, CRLF')
  tt.same(found('  password:\n    type: random\n  other:\n    data: keep-me-1\n'), [], 'data: under another key')
  tt.same(found('inputs:\n  data: 2026-report-v1\n'), [])
})

t.test("a registry export's binary secret", async tt => {
  tt.same(found('"EncryptedPassword"=hex:01,00,00,00,d0,8c,9d,df,01,15,\\\r\n  d1,11,8c\r\n"Next"=dword:00000001'),
    ['connection_secret:01,00,00,00,d0,8c,9d,df,01,15,\\\r\n  d1,11,8c'])
  tt.same(found('"SecretKey"=hex(2):41,00,42,00'), ['secret_access_key:41,00,42,00'])
  tt.same(found('"WindowPlacement"=hex:2c,00,00,00'), [], 'no secret key')
})
