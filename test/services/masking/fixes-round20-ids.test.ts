// Round 20: id shapes of organisation, network and migration services stayed in clear:
// Organizations policy ids (`p-9x2kq7wm4z`; AWS's own are mixed case, `p-FullAWSAccess`), VPC
// Lattice service networks, services, target groups (`sn-`, `svc-`, `tg-` + 17 hex), MGN and DRS
// jobs (`mgnjob-`, `drsjob-`). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('the ids are masked wherever they stand', async (tt) => {
  tt.same(found('Policy p-9x2kq7wm4z attached; p-examplepolicyid111 too'), ['resource_name:p-9x2kq7wm4z', 'resource_name:p-examplepolicyid111'])
  tt.same(found('tg-07b1f4d9e2a3c8560\tmg-fx\tLAMBDA\nsn-0a7c3e91d4b2f6851 (svc-0f3b9d2c7e1a48650)'),
    ['resource_name:tg-07b1f4d9e2a3c8560', 'resource_name:sn-0a7c3e91d4b2f6851', 'resource_name:svc-0f3b9d2c7e1a48650'])
  tt.same(found('"jobID": "mgnjob-0b7d2e9a4c1f38560", drsjob-0c2e9f4a7b1d38650'),
    ['resource_name:mgnjob-0b7d2e9a4c1f38560', 'resource_name:drsjob-0c2e9f4a7b1d38650'])
})

t.test('look-alikes are kept', async (tt) => {
  tt.same(found('p-FullAWSAccess on the root; p-values; build-p-2024a101; x.p-1234x678; p-12345678'), [])
  tt.same(found('svc-a1 tg-1 sn-2 listener-x'), [])
})
