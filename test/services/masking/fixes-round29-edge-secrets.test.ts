// Round 29 (IoT, edge and hybrid connectivity): secrets that went out in clear. A Wi-Fi
// pre-shared key (`"psk": "x"`), Storage Gateway's CHAP secrets (`SecretToAuthenticateTarget`)
// and open-iscsi's mutual one (`node.session.auth.password_in = x`), an IoT custom authorizer's
// `--token-signature`, a header given as a key/value pair (an IoT rule's HTTP action:
// `{"key": "x-api-key", "value": "x"}`), Mosquitto's clients' `-P x`. Other pairs, flags of other
// tools and plain words stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('device and gateway secrets', async tt => {
  tt.same(found('"factoryWifi": { "ssid": "LINE3", "psk": "Ln3!fact0ry-Wp2026#" }'), ['connection_secret:Ln3!fact0ry-Wp2026#'])
  tt.same(found('"SecretToAuthenticateTarget": "Tg3nB8sWq5Yc1Jfd"'), ['connection_secret:Tg3nB8sWq5Yc1Jfd'])
  tt.same(found('67:node.session.auth.password_in = Tg3nB8sWq5Yc1Jfd'), ['connection_secret:Tg3nB8sWq5Yc1Jfd'])
  tt.same(found('--token-signature "dG9rZW5zaWduYXR1cmVfZm9yX3NpdGUwNDRfa2VzdHJlbA=="'), ['api_key:dG9rZW5zaWduYXR1cmVfZm9yX3NpdGUwNDRfa2VzdHJlbA=='])
  tt.same(found('"headers": [ { "key": "x-api-key", "value": "vp_live_4Hq9Tz2Lm8Xc1Wn6Rb3Kd7Fs" } ]'), ['api_key:vp_live_4Hq9Tz2Lm8Xc1Wn6Rb3Kd7Fs'])
  tt.same(found("mosquitto_sub -h broker -p 1883 -u crane07 -P 'Kr4n!07-hafen' -t 'telemetry/#'"), ['connection_secret:Kr4n!07-hafen'])
  for (const text of ['{"key": "env", "value": "prod"}', '{"Key": "Owner", "Value": "jane"}', 'scp -P 2222 file host:', 'the psk is rotated monthly', 'rsync -P src dst']) {
    tt.same(found(text), [], text)
  }
})
