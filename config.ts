// Every setting comes from the environment, is checked once at start-up against one TypeBox
// schema, and has a documented default (see README.md and docs/architecture.md).
import Type, { type Static, type TSchema } from 'typebox'
import Value from 'typebox/value'

const MiB = 1024 * 1024

const int = (def: number | undefined, minimum: number, description: string) =>
  Type.Integer({ minimum, maximum: Number.MAX_SAFE_INTEGER, description, ...(def === undefined ? {} : { default: def }) })
const bool = (def: boolean, description: string) => Type.Boolean({ default: def, description })
const text = (description: string) => Type.Optional(Type.String({ minLength: 1, description }))

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'listening port' }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0', description: 'listening address' }),
  LOG_LEVEL: Type.Union(LOG_LEVELS.map((l) => Type.Literal(l)), { default: 'info', description: 'pino level' }),
  ANTHROPIC_API_KEY: text('server key used when the client sends none'),
  ANTHROPIC_BASE_URL: Type.String({ pattern: '^https?://[^\\s/?#]+[^\\s]*$', default: 'https://api.anthropic.com', description: 'upstream base URL' }),
  RATE_LIMIT_MAX: int(60, 1, 'requests per window per client'),
  RATE_LIMIT_ANALYZE_MAX: int(10, 1, 'requests per window per client on /analyze'),
  RATE_LIMIT_WINDOW_MS: int(60_000, 1, 'rate-limit window'),
  BODY_LIMIT_BYTES: int(32 * MiB, 1, 'largest accepted request body'),
  SHUTDOWN_TIMEOUT_MS: int(25_000, 1, 'drain time before forced exit'),
  SHUTDOWN_DELAY_MS: int(0, 0, 'time between readiness turning 503 and the listener closing'),
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: int(1000, 0, 'event-loop delay that sheds load, 0 disables'),
  PRESSURE_MAX_HEAP_USED_BYTES: int(0, 0, 'heap use that sheds load, 0 disables'),
  PRESSURE_MAX_RSS_BYTES: int(0, 0, 'RSS that sheds load, 0 disables'),
  MASK_MAX_MAPPINGS: int(1_000_000, 1, 'cap on stored token entries'),
  MASK_SCOPE_TTL_MS: int(3_600_000, 1, 'idle TTL of named scopes'),
  MASK_RESTORE_SECRETS: bool(true, 'false keeps secrets one-way'),
  PROXY_PASS_MCP_AUTHORIZATION: bool(false, 'true sends mcp_servers[].authorization_token upstream unmasked; false refuses a request carrying one (422)'),
  MASK_RESULT_CACHE_BYTES: int(64 * MiB, 0, 'masking and leak-check results kept for resent conversation turns, 0 disables'),
  MASK_DETECT_WORKERS: int(1, 0, 'worker threads detecting long texts off the event loop, 0 detects inline'),
  MASK_DETECT_WORKER_MIN_CHARS: int(262_144, 1, 'texts at least this long are detected in a worker'),
  UPSTREAM_TIMEOUT_MS: int(120_000, 1, 'per attempt'),
  UPSTREAM_DEADLINE_MS: int(600_000, 1, 'whole call including retries'),
  UPSTREAM_STREAM_DEADLINE_MS: int(3_600_000, 1, 'whole life of a streamed answer'),
  UPSTREAM_MAX_RETRIES: int(3, 0, 'retries after the first attempt'),
  BREAKER_FAILURE_THRESHOLD: int(5, 1, 'consecutive failed calls that open the breaker'),
  BREAKER_RESET_MS: int(30_000, 1, 'open -> half-open'),
  ANALYZE_MAX_CONTEXT_CHARS: int(200_000, 1, 'largest /analyze context'),
  ANALYZE_DEFAULT_MODEL: Type.String({ minLength: 1, default: 'claude-sonnet-4-5', description: 'model for /analyze' }),
  MASK_REDIS_REPLICA_ENTRIES: int(200_000, 0, 'token entries of Redis conversations each replica keeps copies of between requests, 0 copies a scope whole per request'),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://', description: 'Redis store and shared rate limits' })),
  SERVICE_API_KEYS: text('comma-separated inbound keys')
})

export type Config = Static<typeof ConfigSchema>

/** A bad environment value; the message is one line naming the variable and what it accepts. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID'
  constructor (readonly variable: string, accepts: string) {
    super(`Invalid configuration: ${variable} must be ${accepts}`)
    this.name = 'ConfigError'
  }
}

type Prop = TSchema & { type?: string, minimum?: number, maximum?: number, anyOf?: Array<{ const: string }>, pattern?: string }

function accepts (schema: Prop): string {
  if (schema.type === 'integer') {
    return schema.maximum === 65535 ? `an integer from ${schema.minimum} to 65535` : `an integer >= ${schema.minimum}`
  }
  if (schema.type === 'boolean') return 'true, false, 1 or 0'
  if (schema.anyOf) return `one of ${schema.anyOf.map((s) => s.const).join(', ')}`
  if (schema.pattern?.startsWith('^https?')) return 'an http(s) URL such as https://api.anthropic.com'
  if (schema.pattern?.startsWith('^rediss?')) return 'a redis:// or rediss:// URL'
  return 'a non-empty string'
}

// TypeBox's Convert is lenient ('1.5' -> 1, 'yes' stays a string): parse strictly by hand
// and leave anything unparsable as the raw string so Check rejects it.
function coerce (schema: Prop, raw: string): unknown {
  if (schema.type === 'integer') return /^\d+$/.test(raw) ? Number(raw) : raw
  if (schema.type === 'boolean') {
    const b = raw.trim().toLowerCase()
    return b === 'true' || b === '1' ? true : b === 'false' || b === '0' ? false : raw
  }
  return raw
}

/** Reads the environment; throws ConfigError on the first bad value. Empty values count as unset. */
export function loadConfig (env: Record<string, string | undefined> = process.env): Config {
  const properties = ConfigSchema.properties as Record<string, Prop>
  const input: Record<string, unknown> = {}
  for (const [name, schema] of Object.entries(properties)) {
    const raw = env[name]
    if (raw === undefined || raw.trim() === '') continue
    input[name] = coerce(schema, raw.trim())
  }
  const config = Value.Default(ConfigSchema, input)
  for (const [name, schema] of Object.entries(properties)) {
    if (!Value.Check(schema, (config as Record<string, unknown>)[name]) && name in (config as object)) {
      throw new ConfigError(name, accepts(schema))
    }
  }
  if (!Value.Check(ConfigSchema, config)) {
    const first = Value.Errors(ConfigSchema, config)[0]
    throw new ConfigError(first?.instancePath.slice(1) || 'configuration', 'valid')
  }
  return config
}

/** SERVICE_API_KEYS as a list (blank entries dropped). */
export function serviceKeys (config: Pick<Config, 'SERVICE_API_KEYS'>): string[] {
  return (config.SERVICE_API_KEYS ?? '').split(',').map((k) => k.trim()).filter((k) => k.length > 0)
}
