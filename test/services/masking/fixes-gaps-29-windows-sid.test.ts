// Gaps round 29: a Windows domain account's SID (`S-1-5-21-<a>-<b>-<c>-<rid>`, in event logs'
// `TargetUserSid` and `HKEY_USERS\…` registry paths) went upstream whole: its three numbers identify
// the customer's domain. They are masked as one value (the same token in every SID of the domain);
// `S-1-5-21-` and the RID (500 Administrator, 512 Domain Admins) stay readable, well-known SIDs whole.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test("a domain SID's domain part is masked", async tt => {
  tt.same(found('<Data Name="TargetUserSid">S-1-5-21-3874201956-2210487331-1598734402-1187</Data>'), ['resource_name:3874201956-2210487331-1598734402'])
  tt.same(found('[HKEY_USERS\\S-1-5-21-2941780353-1673023318-3318042467-1104\\Environment]'), ['resource_name:2941780353-1673023318-3318042467'])
  const masked = await maskedWithRoundTrip('S-1-5-21-3874201956-2210487331-1598734402-500 and S-1-5-21-3874201956-2210487331-1598734402-512 (domain S-1-5-21-3874201956-2210487331-1598734402)')
  tt.notOk(masked.includes('3874201956'))
  tt.match(masked, /^S-1-5-21-(RESOURCE_NAME_\d+)-500 and S-1-5-21-\1-512 \(domain S-1-5-21-\1\)$/)
})

t.test('well-known SIDs stay', async tt => {
  for (const text of ['S-1-5-18', 'S-1-5-32-544 (BUILTIN\\Administrators)', 'S-1-1-0', 'S-1-5-21-1-2-3-4-5', 'S-1-5-80-0']) {
    tt.same(found(text), [], text)
  }
})
