// Round 31 (media and contact centres): fields naming a customer's resource or holding a secret
// were not read: MediaConvert's `EncryptedDecryptionKey`, MediaPackage's CDN authorization
// header (`X-MediaPackage-CDNIdentifier`), MediaLive's `PasswordParam` (an SSM parameter), End
// User Messaging's `OptOutListName`, Amazon Connect's `InstanceAlias` and its `<alias>.my.connect.aws` host.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('media and messaging fields are masked', async tt => {
  const masked = await maskedWithRoundTrip(JSON.stringify({
    EncryptedDecryptionKey: 'AQIDAHhB9qKpR2mZ7vXcLw4tN1sYbE8jU3oFd6gHaT0iQkVyWgFx==',
    PasswordParam: '/medialive/kanalsport2-mp-ingest-1',
    OptOutListName: 'medivio-otp-optouts',
    InstanceAlias: 'brightwave-support'
  }))
  for (const v of ['AQIDAHhB9qKp', 'kanalsport2-mp-ingest-1', 'medivio-otp-optouts', 'brightwave-support']) tt.notOk(masked.includes(v), v)
  const header = await maskedWithRoundTrip('X-MediaPackage-CDNIdentifier: 8a3f9c1e-d04b-47e2-b6a5-2c9e71d0f438')
  tt.notOk(header.includes('8a3f9c1e'))
})

t.test("an Amazon Connect instance's host is masked, the suffix kept", async tt => {
  tt.same(found('ccpUrl: "https://brightwave-support.my.connect.aws/ccp-v2/"'), ['aws_hostname:brightwave-support'])
})
