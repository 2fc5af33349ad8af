// A secret's or parameter's name after its store (`move the key to Secrets Manager as
// tessaly/prod/acquirer-api-key`, red team round 15) went out in clear: only `<name> in Secrets
// Manager` was read. English after `as` stays. Also a secret's name under a *secret key
// (`--claims_db_secret aldercrest/prod/claims-db`, a Glue job argument) went out: not a generated value.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

t.test('a name after `<store> as` is masked with the store\'s kind', async (t) => {
  const masked = roundTripMasker(t)
  t.equal(await masked('Move the acquirer key to Secrets Manager as `tessaly/prod/acquirer-api-key` and the URL to Parameter Store as /prod/tessaly/acquirer-url.'),
    'Move the acquirer key to Secrets Manager as `SECRET_NAME_1` and the URL to Parameter Store as SSM_PARAMETER_1.')
  t.equal(await masked('Store it in AWS Secrets Manager as a secret acme/prod/db-creds, then in SSM as "orders-api-token".'),
    'Store it in AWS Secrets Manager as a secret SECRET_NAME_1, then in SSM as "SSM_PARAMETER_1".')
})

t.test('English after `<store> as` stays', async (t) => {
  const masked = roundTripMasker(t)
  for (const text of ['Secrets Manager as well as Parameter Store as needed; SSM as a service; Secrets Manager as key/value pairs.',
    'use Parameter Store as the source of truth', 'SSM as of 2024']) t.equal(await masked(text), text)
})

t.test('a secret\'s name held under a *secret key (a Glue job argument, an env var) is masked as the secret\'s name', async (t) => {
  const masked = roundTripMasker(t)
  t.equal(await masked('DefaultArguments: --claims_db_secret aldercrest/prod/claims-db --env prod'),
    'DefaultArguments: --claims_db_secret SECRET_NAME_1 --env prod')
  t.equal(await masked('{"--claims_db_secret":"aldercrest/prod/claims-db"}\nDB_SECRET=acme/prod/orders_db'),
    '{"--claims_db_secret":"SECRET_NAME_1"}\nDB_SECRET=SECRET_NAME_2')
  for (const text of ['client_secret: read/write', 'WEBHOOK_SECRET=hooks/abc']) t.equal(await masked(text), text)
})
