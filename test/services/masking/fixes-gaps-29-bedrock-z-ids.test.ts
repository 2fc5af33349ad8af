// Gaps round 29: a Bedrock id (ten upper-case letters and digits) starting with `Z` was masked but
// typed as a Route 53 hosted zone (`"knowledgeBaseId": "ZX4KQ7WM2P"` -> HOSTED_ZONE_1), telling the
// model a wrong kind. The field, option or ARN that names it gives its kind now; zone ids under
// zone fields, and longer `Z…` ids, stay hosted zones. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a Bedrock id starting with Z takes the kind its field says', async tt => {
  tt.same(found('"knowledgeBaseId": "ZX4KQ7WM2P"'), ['resource_name:ZX4KQ7WM2P'])
  tt.same(found('"agentId": "ZP3W8N1TQX"'), ['resource_name:ZP3W8N1TQX'])
  tt.same(found('aws bedrock-agent get-knowledge-base --knowledge-base-id ZX4KQ7WM2P'), ['resource_name:ZX4KQ7WM2P'])
  tt.same(found('arn:aws:bedrock:us-east-1:123456789012:knowledge-base/ZX4KQ7WM2P'), ['account_id:123456789012', 'arn:ZX4KQ7WM2P'])
})

t.test('hosted zone ids stay hosted zones', async tt => {
  tt.same(found('"HostedZoneId": "Z1D633PJN98FT9"'), ['hosted_zone:Z1D633PJN98FT9'])
  tt.same(found('"HostedZoneId": "Z1234567AB"'), ['hosted_zone:Z1234567AB'])
  tt.same(found('"ResourceId": "Z1D633PJN98FT9"'), ['hosted_zone:Z1D633PJN98FT9'])
  tt.same(found('arn:aws:route53:::hostedzone/Z1234567AB'), ['hosted_zone:Z1234567AB'])
})
