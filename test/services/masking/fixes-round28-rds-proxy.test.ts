// Round 28 (databases and caches): RDS Proxy. Its name (`DBProxyName`, `--db-proxy-name`) was no
// name field and went out in clear; `create-db-proxy --auth SecretArn=arn:...,IAMAuth=REQUIRED`
// was masked whole as one API key (an `auth` value), hiding the shorthand's keys and the ARN's
// structure: AWS CLI shorthand is now read inside (the ARN's account and secret masked as
// usual), base64 `auth` values stay masked whole. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("an RDS Proxy's name", async tt => {
  tt.same(found('"DBProxyName": "pay-proxy"'), ['resource_name:pay-proxy'])
  tt.same(found('aws rds describe-db-proxies --db-proxy-name pay-proxy'), ['resource_name:pay-proxy'])
  tt.same(found('DBProxyName: ledger-proxy-ro'), ['resource_name:ledger-proxy-ro'])
})

t.test("create-db-proxy's --auth shorthand", async tt => {
  tt.same(found('--auth SecretArn=arn:aws:secretsmanager:us-east-1:123456789012:secret:pay-db-AbCdEf,IAMAuth=REQUIRED'),
    ['account_id:123456789012', 'secret_name:pay-db-AbCdEf'])
  tt.same(found('--auth "AuthScheme=SECRETS,SecretArn=arn:aws:secretsmanager:eu-west-1:210987654321:secret:rds/app-Zx81Qa,IAMAuth=DISABLED"'),
    ['account_id:210987654321', 'secret_name:rds/app-Zx81Qa'])
  tt.same(found('"auth": "QWxhZGRpbg=="'), ['api_key:QWxhZGRpbg=='])
  tt.same(found('auth: Xk9-P2qz-7Lm4W'), ['api_key:Xk9-P2qz-7Lm4W'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('--auth SecretArn=arn:aws:secretsmanager:us-east-1:123456789012:secret:pay-db-AbCdEf,IAMAuth=REQUIRED'),
    '--auth SecretArn=arn:aws:secretsmanager:us-east-1:ACCOUNT_ID_1:secret:SECRET_NAME_1,IAMAuth=REQUIRED')
})
