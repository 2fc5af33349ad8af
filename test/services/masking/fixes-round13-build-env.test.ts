// Round 13 (blackbox-12): a CodeBuild environment variable of type PARAMETER_STORE or
// SECRETS_MANAGER (a pipeline action's EnvironmentVariables, a project, Terraform, the CLI's
// override) put the SSM parameter's or secret's name out in clear: its value is that name, and the
// variable's own name said nothing the readers knew. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['pipeline action, JSON in a string', '"EnvironmentVariables": "[{\\"name\\":\\"SENTRY_AUTH_TOKEN\\",\\"value\\":\\"/brannock/ci/sentry-token\\",\\"type\\":\\"PARAMETER_STORE\\"}]"', '/brannock/ci/sentry-token'],
  ['project, JSON', '"environmentVariables": [\n    { "name": "LEDGER_DB", "value": "prod/brannock/ledger-db:password", "type": "SECRETS_MANAGER" }\n]', 'prod/brannock/ledger-db'],
  ['Terraform block', 'environment_variable {\n    name  = "NPM_TOKEN"\n    value = "/brannock/ci/npm-token"\n    type  = "PARAMETER_STORE"\n  }', '/brannock/ci/npm-token'],
  ['CLI override', 'aws codebuild start-build --project-name web --environment-variables-override name=SENTRY,value=/brannock/ci/sentry-token,type=PARAMETER_STORE', '/brannock/ci/sentry-token']
]

t.test('the parameter or secret name is hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('what names nothing stays', async (tt) => {
  tt.same(found('{ "name": "STAGE", "value": "prod", "type": "PLAINTEXT" }'), [], 'a plain variable')
  tt.same(found('{ "name": "DB_PASSWORD", "value": "prod/ledger-db:password:AWSCURRENT", "type": "SECRETS_MANAGER" }'), ['secret_name:prod/ledger-db'], 'the json key and stage of a secret reference')
  tt.same(found('{ "name": "DB", "value": "arn:aws:secretsmanager:eu-central-1:307652918441:secret:prod/db-Ab12Cd", "type": "SECRETS_MANAGER" }').filter(f => !f.startsWith('account_id') && !f.startsWith('secret_name:prod/db') && !f.startsWith('arn')), [], 'an ARN is the scanner\'s')
})
