// Round 20: a design review named organisation and network resources after nouns the prose
// reader did not know: `stack set x`, `RAM share x` / `resource share x`, `service network x`,
// `configuration set x` (SES), `endpoint config x` (SageMaker), `policy store x` (Verified
// Permissions), `service control policy x`. Regression test, failing before.
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
    ['move policy store 9Qw2Lk7xZt4RmV8nBc3Hs1 to tooling', '9Qw2Lk7xZt4RmV8nBc3Hs1'],
    ['the service control policy acme-deny-leave is attached', 'acme-deny-leave']
  ]
  for (const [text, name] of cases) tt.same(found(text), [`resource_name:${name}`], text)
})

t.test('ordinary words after them are kept, and the scp command copies files', async (tt) => {
  tt.same(found('The configuration set up takes minutes. The policy store is empty. Use the share button.'), [])
  tt.same(found('scp ./dist/app-v2.tar.gz ec2-user@bastion:/tmp\nRun scp build-1.tgz to the box.'), [])
})
