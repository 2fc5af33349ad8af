// Round 30 (deployment platforms and governance): `eb list` prints an application's environments one
// a line (the current one starred); a name seen nowhere else went out in clear. The lines under
// the command are names; the next prompt or a line of another shape ends the list.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('eb list output', async tt => {
  tt.same(found('$ eb list\n  quillfeather-api-staging\n* quillfeather-api-prod\n$ eb status\n'),
    ['resource_name:quillfeather-api-staging', 'resource_name:quillfeather-api-prod'])
  tt.same(found('$ eb list --verbose\n* larkspur-ingest-dev\n'), ['resource_name:larkspur-ingest-dev'])
  for (const text of ['run eb list to see them', '$ eb list\nERROR: This directory has not been set up with the EB CLI\n', 'ls list\n  foo-bar\n']) {
    tt.same(found(text), [], text)
  }
})
