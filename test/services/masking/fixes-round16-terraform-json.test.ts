// Round 16: Terraform JSON (`*.tf.json`, CDKTF's `cdk.tf.json`) keys a resource by type and label
// (`{"aws_iam_role": {"ingest_role_5D2A8F3B": {"name": "x"}}}`): the `name` went out in clear, as flat
// text and in the JSON walk. Regression test, failing before.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { found } from './blackbox-helpers.js'

const SYNTH = {
  resource: {
    aws_iam_role: { ingest_role_5D2A8F3B: { assume_role_policy: '{}', name: 'halvorn-ingest-handler-role' } },
    aws_ecs_service: { api: { name: 'nerida-api', deployment_circuit_breaker: { enable: true } } },
    aws_lambda_function: { fn: { function_name: 'halvorn-ingest', environment: { variables: { name: 'kept-var' } } } }
  }
}

t.test('the name of a Terraform JSON resource', async (tt) => {
  const text = JSON.stringify(SYNTH, null, 2)
  tt.same(found(text), ['iam_role:halvorn-ingest-handler-role', 'resource_name:nerida-api', 'lambda_function:halvorn-ingest'], 'flat text')
  tt.same(found('{"tools": [{"name": "get_weather"}], "x": {"y": {"name": "z-1"}}}'), [], 'no resource type: no name')

  const store = createMemoryStore({ maxMappings: 1000 })
  const scope = await createMasker({ store }).openScope()
  const masked = JSON.stringify(await scope.maskJson(SYNTH))
  tt.notOk(masked.includes('halvorn-ingest-handler-role'), 'json: the role name is masked')
  tt.notOk(masked.includes('nerida-api'), 'json: the service name is masked')
  tt.ok(masked.includes('kept-var'), 'json: a nested block keeps its own keys')
  await scope.release()
  await store.close()
})
