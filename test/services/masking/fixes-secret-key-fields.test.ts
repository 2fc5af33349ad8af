// Keys named for a framework's or a vendor's secret went out in clear: Rails' secret_key_base,
// Laravel's APP_KEY, Datadog's app_key, New Relic's license_key, Segment's write_key, a
// signing or encryption key (red team round 18 and probes). References and placeholders stay.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

t.test('the values of secret-named keys are masked', async (t) => {
  const masked = roundTripMasker(t)
  const hex128 = '9f3c2a1b7d4e6f80a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718'.repeat(2)
  t.equal(await masked(`production:\n  secret_key_base: ${hex128}\n`), 'production:\n  secret_key_base: API_KEY_1\n')
  t.equal(await masked('APP_KEY=base64:Zk2mQ9xL7pR3vN8bW1cY6dF5gH0jT2sK9aE4uI7oP1s='), 'APP_KEY=API_KEY_1')
  t.equal(await masked('datadog_app_key = "1f3e5a7c9b2d4f6e8a0c2b4d6f8e0a1c3b5d7f9e"'), 'datadog_app_key = "API_KEY_1"')
  t.equal(await masked('NEW_RELIC_LICENSE_KEY=eu01xx3f8a9c2e1b7d4a6f5c0e9d8b7a6fNRAL\nSEGMENT_WRITE_KEY=Qm9vZ2llV29vZ2llMTIzNDU2'),
    'NEW_RELIC_LICENSE_KEY=API_KEY_1\nSEGMENT_WRITE_KEY=API_KEY_2')
  t.equal(await masked('ENCRYPTION_KEY=7d3e1f9a2b4c4d6e8f0a1b2c3d4e5f6a\nsigning_key: a8F3kQ9zL2mX7pR4vN1bW6cY'),
    'ENCRYPTION_KEY=API_KEY_1\nsigning_key: API_KEY_2')
})

t.test('references, placeholders and other keys ending alike stay', async (t) => {
  const masked = roundTripMasker(t)
  const text = 'app_key_id: 12\nlicense_key_file: /etc/nr/license.txt\nencryption_key = aws_kms_key.logs.arn\n"AppKey": "${DD_APP_KEY}"\nlicenseKey: changeme'
  t.equal(await masked(text), text)
})
