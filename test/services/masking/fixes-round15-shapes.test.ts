// Round 15: tcpdump writes an IPv6 address with its port after a dot (`2600:…:e6c5.5432`): the
// address went out in clear; a framework's signing key under a dotted key (`webserver.secret_key`,
// Airflow's `core.fernet_key`) went out; Bedrock's system guardrail profile (`us.guardrail.v1:0`,
// AWS's id in a customer ARN) was masked. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('an IPv6 address with tcpdump\'s .port', async (tt) => {
  const line = '09:14:07.902890 IP6 2600:1f18:6a2c:8d11:9d0e:44b2:7a13:e6c5.5432 > 2600:1f18:6a2c:8d04::4d18.51102: Flags [R.], seq 0'
  tt.same(found(line), ['ipv6:2600:1f18:6a2c:8d11:9d0e:44b2:7a13:e6c5', 'ipv6:2600:1f18:6a2c:8d04::4d18'])
  const masked = await maskedWithRoundTrip(line)
  tt.match(masked, /IPV6_1\.5432 > IPV6_2\.51102:/, 'the ports stay readable')
  tt.same(found('mapped ::ffff:10.0.0.1 here'), ['ipv4_private:10.0.0.1'], 'an embedded IPv4 is still read as IPv4')
})

t.test('a signing key under a dotted or prefixed key', async (tt) => {
  for (const [text, value] of [['"webserver.secret_key": "a4f8c2e6b0d4f8a2c6e0b4d8f2a6c0e4"', 'a4f8c2e6b0d4f8a2c6e0b4d8f2a6c0e4'],
    ['"core.fernet_key": "Zk3pR9vQ2mT7xL1cW5nB8fJ4dY6sA0eG3uZ7iO1tPq8="', 'Zk3pR9vQ2mT7xL1cW5nB8fJ4dY6sA0eG3uZ7iO1tPq8='],
    ['DJANGO_SECRET_KEY=django-insecure-k3v9qx2m7hbt4n8w', 'django-insecure-k3v9qx2m7hbt4n8w']]) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), masked)
  }
  tt.same(found('flask_secret_key: changeme'), [], 'a plain word is no generated key')
  tt.same(found('secret_key: ${FLASK_SECRET_KEY}'), [], 'a placeholder stays')
})

t.test('Bedrock\'s system guardrail profile stays readable', async (tt) => {
  tt.same(found('"arn:aws:bedrock:us-west-2:563920184472:guardrail-profile/us.guardrail.v1:0"'), ['account_id:563920184472'])
  tt.same(found('arn:aws:bedrock:us-west-2:563920184472:guardrail/k4x9qz2m7hbt'), ['account_id:563920184472', 'arn:k4x9qz2m7hbt'], 'a guardrail of the customer\'s is masked')
})
