// Round 20: a design review named organisation and network resources after nouns the prose
// reader did not know: `stack set x`, `RAM share x` / `resource share x`, `service network x`,
// `configuration set x` (SES), `endpoint config x` (SageMaker), `policy store x` (Verified
// Permissions), `service control policy x` and `SCP x` (upper case only: the `scp` command copies
// files), also in a list after AWS's own `FullAWSAccess`. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('the new nouns announce a name', async (tt) => {
  const cases: Array<[string, string]> = [
    ['the stack set acme-net-baseline targets one OU', 'acme-net-baseline'],
    ['the stackset acme-guardduty-org failed', 'acme-guardduty-org'],
    ['shared through RAM share acme-shared-tgw today', 'acme-shared-tgw'],
    ['accept the resource share acme-ipam-pool first', 'acme-ipam-pool'],
    ['service network acme-mesh replaces the ALB', 'acme-mesh'],
    ['configuration set acme-transactional sends feedback', 'acme-transactional'],
    ['endpoint config acme-fraud-ec-v14 writes capture data', 'acme-fraud-ec-v14'],
    ['move policy store 9Qw2Lk7xZt4RmV8nBc3Hs1 to tooling', '9Qw2Lk7xZt4RmV8nBc3Hs1']
  ]
  for (const [text, name] of cases) tt.same(found(text), [`resource_name:${name}`], text)
})

t.test('SCPs are named after SCP, past AWS\'s own FullAWSAccess', async (tt) => {
  tt.same(found('the service control policy acme-deny-leave is attached'), ['iam_policy:acme-deny-leave'])
  tt.same(found('The SCP acme-region-guardrail denies it; SCPs acme-deny-1 and acme-deny-2 apply'),
    ['iam_policy:acme-region-guardrail', 'iam_policy:acme-deny-1', 'iam_policy:acme-deny-2'])
  tt.same(found('Root (r-4f8q)  [SCP: FullAWSAccess, acme-region-guardrail]'), ['organization_root:r-4f8q', 'iam_policy:acme-region-guardrail'])
  tt.same(found('only the SCP FullAWSAccess is attached'), [])
})

t.test('ordinary words after them are kept, and the scp command copies files', async (tt) => {
  tt.same(found('The configuration set up takes minutes. The policy store is empty. Use the share button.'), [])
  tt.same(found('scp ./dist/app-v2.tar.gz ec2-user@bastion:/tmp\nRun scp build-1.tgz to the box. Scp app-1.tgz over.'), [])
})
