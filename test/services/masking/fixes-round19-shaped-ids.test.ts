// Round 19: an Amazon Managed Prometheus workspace id (`ws-<uuid>`) named in chat, and a Spot Fleet
// request id (`sfr-<uuid>`) in the Jenkins EC2 Fleet plugin's config, stayed in clear: no shape
// knew them (the workspace was masked only inside its remote_write URL and ARN).
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('AMP workspace and Spot Fleet request ids are masked by shape', async (tt) => {
  tt.same(found('remote write to workspace ws-4016830c-47e1-45be-b2d8-2f0e0859e9ae returns 403'),
    ['resource_name:ws-4016830c-47e1-45be-b2d8-2f0e0859e9ae'])
  tt.same(found('aws amp describe-workspace --workspace-id ws-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'),
    ['resource_name:ws-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'])
  tt.same(found('  <fleet>sfr-4e2b9c1a-7d3f-4a8e-b5c6-1f9d2e7a3c84</fleet>'), ['spot_request:sfr-4e2b9c1a-7d3f-4a8e-b5c6-1f9d2e7a3c84'])
  tt.same(found('aws ec2 cancel-spot-fleet-requests --spot-fleet-request-ids sfr-11112222-3333-4444-5555-666677778888'),
    ['spot_request:sfr-11112222-3333-4444-5555-666677778888'])
  tt.same(found('ws-1 and ws-abc, sfr-1234 and ws-4016830c'), [], 'words and short ids are no uuid')
})
