// Red team round 19, left over: a Buildkite aws-sm plugin maps an env var to a Secrets Manager
// secret by name (`DATADOG_API_KEY: quorvane/ci/datadog-api-key`), and the name stayed in clear: a
// secret's name where the secret would be was read only under `*_SECRET`. Under `*_KEY` and `*_TOKEN`
// too, save a host's file path (`/run/secrets/x`). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a secret name under a key or token variable', async tt => {
  tt.same(found('      - cultureamp/aws-sm#v2.2.0:\n          env:\n            DATADOG_API_KEY: quorvane/ci/datadog-api-key\n            GH_TOKEN: "ci/github/token-2"'),
    ['secret_name:quorvane/ci/datadog-api-key', 'secret_name:ci/github/token-2'])
  tt.same(found('SENTRY_AUTH_TOKEN=acme/prod/sentry/auth'), ['secret_name:acme/prod/sentry/auth'], 'three segments, no digit')
  tt.same(found(JSON.stringify({ env: { STRIPE_API_KEY: 'payments/stripe_live' } })), ['secret_name:payments/stripe_live'], 'JSON')
})

t.test('what is no secret name stays', async tt => {
  for (const text of ['API_KEY: /run/secrets/api_key', 'TLS_KEY=/etc/ssl/private/tls', 'SIGNING_KEY: keys/app', 'NPM_TOKEN: read/write',
    'PRIMARY_KEY: id', 'GITHUB_TOKEN: ${{ secrets.GH }}']) tt.same(found(text), [], text)
})
