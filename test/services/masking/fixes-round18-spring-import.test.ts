// Round 18: Spring Cloud AWS loads configuration from `spring.config.import` entries
// `aws-parameterstore:/path/` and `aws-secretsmanager:name`; the path and the secret's name stayed
// in clear. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Spring Cloud AWS import entries name a parameter path and a secret', async (tt) => {
  tt.same(found('  config:\n    import:\n      - aws-parameterstore:/acme/fulfilment/prod/\n'), ['ssm_parameter:/acme/fulfilment/prod/'])
  tt.same(found('      - optional:aws-parameterstore:/acme/fulfilment/prod/\n'), ['ssm_parameter:/acme/fulfilment/prod/'])
  tt.same(found('spring.config.import=aws-secretsmanager:acme/db-creds\n'), ['secret_name:acme/db-creds'])
})
