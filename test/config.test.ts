import t from 'tap'
import { ConfigError, ConfigSchema, loadConfig, serviceKeys } from '../config.js'

t.test('defaults match the documented table', async (t) => {
  const c = loadConfig({})
  t.equal(c.PORT, 3000)
  t.equal(c.HOST, '0.0.0.0')
  t.equal(c.LOG_LEVEL, 'info')
  t.equal(c.ANTHROPIC_API_KEY, undefined)
  t.equal(c.ANTHROPIC_BASE_URL, 'https://api.anthropic.com')
  t.equal(c.RATE_LIMIT_MAX, 60)
  t.equal(c.RATE_LIMIT_ANALYZE_MAX, 10)
  t.equal(c.RATE_LIMIT_WINDOW_MS, 60000)
  t.equal(c.BODY_LIMIT_BYTES, 33554432)
  t.equal(c.SHUTDOWN_TIMEOUT_MS, 25000)
  t.equal(c.SHUTDOWN_DELAY_MS, 0)
  t.equal(c.PRESSURE_MAX_EVENT_LOOP_DELAY_MS, 1000)
  t.equal(c.PRESSURE_MAX_HEAP_USED_BYTES, 0)
  t.equal(c.PRESSURE_MAX_RSS_BYTES, 0)
  t.equal(c.MASK_MAX_MAPPINGS, 1000000)
  t.equal(c.MASK_SCOPE_TTL_MS, 3600000)
  t.equal(c.MASK_RESTORE_SECRETS, true)
  t.equal(c.UPSTREAM_TIMEOUT_MS, 120000)
  t.equal(c.UPSTREAM_DEADLINE_MS, 600000)
  t.equal(c.UPSTREAM_MAX_RETRIES, 3)
  t.equal(c.BREAKER_FAILURE_THRESHOLD, 5)
  t.equal(c.BREAKER_RESET_MS, 30000)
  t.equal(c.ANALYZE_MAX_CONTEXT_CHARS, 200000)
  t.equal(c.ANALYZE_DEFAULT_MODEL, 'claude-sonnet-4-5')
  t.equal(c.REDIS_URL, undefined)
  t.equal(c.SERVICE_API_KEYS, undefined)
})

t.test('every documented variable is in the schema and the README table', async (t) => {
  const { readFile } = await import('node:fs/promises')
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8').catch(() => '')
  for (const name of Object.keys(ConfigSchema.properties)) {
    t.match(readme, `| \`${name}\` |`, `${name} documented in README.md`)
  }
})

t.test('parses valid values strictly', async (t) => {
  const c = loadConfig({
    PORT: '8080', LOG_LEVEL: 'debug', MASK_RESTORE_SECRETS: '0', ANTHROPIC_BASE_URL: 'http://127.0.0.1:4010/base',
    RATE_LIMIT_MAX: ' 5 ', ANTHROPIC_API_KEY: 'sk-test', REDIS_URL: 'redis://127.0.0.1:6379'
  })
  t.equal(c.PORT, 8080)
  t.equal(c.LOG_LEVEL, 'debug')
  t.equal(c.MASK_RESTORE_SECRETS, false)
  t.equal(c.ANTHROPIC_BASE_URL, 'http://127.0.0.1:4010/base')
  t.equal(c.RATE_LIMIT_MAX, 5)
  t.equal(loadConfig({ MASK_RESTORE_SECRETS: 'TRUE' }).MASK_RESTORE_SECRETS, true)
  t.equal(loadConfig({ MASK_RESTORE_SECRETS: '1' }).MASK_RESTORE_SECRETS, true)
  t.equal(loadConfig({ MASK_RESTORE_SECRETS: 'false' }).MASK_RESTORE_SECRETS, false)
})

t.test('empty values count as unset', async (t) => {
  const c = loadConfig({ PORT: '', ANTHROPIC_API_KEY: '', SERVICE_API_KEYS: '  ' })
  t.equal(c.PORT, 3000)
  t.equal(c.ANTHROPIC_API_KEY, undefined)
  t.equal(c.SERVICE_API_KEYS, undefined)
})

const bad: Array<[string, string, RegExp]> = [
  ['PORT', 'abc', /PORT must be an integer from 0 to 65535/],
  ['PORT', '70000', /PORT must be an integer from 0 to 65535/],
  ['PORT', '1.5', /PORT must be an integer/],
  ['RATE_LIMIT_MAX', '-1', /RATE_LIMIT_MAX must be an integer >= 1/],
  ['RATE_LIMIT_MAX', '0', /RATE_LIMIT_MAX must be an integer >= 1/],
  ['BODY_LIMIT_BYTES', '1e6', /BODY_LIMIT_BYTES must be an integer/],
  ['BODY_LIMIT_BYTES', '0x10', /BODY_LIMIT_BYTES must be an integer/],
  ['UPSTREAM_MAX_RETRIES', '2.0', /UPSTREAM_MAX_RETRIES must be an integer >= 0/],
  ['MASK_RESTORE_SECRETS', 'yes', /MASK_RESTORE_SECRETS must be true, false, 1 or 0/],
  ['LOG_LEVEL', 'verbose', /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
  ['ANTHROPIC_BASE_URL', 'ftp://example.invalid', /ANTHROPIC_BASE_URL must be an http\(s\) URL/],
  ['ANTHROPIC_BASE_URL', 'api.anthropic.com', /ANTHROPIC_BASE_URL must be an http\(s\) URL/],
  ['ANTHROPIC_BASE_URL', 'http://', /ANTHROPIC_BASE_URL must be an http\(s\) URL/],
  ['REDIS_URL', 'localhost:6379', /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/]
]

for (const [name, value, expected] of bad) {
  t.test(`rejects ${name}=${value} with one line naming the variable`, async (t) => {
    try {
      loadConfig({ [name]: value })
      t.fail('should have thrown')
    } catch (err) {
      t.type(err, ConfigError)
      const message = (err as Error).message
      t.match(message, expected)
      t.notMatch(message, /\n/, 'one line')
      t.equal((err as ConfigError).variable, name)
    }
  })
}

t.test('never echoes the rejected value (it could be a secret)', async (t) => {
  t.throws(() => loadConfig({ RATE_LIMIT_MAX: 'sk-ant-secret-value' }), { message: /^(?!.*sk-ant-secret-value)/ })
})

t.test('serviceKeys splits SERVICE_API_KEYS and drops blanks', async (t) => {
  t.same(serviceKeys({ SERVICE_API_KEYS: ' a , ,b,' }), ['a', 'b'])
  t.same(serviceKeys({ SERVICE_API_KEYS: undefined }), [])
})
