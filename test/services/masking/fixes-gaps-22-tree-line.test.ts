// Red team round 20, left over: an OU tree printed as text (`├── merrowgate-staging  417093628514`)
// masked the account id and left the account's name beside it in clear. A branch of a tree, then a
// name and a 12-digit account id (either order) names the account. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a name beside an account id on a tree line', async tt => {
  tt.same(found('│   ├── acme-shared-network  739250184630  aws+net@acme.example\n│       └── acme_log.archive  926481037254'),
    ['resource_name:acme-shared-network', 'account_id:739250184630', 'email:aws+net@acme.example', 'resource_name:acme_log.archive', 'account_id:926481037254'])
  tt.same(found('└── 417093628514  (payments-sandbox-02)'), ['account_id:417093628514', 'resource_name:payments-sandbox-02'], 'the id first')
  tt.same(found('├──ledger-prod (604317928455)'.replace('──', '── ')), ['resource_name:ledger-prod', 'account_id:604317928455'])
  tt.same(found('|-- acme-dev-01 - 123456789012\n`-- 210987654321 | acme-qa\n+-- AcmeAudit  123456789013'),
    ['resource_name:acme-dev-01', 'account_id:123456789012', 'account_id:210987654321', 'resource_name:acme-qa', 'resource_name:AcmeAudit', 'account_id:123456789013'], 'ASCII trees')
  tt.same(found(JSON.stringify({ tree: 'Root\n├── fw-sandbox-7  417093628514\n' })), ['resource_name:fw-sandbox-7', 'account_id:417093628514'], 'in a JSON string')
  const masked = await maskedWithRoundTrip('└── merrowgate-staging  417093628514  SUSPENDED')
  tt.notOk(masked.includes('merrowgate-staging'))
})

t.test('no name where the tree holds none', async tt => {
  tt.same(found('├── Workloads (ou-4f8q-2kz7m9xw)\n├── Sandbox  123456789012\n└── 2024-05-01  123456789012'),
    ['organizational_unit:ou-4f8q-2kz7m9xw', 'account_id:123456789012', 'account_id:123456789012'], 'plain words and dates stay')
  tt.same(found('├── src/handler.ts\n└── package.json\n|-- build-2024  12345678901234'), [], 'a file tree; a longer digit run is no account')
  tt.same(found('| --- | --- |\n| acme-x | 123456789012 |'), ['account_id:123456789012'], 'a markdown table is no tree')
})
