// A model's earlier answer, resent in the conversation, writes names and secrets in markdown:
// a name in italics after its noun (`the SNS topic *x*`: bold was read, single `*` was not) and a
// secret in a table row whose key cell has more words (`| DB password | \`x\` |`): both went out in
// clear. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('markdown italics and multi-word key cells', async (tt) => {
  tt.same(found('> the SNS topic *AmazonTextract-tessaro-claims-done* must allow it'), ['sns_topic:AmazonTextract-tessaro-claims-done'], 'italics')
  tt.same(found('| DB password | `Cl41ms!svc-pw` |'), ['connection_secret:Cl41ms!svc-pw'], 'a key cell of two words, a code span value')
  tt.same(found('| Old password | Pg!x9-old |'), ['connection_secret:Pg!x9-old'], 'a bare value')
  tt.same(found('a *very* important table; | Function name | tessaro-x |'), [], 'emphasis on a word; a cell whose key says nothing')
  const masked = await maskedWithRoundTrip('| Resource | Value |\n|---|---|\n| DB password | `Cl41ms!svc-pw` |\n\n> the SNS topic *AmazonTextract-tessaro-claims-done* must allow it')
  tt.notOk(masked.includes('Cl41ms!svc-pw') || masked.includes('tessaro-claims-done'), masked)
  tt.ok(masked.includes('| DB password | `') && masked.includes('topic *'), 'the markdown stays')
})
