// What a prose noun names: its kind (`bucket` -> s3_bucket, `instance` after `RDS` -> rds_instance,
// the nouns that need a qualifier or a telling context), and the kind a self-describing name
// says of itself (`app-logs-bucket`). Split from detect-prose.ts, which reads the names.
import { NOUNS_NEEDING_QUALIFIER, PROSE_NOUNS, PROSE_QUALIFIERS, PROSE_STOPWORDS, SELF_DESCRIBING_SEGMENTS } from './catalogue.js'
import { isAlnum } from './detect-sink.js'

/** Nouns some qualifier refines (`instance` after `RDS`). */
const REFINABLE = new Set(Object.values(PROSE_QUALIFIERS).flatMap(q => Object.keys(q)))

/** The kind `noun` names at `start`, or null (a noun needing a qualifier or context it lacks); `named`: `named`/`called` follows. */
export function nounKind (text: string, start: number, noun: string, named = false): string | null {
  let base = noun.toLowerCase()
  if (base.includes(' ') || base.includes('\t')) base = base.replace(/[ \t]+/g, ' ')
  if (PROSE_NOUNS[base] === undefined) base = base.replace(/ies$/, 'y').replace(/es$|s$/, '')
  if (PROSE_NOUNS[base] === undefined && PROSE_NOUNS[`${base}s`] === undefined) base = noun.toLowerCase().replace(/s$/, '')
  const kind = PROSE_NOUNS[base]
  if (kind === undefined || (base === 'scp' && noun.charCodeAt(1) !== 67 /* C */)) return null // `SCP x`, never the `scp` command
  if (base === 'cluster' && ENVOY_ROUTE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null // Envoy's `route: { cluster: x }`: one of the proxy's clusters
  if (base === 'table' && SQL_DENIED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null // PostgreSQL's `permission denied for table x`: a SQL table, no DynamoDB one
  if (REFINABLE.has(base)) { // only then can the word before say more
    const refined = PROSE_QUALIFIERS[previousWord(text, start).toLowerCase()]?.[base]
    if (refined !== undefined) return refined
  }
  if (NOUNS_NEEDING_QUALIFIER.has(base)) {
    if (named && base !== 'tag') return kind // `pipeline named x`: the verb says a name follows
    if (base === 'vault') return isAwsVaultBefore(text, start) ? kind : null // `copy to eu-central-1 vault x`, `Glacier vault x`
    if (base === 'archive' || base === 'replay') return isEventReplay(text, start, base) ? kind : null
    return (base === 'app' || base === 'application' || base === 'group') && isAfterCodeDeploy(text, start) ? 'resource_name' : null
  }
  return kind
}

/** How far back on its line `CodeDeploy` is looked for before `app`, `application` or `group`. */
const CODEDEPLOY_WINDOW = 96
const CODEDEPLOY = /codedeploy(?![A-Za-z])[^\n]*$/i

/** `CodeDeploy failed (app x, group y)`: CodeDeploy earlier on the line says what the bare nouns name. */
function isAfterCodeDeploy (text: string, start: number): boolean {
  return CODEDEPLOY.test(text.slice(Math.max(0, start - CODEDEPLOY_WINDOW), start))
}

/** `replay x from archive y`, `replay from archive y`: EventBridge's words, where `archive` alone is an everyday one. */
const REPLAY_FROM_ARCHIVE = /replay[ \t]+(?:`?[a-z0-9][a-z0-9._-]{0,127}`?[ \t]+)?from[ \t]+(?:the[ \t]+)?archive(?![A-Za-z0-9])/iy

/** Is the `archive` or `replay` at `start` one of EventBridge's (`replay` before it, or `from archive` after it)? */
function isEventReplay (text: string, start: number, base: string): boolean {
  if (base === 'replay') {
    REPLAY_FROM_ARCHIVE.lastIndex = start
    return REPLAY_FROM_ARCHIVE.test(text)
  }
  const from = Math.max(0, start - 160)
  const replay = text.slice(from, start).lastIndexOf('eplay') // a bounded window
  if (replay < 1) return false
  REPLAY_FROM_ARCHIVE.lastIndex = from + replay - 1
  return REPLAY_FROM_ARCHIVE.test(text) && REPLAY_FROM_ARCHIVE.lastIndex === start + 7
}

/** A region code ending just before the blanks before `vault`. */
/** A region code, or `Backup` / `Glacier`, just before the blanks before `vault`. */
const REGION_BEFORE = /(?:^|[^A-Za-z0-9-])(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-[a-z]{4,9}-[0-9][ \t]{1,4}$/
const QUALIFIED_BEFORE = /(?:^|[^A-Za-z0-9-])(?:[Bb]ackup|BACKUP|[Gg]lacier)[ \t]{1,4}$/
/** Is the `vault` at `start` an AWS one by what stands before it (`Backup`, `Glacier`, a region)? */
export function isAwsVaultBefore (text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start)
  return QUALIFIED_BEFORE.test(before) || REGION_BEFORE.test(before)
}

/** PostgreSQL's error before `table`: the table is the database's (`permission denied for table bedrock_kb_chunks`). */
const SQL_DENIED_BEFORE = /permission denied for[ \t]$/i
const ENVOY_ROUTE_BEFORE = /route[ \t]*:[ \t]*\{[ \t]*$/

function previousWord (text: string, pos: number): string {
  let end = pos
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--
  let start = end
  while (start > 0 && start > end - 16 && isAlnum(text.charCodeAt(start - 1))) start--
  return text.slice(start, end)
}

/** `prod-db-master`, `app-logs-bucket`, `redis-cache-prod-001`: the name says what it is. */
const SELF_SEGMENT = new RegExp(`(?:^|[-_])(?:${Object.keys(SELF_DESCRIBING_SEGMENTS).join('|')})(?:[-_]|$)`)

/** What a bucket's or queue's setting is called after its noun (`bucket-policy.json`, `dlq-redrive`): no name's purpose. */
const SETTING_WORDS: ReadonlySet<string> = new Set(['policy', 'name', 'key', 'owner', 'arn', 'url', 'level', 'config', 'settings', 'notification',
  'notifications', 'versioning', 'encryption', 'lifecycle', 'acl', 'cors', 'tagging', 'redrive', 'attributes', 'permissions'])

/** Who reads a queue in an app: Java thread and component names (`sqs-listener-3`, `sqs-poller`), no resource. */
const WORKER_WORDS: ReadonlySet<string> = new Set(['listener', 'consumer', 'poller', 'worker', 'thread', 'executor', 'handler', 'receiver', 'reader',
  'dispatcher', 'processor', 'subscriber', 'publisher', 'producer', 'sender', 'client', 'pool', 'scheduler'])

/** Aurora's engines and parameter group families (`aurora-postgresql15`, `aurora-mysql8.0`): AWS's. */
const ENGINE_FAMILY = /^aurora-(?:postgresql|mysql)[0-9]{0,2}(?:\.[0-9]{1,2})?$/

export function selfDescribingKind (name: string): string | null {
  if (!SELF_SEGMENT.test(name)) return null
  const segs = name.split(/[-_]/)
  if (segs[0] === 'aws' || segs[0] === 'amazon' || name.startsWith('rds-ca-') || PROSE_STOPWORDS.has(name) || ENGINE_FAMILY.test(name)) return null
  let kind: string | null = null
  for (const s of segs) {
    const k = SELF_DESCRIBING_SEGMENTS[s]
    if (k !== undefined) { kind = k; break }
  }
  if (kind === null) return null
  if (segs[0] === 'rds' && name.includes('_') && !/\d/.test(name)) return null // RDS's stored procedures (`rds_backup_database`, `rds_task_status`): no instance has `_`
  if (kind === 's3_bucket' && name.includes('_')) return null // no bucket name has `_`: `s3_bucket_public_access`, `bucket_name` are identifiers
  if (segs.length === 2 && SETTING_WORDS.has(segs[1])) return null // `bucket-policy`, `sqs-policy`, `dlq-redrive`: a setting of one
  if (kind === 'sqs_queue' && segs.length <= 3 && WORKER_WORDS.has(segs[1]) && (segs.length === 2 || /^\d{1,4}$/.test(segs[2]))) return null // a thread or component reading one (`[sqs-listener-3]`)
  if (kind === 's3_bucket' || kind === 'sqs_queue') return kind
  if (segs.length < 3 && !/\d/.test(name)) return null
  if (kind === 'rds_instance' && segs.includes('cluster')) return 'rds_cluster'
  return kind
}
