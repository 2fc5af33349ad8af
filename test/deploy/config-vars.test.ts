// The ConfigMap, Secret template and compose environment set only real config vars, with values
// the app's own loader accepts.
import t from 'tap'
import { ConfigSchema, loadConfig } from '../../config.js'
import { documentedConfig, readYaml } from './deploy-files.js'

const schemaVars = new Set(Object.keys(ConfigSchema.properties))
const configMap: Record<string, string> = readYaml('deploy/k8s/configmap.yaml').data
const secret: Record<string, string> = readYaml('deploy/k8s/secret.yaml').stringData

t.test('the architecture table and the schema list the same variables', async (t) => {
  const documented = documentedConfig()
  t.ok(documented.size >= 20, `${documented.size} documented vars`)
  for (const name of documented.keys()) t.ok(schemaVars.has(name), `${name} (documented) is in ConfigSchema`)
})

t.test('ConfigMap keys are config vars, non-secret, and load', async (t) => {
  for (const key of Object.keys(configMap)) t.ok(schemaVars.has(key), `${key} is a config var`)
  for (const key of ['ANTHROPIC_API_KEY', 'SERVICE_API_KEYS', 'REDIS_URL']) t.notOk(key in configMap, `${key} is not in the ConfigMap`)
  const config = loadConfig({ ...configMap })
  t.equal(config.PORT, 3000)
  t.equal(config.SHUTDOWN_TIMEOUT_MS, 25_000)
  t.ok(config.PRESSURE_MAX_RSS_BYTES > 0, 'RSS load shedding is on in Kubernetes')
})

t.test('a wrong ConfigMap value would be refused by the app', async (t) => {
  t.throws(() => loadConfig({ ...configMap, PORT: 'http' }), /PORT/)
})

t.test('Secret template: the three secrets as placeholders that load', async (t) => {
  t.same(Object.keys(secret).sort(), ['ANTHROPIC_API_KEY', 'REDIS_URL', 'SERVICE_API_KEYS'])
  for (const [key, value] of Object.entries(secret)) t.match(value, /REPLACE_ME/, `${key} is a placeholder`)
  const config = loadConfig({ ...configMap, ...secret })
  t.match(config.REDIS_URL, /^redis:\/\//)
})

t.test('compose environment uses config vars only', async (t) => {
  const env: Record<string, string> = readYaml('deploy/docker-compose.yml').services['aws-masker'].environment
  for (const key of Object.keys(env)) t.ok(schemaVars.has(key), `${key} is a config var`)
  t.doesNotThrow(() => loadConfig({ ...env, ANTHROPIC_API_KEY: 'x', SERVICE_API_KEYS: 'y' }))
})
