// Round 17: ARNs whose resource nests AWS's type words between names had those words masked as
// names: DataSync `task/T/execution/E`, Amplify `apps/A/branches/B/jobs/N`, Storage Gateway
// `gateway/G/volume/V`. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('type words inside nested ARN resources stay readable', async (tt) => {
  tt.same(found('arn:aws:datasync:eu-central-1:604918273351:task/task-0c4a91e7d2b3f5086/execution/exec-0f7d2e9a4c1b36580'),
    ['account_id:604918273351', 'resource_name:task-0c4a91e7d2b3f5086', 'resource_name:exec-0f7d2e9a4c1b36580'])
  tt.same(found('arn:aws:amplify:eu-central-1:604918273351:apps/d2k7q9x4r1w8tz/branches/release-2/jobs/0000000087'),
    ['account_id:604918273351', 'resource_name:d2k7q9x4r1w8tz', 'resource_name:release-2'])
  tt.same(found('arn:aws:storagegateway:eu-central-1:604918273351:gateway/sgw-4E2A9C71/volume/vol-0592522f2ad48b560'),
    ['account_id:604918273351', 'resource_name:sgw-4E2A9C71', 'ebs_volume:vol-0592522f2ad48b560'])
})
