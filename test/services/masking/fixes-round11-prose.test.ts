// Round 11: names in prose after nouns the detector did not know. An RDS parameter or option group
// (`the parameter group marlowe-pg15-reporting has max_wal_size=64GB`, `option group
// acme-mysql8-opts`) and an instance's Name tag (`Name tag: marlowe-etl-sandbox-04`, `with Name
// tag web-api-03`), as AWS Support and abuse notices write them. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string]> = [
  ['Also, the parameter group marlowe-pg15-reporting has max_wal_size=64GB which lengthened crash recovery.', 'marlowe-pg15-reporting'],
  ['attach the DB parameter group orders-pg16-tuned and reboot', 'orders-pg16-tuned'],
  ['the option group acme-mysql8-opts enables MARIADB_AUDIT_PLUGIN', 'acme-mysql8-opts'],
  ['The instance i-0d7f1b5a9c3e28460 (Name tag: marlowe-etl-sandbox-04, launched from ami-0b4d8f2a6c1e39572)', 'marlowe-etl-sandbox-04'],
  ['an instance with Name tag web-api-03 was stopped', 'web-api-03']
]

t.test('names after these nouns are hidden and restored', async (tt) => {
  for (const [text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), masked)
  }
})

t.test('what stays readable', async (tt) => {
  tt.same(found('the default parameter group default.postgres15 cannot be modified'), [], 'AWS\'s default group')
  tt.same(found('a parameter group is a container for engine settings; the Name tag is optional'), [], 'the nouns alone')
  tt.same(found('set the Name tag to something meaningful'), [], 'a Name tag, no name')
})
