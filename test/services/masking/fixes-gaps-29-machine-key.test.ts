// Gaps round 29: ASP.NET's web.config `<machineKey validationKey="…" decryptionKey="…">` went upstream
// in clear: the keys sign and encrypt the site's auth cookies and view state (whoever has them forges
// a login). Their attributes are secret fields now; ASP.NET's `AutoGenerate,IsolateApps` stays.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const VALIDATION = '22CF7EBC8469CAFAB8A9EDEA224A72760013B831B3AD7D32198BB51B5BB95D0D0FB46D5471262EA368BAA94FDEE2C1B47C161FA189CD02E7F871624088E12119'
const DECRYPTION = '23C619A99FD01BAAC281D56CB05522E9E7B1DD852C5DEAEFCDC1F606433B7352'

t.test("a machineKey's keys are masked", async tt => {
  const xml = `<machineKey validationKey="${VALIDATION}" decryptionKey="${DECRYPTION}" validation="HMACSHA256" decryption="AES" />`
  tt.same(found(xml), [`api_key:${VALIDATION}`, `api_key:${DECRYPTION}`])
  const masked = await maskedWithRoundTrip(`  <system.web>\n    ${xml}\n  </system.web>`)
  tt.notOk(masked.includes(VALIDATION))
  tt.notOk(masked.includes(DECRYPTION))
  tt.ok(masked.includes('validation="HMACSHA256" decryption="AES"'))
})

t.test("ASP.NET's own setting stays", async tt => {
  tt.same(found('<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="SHA1" />'), [])
})
