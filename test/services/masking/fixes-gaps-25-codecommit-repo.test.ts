// Round 22 left over (blackbox-21): a CodeCommit repository in its Git path with no host glued to
// it, the credential helper's `path=v1/repos/x` and a SigV4 canonical request's `/v1/repos/x`,
// stayed in clear. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the repository of a credential helper request', async tt => {
  const line = "printf 'protocol=https\\nhost=git-codecommit.eu-west-1.amazonaws.com\\npath=v1/repos/talvane-data-pipelines\\n\\n' | aws codecommit credential-helper get"
  tt.ok(found(line).includes('resource_name:talvane-data-pipelines'))
  tt.same(found('protocol=https\nhost=git-codecommit.us-east-2.amazonaws.com\npath=v1/repos/ledger_infra.v2\n'), ['resource_name:ledger_infra.v2'], 'git credential fill input')
  tt.same(found('CanonicalRequest:\nGIT\n/v1/repos/payments-core\n\nhost:git-codecommit.eu-west-1.amazonaws.com\n'), ['resource_name:payments-core'], 'a canonical request')
  const masked = await maskedWithRoundTrip('path=v1/repos/talvane-data-pipelines (aws codecommit credential-helper)')
  tt.notOk(masked.includes('talvane-data-pipelines'))
})

t.test('other APIs\' /v1/repos/ stay', async tt => {
  tt.same(found('curl https://api.example.com/v1/repos/octo/hello'), [])
  tt.same(found('GET /v1/repos/acme/widgets HTTP/1.1'), [])
  tt.same(found('ssh://APKAEIBAERJR2EXAMPLE@git-codecommit.us-east-1.amazonaws.com/v1/repos/x'), ['access_key_id:APKAEIBAERJR2EXAMPLE'], 'a URL is the URL reader\'s')
})
