// Known gap closed (round 26): git-remote-codecommit's URLs (`git clone codecommit::<region>://<repo>`,
// `codecommit://<profile>@<repo>`) named the repository in clear unless an ARN elsewhere in the
// text had taught it; the HTTPS form (`/v1/repos/<repo>`) was masked. The repository is masked
// alike; the region, the CLI profile and IAM's `codecommit:GitPull` stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("git-remote-codecommit's repository is masked", async tt => {
  tt.same(found('$ git clone codecommit::us-east-2://vireo-claims-rules'), ['resource_name:vireo-claims-rules'])
  tt.same(found('git clone codecommit://ledger-infra.git ledger'), ['resource_name:ledger-infra'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('git remote add origin codecommit::eu-west-1://prod-admin@ledger-infra'), 'git remote add origin codecommit::eu-west-1://prod-admin@RESOURCE_NAME_1')
  tt.same(found('remote: https://git-codecommit.us-east-1.amazonaws.com/v1/repos/orders-svc/'), ['resource_name:orders-svc'], 'the HTTPS form as before')
})

t.test('IAM actions and the bare word stay', async tt => {
  for (const text of ['"Action": ["codecommit:GitPull", "codecommit:GitPush"]', 'use codecommit: it is simple', 'pip install git-remote-codecommit']) tt.same(found(text), [], text)
})
