// Names of a customer's services said with no noun the prose reader knows: after a chat mention
// (`@here orders-sync is stuck again`), after a service acting on an app (`RUM on checkout-web`),
// and before the word `service` (`the orders-api service`, where `service` alone needs its
// qualifier: `the long-running service`). English compounds stand in the same places (`on-call`,
// `read-only`, `well-known`, `built-in`), so only a name with a clue of its own is taken: a digit,
// two dashes, or a suffix engineers give apps and environments (`-api`, `-web`, `-worker`, `-prod`).
import { codeAt, isNameChar, type MatchSink } from './detect-sink.js'
import { isNameCandidate } from './detect-prose.js'
import { isNameAfterCopula } from './prose-name-shape.js'
import { PROSE_STOPWORDS } from './catalogue.js'

/** Last segments that make a hyphenated word an app's or an environment's name. */
const APP_SUFFIXES: ReadonlySet<string> = new Set(['api', 'apis', 'web', 'svc', 'service', 'worker', 'workers', 'sync', 'job', 'jobs', 'consumer',
  'producer', 'processor', 'indexer', 'ingest', 'ingestor', 'importer', 'exporter', 'scheduler', 'cron', 'dlq', 'queue', 'db', 'cache',
  'proxy', 'gw', 'app', 'ui', 'frontend', 'backend', 'bff', 'lambda', 'fn', 'handler', 'listener', 'poller', 'notifier',
  'mailer', 'renderer', 'runner', 'bot', 'daemon', 'prod', 'production', 'staging', 'stage', 'stg', 'dev', 'qa', 'uat', 'sandbox',
  'portal', 'cdn', 'etl', 'batch', 'events', 'stream', 'pipeline', 'reader', 'writer', 'router', 'sidecar'])
/** Words of technology (`utf-8`), AWS's services and agents (`api-gateway`, `ec2-instance-connect`) and cluster add-ons (`kube-proxy`, `nvidia-device-plugin`) head no customer name. */
const TECH_HEADS: ReadonlySet<string> = new Set(['utf', 'iso', 'sha', 'aes', 'x86', 'rsa', 'ecdsa', 'ed25519', 'ipv4', 'ipv6', 'tls', 'ssl', 'http',
  'base', 'arm', 'arm64', 'amd64', 'gpt', 'claude', 'p2p', 'b2b', 'b2c', 'e2e', 'covid', 'y2k', 'win', 'windows', 'ubuntu', 'debian', 'node', 'python',
  'aws', 'amazon', 'kube', 'k8s', 'api', 'ecs', 'eks', 'ssm', 'cloudwatch', 'cloud', 'app', 'code', 'step', 'event', 'elastic', 'x',
  'ec2', 'ebs', 'efs', 'fsx', 'vpc', 'nvidia', 'istio', 'envoy', 'docker', 'containerd', 'systemd', 'cert', 'external', 'metrics', 'prometheus',
  'grafana', 'fluent', 'otel', 'adot', 'karpenter', 'calico', 'cilium', 'argo', 'argocd', 'flux', 'helm', 'nginx', 'traefik', 'datadog'])
/** A region or AZ (`us-east-1`, `eu-west-2b`): AWS's, kept. */
const REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-[a-z]{4,9}-\d{1,2}[a-z]?$/
/** Longest name read. */
const NAME_MAX = 63

/** Is `name` a customer's app or environment name by its own shape? */
export function isAppName (name: string): boolean {
  if (name.length < 4 || name.length > NAME_MAX || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(name)) return false
  if (PROSE_STOPWORDS.has(name) || REGION.test(name) || !isNameCandidate(name) || !isNameAfterCopula(name)) return false
  const segs = name.split('-')
  if (TECH_HEADS.has(segs[0])) return false
  return /[0-9]/.test(name) || segs.length >= 3 || APP_SUFFIXES.has(segs[segs.length - 1])
}

/** The name-shaped word starting at `p` (to its first char that no name holds), or null. */
function wordAt (text: string, p: number): string | null {
  let e = p
  while (e < text.length && e - p <= NAME_MAX && isNameChar(text.charCodeAt(e))) e++
  if (e === p || e - p > NAME_MAX) return null
  while (e > p && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e-- // a sentence's `.` after it
  return text.slice(p, e)
}

function pushName (text: string, start: number, name: string, sink: MatchSink): number {
  if (!isAppName(name)) return -1
  const end = start + name.length
  if (start >= sink.lastEnd) sink.push(start, end, 'resource_name')
  else (sink.deferred ??= []).push({ start, end, kind: 'resource_name' })
  return end
}

/** Slack's and Teams' mentions of everyone, before which a name is the subject (`@here orders-sync is stuck`). */
const MENTIONS: ReadonlySet<string> = new Set(['here', 'channel', 'everyone', 'oncall'])

/** At a word (text[i, j)) after `@`: the name after a mention of everyone; -1 when none. */
export function handleMentionName (text: string, i: number, j: number, sink: MatchSink): number {
  const b = codeAt(text, i - 2)
  if ((b !== -1 && b !== 32 && b !== 9 && b !== 10 && b !== 13) || !MENTIONS.has(text.slice(i, j))) return -1
  let p = j
  if (text.charCodeAt(p) === 58 || text.charCodeAt(p) === 44) p++ // `@here: x`, `@channel, x`
  if (text.charCodeAt(p) !== 32) return -1
  const name = wordAt(text, p + 1)
  return name === null ? -1 : pushName(text, p + 1, name, sink)
}

/** AWS services that act on an app (`RUM on x`, `WAF on x`, `X-Ray on x`): the app after `on` is a name. */
const SERVICES_ON: ReadonlySet<string> = new Set(['RUM', 'WAF', 'X-Ray', 'Evidently', 'Synthetics', 'AppConfig', 'Shield'])

/** At `on` (text[i, i + 2), blanks around it): the app after an AWS service; -1 when none. */
export function handleServiceOnName (text: string, i: number, sink: MatchSink): number {
  let s = i - 1
  while (s > 0 && i - 1 - s < 12 && codeAt(text, s - 1) !== 32 && codeAt(text, s - 1) !== 10 && codeAt(text, s - 1) !== 9) s--
  const c = text.charCodeAt(s)
  if (c < 65 || c > 90 || !SERVICES_ON.has(text.slice(s, i - 1))) return -1 // each starts upper case: most words before `on` do not
  const name = wordAt(text, i + 3)
  return name === null ? -1 : pushName(text, i + 3, name, sink)
}

/** A determiner before a name that `service` follows (`the orders-api service`). */
const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:the|our|your|their|this|that|The|Our|Your|Their|This|That)[ \t]$/

/** At `service` (text[i, i + 7), a blank before it): the name before it after a determiner. */
export function handleNameBeforeService (text: string, i: number, sink: MatchSink): void {
  let s = i - 1
  while (s > 0 && i - 1 - s <= NAME_MAX && isNameChar(text.charCodeAt(s - 1))) s--
  if (s === i - 1 || !DETERMINER_BEFORE.test(text.slice(Math.max(0, s - 7), s))) return
  pushName(text, s, text.slice(s, i - 1), sink)
}
