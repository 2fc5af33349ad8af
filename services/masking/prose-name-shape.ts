// The shape of a bare (unquoted) name in prose where English could stand too: before a noun
// (`the orders-v2 table`) and after `<noun> is` (`the task role is checkout-api-task-role`).
// Lower case with `-`, `_` or `.`; no English compound (`write-heavy`, `fully-formed`), product
// version (`python-3.12`) or file (`main.tf`).

/** First and last words of English compounds that describe a resource (`high-traffic`, `write-heavy`, `service-linked`). */
const ADJECTIVE_HEADS: ReadonlySet<string> = new Set(['high', 'low', 'long', 'short', 'single', 'full', 'half', 'fine', 'hot', 'cold', 'warm',
  'large', 'small', 'big', 'general', 'special', 'auto', 'top', 'mid', 'old', 'new', 'read', 'write', 'mission',
  'load', 'smoke', 'stress', 'soak']) // `the load-test lambda`: a test's kind
const ADJECTIVE_TAILS: ReadonlySet<string> = new Set(['heavy', 'facing', 'linked', 'critical', 'sensitive', 'intensive', 'only', 'bound',
  'scoped', 'style', 'like', 'type', 'free', 'safe', 'ready', 'scale', 'term', 'hosted', 'owned', 'defined', 'made', 'sized', 'related',
  'powered', 'dependent', 'light', 'traffic', 'volume', 'priority', 'latency', 'cost', 'time', 'side', 'wide', 'level', 'execution', 'service'])
/** `ubuntu-22.04`, `python-3.12`, `pg-15`, `node18`: a product or engine and its version. */
const PRODUCT_VERSION = /^[a-z]+-?v?\d+(?:\.\d+)+$|^(?:pg|postgres(?:ql)?|mysql|mariadb|aurora|redis|valkey|memcached|node(?:js)?|python|java|ruby|go|dotnet|php|k8s|kubernetes|eks|elasticsearch|opensearch|kafka|mongo(?:db)?)[-_]?v?\d+$/
/** `fully-formed`, `newly-created`: an adverb makes the compound English; `nightly`, `daily` name a job's schedule. */
const ADVERB = /^[a-z]{2,}ly$/
const NOT_ADVERB = /^(?:nightly|daily|weekly|monthly|hourly|yearly|quarterly|early|family|assembly|supply|reply|anomaly|poly|ally|fly)$/
/** `app.handler`, `main.tf`, `template.yaml`: a handler or a file, not a resource. */
const FILE_OR_HANDLER = /\.(?:handler|lambda_handler|main|m?js|cjs|ts|py|go|java|rb|json|ya?ml|tf|zip|jar|sh|txt|csv)$/

/** A bare lower-case word with `-`, `_` or `.` that names a thing rather than describes it. */
export function isBareName (name: string): boolean {
  if (/[A-Z]/.test(name) || !/[-_.]/.test(name) || PRODUCT_VERSION.test(name) || FILE_OR_HANDLER.test(name)) return false
  const segs = name.split(/[-_.]/)
  if (segs[0] === 'aws' || segs[0] === 'amazon') return false
  if (/[0-9_.]/.test(name)) return true
  // only `-`: `billing-dlq`, or English (`write-heavy`, `fully-formed`)
  return !ADJECTIVE_HEADS.has(segs[0]) && !ADJECTIVE_TAILS.has(segs[segs.length - 1]) && !(ADVERB.test(segs[0]) && !NOT_ADVERB.test(segs[0]))
}

/** Little words of English compounds (`up-to-date`, `pay-per-request`, `point-in-time`): no name is built of them. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'to', 'of', 'per', 'as', 'in', 'on', 'at', 'by', 'for', 'and', 'or',
  'with', 'from', 'after', 'than', 'via', 'you', 'not', 'no'])
/** `three-node`, `multi-tenant`, `cross-region`, `3-node`, `64-bit`: counts and prefixes head a description. */
const COPULA_HEADS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'twelve', 'dual', 'double', 'triple', 'multi', 'cross', 'non', 'semi', 'self', 'off', 'out', 'over', 'under', 'pre', 'post',
  'co', 'anti', 'sub', 'super', 'inter', 'intra', 'well', 'all', 'fully'])
/** `billing-mode`, `cloud-native`, `arm64-based`, `vpc-only`: words that end a description, not a name. */
const COPULA_TAILS: ReadonlySet<string> = new Set(['node', 'nodes', 'az', 'zone', 'region', 'tenant', 'mode', 'native', 'aware',
  'specific', 'agnostic', 'compatible', 'capable', 'proof', 'tolerant', 'first', 'centric', 'class', 'grade', 'tier', 'way', 'bit',
  'based', 'sized', 'wide', 'only'])
/** `t3-medium`, `r6g-2xlarge`: an instance size written with a dash. */
const INSTANCE_SIZE = /^[a-z]{1,3}\d[a-z]{0,4}-(?:nano|micro|small|medium|large|\d{0,2}xlarge|metal)$/
/** `pre-signed`, `half-drained`, `cold-starting`: a participle ends a description. */
const PARTICIPLE = /(?:ed|ing)$/

/**
 * A bare word after `<noun> is`/`was` (`the task role is checkout-api-task-role`): a predicate
 * stands there as often (`is read-only`, `is v2-ready`, `is up-to-date`), so more than a name
 * before its noun: no English compound even with a digit, no little words, no participle.
 */
export function isNameAfterCopula (name: string): boolean {
  const flat = name.replace(/\//g, '-') // a secret's or parameter's path (`prod/db/password`)
  if (!isBareName(flat.startsWith('-') ? flat.slice(1) : flat)) return false
  const segs = flat.split(/[-_.]/).filter(s => s !== '')
  if (ADJECTIVE_HEADS.has(segs[0]) || ADJECTIVE_TAILS.has(segs[segs.length - 1]) || segs.some(s => FUNCTION_WORDS.has(s))) return false
  if (segs.length === 2 && (COPULA_HEADS.has(segs[0]) || COPULA_TAILS.has(segs[1]) || /^\d+$/.test(segs[0]) || INSTANCE_SIZE.test(flat))) return false
  return segs.length > 2 || /[0-9_.]/.test(name) || !PARTICIPLE.test(segs[1])
}

/** Words of the services' features and settings (`fan-out`, `dead-letter`, `global-tables`, `visibility-timeout`): no name is built of them. */
const SERVICE_FEATURE_WORDS: ReadonlySet<string> = new Set(['fan', 'out', 'dead', 'letter', 'global', 'tables', 'streams', 'visibility',
  'timeout', 'delay', 'retention', 'redrive', 'fifo', 'standard', 'exactly', 'once', 'least', 'server', 'side', 'encryption', 'sse',
  'kms', 'ttl', 'capacity', 'provisioned', 'demand', 'throughput', 'shard', 'shards', 'enhanced', 'pub', 'sub', 'message', 'messages',
  'batch', 'batches', 'dynamic', 'data', 'delivery', 'point', 'time', 'recovery', 'change', 'capture', 'export', 'import', 'backup',
  'backups', 'deduplication', 'content', 'based', 'filter', 'filters', 'policy', 'policies', 'subscription', 'subscriptions', 'api', 'sdk', 'cli',
  'mobile', 'push', 'sms', 'email', 'record', 'records', 'format', 'conversion', 'transformation', 'compression', 'buffer', 'buffering',
  'partition', 'partitions', 'account', 'region', 'item', 'items', 'index', 'indexes', 'secondary', 'local', 'transactions', 'transactional',
  'key', 'keys', 'value', 'values', 'sort', 'hash', 'range', 'look', 'up', 'ups', 'client', 'library', 'lib', 'lock', 'extended', 'stage',
  'stages', 'transition', 'transitions', 'depth', 'source', 'action', 'actions', 'metric', 'metrics', 'attribute', 'attributes', 'query',
  'scan', 'request', 'requests', 'size', 'count', 'age', 'connector', 'integration', 'mapper', 'model', 'schema'])
/** What ends a resource's name and no English compound: the kind (`-q`, `-table`) or the stage (`-prod`). */
const RESOURCE_SUFFIXES: ReadonlySet<string> = new Set(['q', 'queue', 'dlq', 'topic', 'table', 'tbl', 'stream', 'firehose', 'pipeline',
  'prod', 'production', 'dev', 'stg', 'stage', 'staging', 'qa', 'test', 'uat', 'sandbox', 'live', 'main'])

/**
 * A word straight after a service word (`SQS tessaly-settlement-q`, `DynamoDB orders-ledger-prod`,
 * `CodePipeline checkout-deploy`), where a feature stands as often (`SQS long-polling`, `SNS
 * message-filtering`, `Firehose dynamic-partitioning`): a digit, `_` or `.`, a resource suffix, or
 * a compound no English predicate could be, built of no feature word.
 */
export function isNameAfterService (name: string): boolean {
  if (/[A-Z]/.test(name) || !/[-_.]/.test(name)) return false
  const segs = name.split(/[-_.]/)
  if (segs[0] === 'aws' || segs[0] === 'amazon' || COPULA_HEADS.has(segs[0]) || segs.some(s => SERVICE_FEATURE_WORDS.has(s))) return false // `multi-region`, `sort-key`, `v2-sdk`
  if (ADJECTIVE_HEADS.has(segs[0]) || segs.some(s => FUNCTION_WORDS.has(s))) { // `single-table`, `pay-per-request`, `end-to-end`
    return segs.length > 2 && !segs.includes('') && (RESOURCE_SUFFIXES.has(segs[segs.length - 1]) || isRouteName(segs)) // `new-orders-table`, `logs-to-s3`
  }
  const digits = /[0-9]/.test(name)
  if (segs.length > 1 && segs[0] !== '' && RESOURCE_SUFFIXES.has(segs[segs.length - 1])) return true // `tessaly-settlement-q` (whatever its words look like)
  if (!digits && segs.length > 2 && !segs.includes('') && !PARTICIPLE.test(segs[segs.length - 1])) return true // `tessaly-txn-ledger`: features are shorter or built of their words
  return isBareName(name) && isNameAfterCopula(name) // not `v2-type`, `3-node`, `long-polling`
}

/** Where a delivery stream or pipe sends or reads (`logs-to-s3`, `clicks-to-redshift`, `events-from-kafka`). */
const ROUTE_ENDS: ReadonlySet<string> = new Set(['s3', 'redshift', 'opensearch', 'elasticsearch', 'splunk', 'datadog', 'snowflake', 'http',
  'https', 'lambda', 'sqs', 'sns', 'kinesis', 'dynamodb', 'glue', 'athena', 'iceberg', 'kafka', 'msk', 'newrelic', 'dynatrace', 'elastic'])

/** `x-to-y`, `x-from-y` whose `y` is a store, a product or a versioned thing: no English (`end-to-end`, `peer-to-peer`). */
function isRouteName (segs: string[]): boolean {
  if (FUNCTION_WORDS.has(segs[0]) || ADJECTIVE_HEADS.has(segs[0])) return false
  const k = segs.findIndex(s => FUNCTION_WORDS.has(s))
  if ((segs[k] !== 'to' && segs[k] !== 'from') || k === segs.length - 1 || segs.slice(k + 1).some(s => FUNCTION_WORDS.has(s))) return false
  const end = segs[k + 1]
  return ROUTE_ENDS.has(end) || (/[0-9]/.test(end) && /[a-z]/.test(end))
}
