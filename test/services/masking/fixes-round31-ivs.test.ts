// Round 31 (media and games): Amazon IVS. A stream key (`sk_<region>_<12>_<30>`) lets anyone
// broadcast on the channel and went upstream bare (OBS settings, an `rtmps://` URL's tail); the
// ingest and playback hosts (`<id>.global-contribute.live-video.net`) were not read as AWS hosts;
// the playback path's account (`us-west-2.<account>.channel.<id>`) was taken for a decimal's
// fraction. IVS Chat's own endpoint `edge.ivschat.<region>.amazonaws.com` lost its `edge`.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('an IVS stream key is masked whole', async tt => {
  const key = 'sk_us-west-2_Lq8ZtR3vXm2p_N7kWbE4yHs9JdUcF1gVa6oTi5QrPx0'
  tt.same(found(`Stream Key: ${key}`), [`api_key:${key}`])
  const masked = await maskedWithRoundTrip(`ffmpeg -f flv rtmps://a1b2c3d4e5f6.global-contribute.live-video.net:443/app/${key}`)
  tt.notOk(masked.includes('Lq8ZtR3vXm2p'))
  tt.notOk(masked.includes('a1b2c3d4e5f6'))
  tt.match(masked, /\.global-contribute\.live-video\.net:443\/app\//)
})

t.test("the playback URL's ingest id and account are masked", async tt => {
  const url = 'https://a1b2c3d4e5f6.us-west-2.playback.live-video.net/api/video/v1/us-west-2.518274093316.channel.Xk4pR9tL2mQv.m3u8'
  tt.same(found(url), ['aws_hostname:a1b2c3d4e5f6', 'account_id:518274093316'])
})

t.test('numbers and look-alikes stay', async tt => {
  for (const text of ['version 1.123456789012 and ratio 2.518274093316', 'see docs.live-video.net', 'sk_test_abc and x_sk_us-west-2_a', 'wss://edge.ivschat.us-west-2.amazonaws.com']) {
    tt.same(found(text), [], text)
  }
})
