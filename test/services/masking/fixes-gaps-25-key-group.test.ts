// Round 22 left over (blackbox-21): a CloudFront key group named in prose after `key group`
// stayed in clear. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a name after key group', async tt => {
  tt.same(found('New link (key group talvane-media-signers, custom policy)'), ['resource_name:talvane-media-signers'])
  tt.same(found('the CloudFront key group media-signers-2 holds two keys'), ['resource_name:media-signers-2'])
  tt.same(found('key groups web-signers and app-signers'), ['resource_name:web-signers', 'resource_name:app-signers'], 'listed')
  const masked = await maskedWithRoundTrip('we moved to the key group talvane-media-signers last week')
  tt.notOk(masked.includes('talvane-media-signers'))
})

t.test('the noun alone stays', async tt => {
  tt.same(found('we moved to a key group. The key group is new; the key group\'s public keys'), [])
})
