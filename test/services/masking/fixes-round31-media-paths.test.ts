// Round 31 (media): MediaPackage and MediaTailor endpoints carry the customer's ids in the path
// (`/in/v2/<channel>/<ingest endpoint>/channel`, `/out/v1/<origin endpoint>/`, `/v1/master/<hash>/<configuration>/`);
// only the host's first label was masked, so the ingest endpoint's id and the playback configuration went upstream.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('MediaPackage and MediaTailor path ids are masked', async tt => {
  tt.same(found('Url: https://e41b7a02c9d35f18.mediapackage.eu-west-1.amazonaws.com/in/v2/b91e4c07d2f84a3e9c15/2d6f0a8b3e1c4f97a5d2/channel'),
    ['aws_hostname:e41b7a02c9d35f18', 'resource_name:b91e4c07d2f84a3e9c15', 'resource_name:2d6f0a8b3e1c4f97a5d2'])
  tt.same(found('https://7c3d1f9a0e2b4c68.mediapackage.eu-west-1.amazonaws.com/out/v1/4e9a1c7b02d3f856e1a0/index.m3u8'),
    ['aws_hostname:7c3d1f9a0e2b4c68', 'resource_name:4e9a1c7b02d3f856e1a0'])
  tt.same(found('https://3f8a2d71c9e04b6d8a1e5c02f7b9d436.mediatailor.eu-west-1.amazonaws.com/v1/master/8d1c0f36e7a24b59b0d1e6f2a9c83b47/kanalsport2-ssai/index.m3u8'),
    ['aws_hostname:3f8a2d71c9e04b6d8a1e5c02f7b9d436', 'resource_name:8d1c0f36e7a24b59b0d1e6f2a9c83b47', 'resource_name:kanalsport2-ssai'])
})

t.test("AWS's own media API paths stay", async tt => {
  tt.same(found('POST https://mediapackage.eu-west-1.amazonaws.com/channels'), [])
  tt.same(found('https://api.mediatailor.eu-west-1.amazonaws.com/playbackConfigurations'), [])
})
