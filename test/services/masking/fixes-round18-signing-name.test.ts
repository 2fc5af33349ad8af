// Round 18: Envoy's aws_request_signing filter (and SigV4 proxies) say which AWS service they sign
// for under `service_name` (`es`, `aoss`, `execute-api`); it was masked as an ECS service's name.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a SigV4 signing name under service_name is AWS\'s', async (tt) => {
  tt.same(found('      service_name: es\n      region: eu-west-1\n'), [])
  tt.same(found('"service_name": "execute-api"'), [])
  tt.same(found('aws ecs update-service --service orders-api'), ['ecs_service:orders-api'], 'an ECS service is still masked')
  tt.same(found('"serviceName": "checkout"'), ['ecs_service:checkout'])
})
