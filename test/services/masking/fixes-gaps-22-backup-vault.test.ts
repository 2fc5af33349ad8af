// Red team round 21, left over: AWS Backup vaults named after a region (`copy to eu-central-1 vault
// fw-vault-dr`) or after a vault's access policy (`fix vault access policy on fw-vault-dr-xacct`,
// `Backup vault policy (x)`) stayed in clear: `vault` counted only after `Backup`. A bare `vault
// policy` stays HashiCorp Vault's. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a vault after a region, a vault after its policy', async tt => {
  tt.same(found('Cross-region copy to eu-central-1 vault fw-vault-dr works; Glacier vault acme-archive-1'),
    ['resource_name:fw-vault-dr', 'resource_name:acme-archive-1'])
  tt.same(found('- Priya: fix vault access policy on fw-vault-dr-xacct\n  yesterday: Backup vault policy (fw-vault-dr-xacct2) — fixed'),
    ['resource_name:fw-vault-dr-xacct', 'resource_name:fw-vault-dr-xacct2'])
  tt.same(found('Vault lock on `acme-locked-1`; BACKUP vault policy: acme-v-3; us-gov-west-1 vault policy for acme_v4'),
    ['resource_name:acme-locked-1', 'resource_name:acme-v-3', 'resource_name:acme_v4'])
  tt.same(found(JSON.stringify({ note: 'set the vault access policy on fw-vault-dr-9' })), ['resource_name:fw-vault-dr-9'], 'in a JSON string')
})

t.test('HashiCorp Vault and vaults with no name stay', async tt => {
  for (const text of ['vault policy write fw-admin-1 policy.hcl', 'the Vault policy fw-reader-2 grants read', 'copy to us-east-1 vault',
    'the vault access policy on the vault denies DeleteRecoveryPoint', 'a vault full of secrets: vault kv get secret/x', 'vault lock configuration for compliance']) tt.same(found(text), [], text)
})
