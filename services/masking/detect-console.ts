// AWS console links carry the customer's names in their route: `s3/buckets/<bucket>`,
// `ecs/v2/clusters/<cluster>/services/<service>`, `#database:id=<db>`, `secret?name=<secret>`.
// Per service path, the markers a name follows and what it names. A route the table does not
// know goes through the ordinary scanner (ids, encoded ARNs and queue URLs are found there).
import { indexWithin, MatchSink } from './detect-sink.js'
import { handleEncodedLogGroup } from './detect-loggroup.js'
import { wholeIdKind } from './detect-ids.js'
import { encodedSlashBefore, tokenEndAt } from './token-match.js'

interface RouteName { marker: string, kind: string }

/** A Map, not an object: a route's first segment is the user's text (`/constructor/`). */
const CONSOLE_ROUTES: ReadonlyMap<string, readonly RouteName[]> = new Map(Object.entries({
  s3: [{ marker: '/buckets/', kind: 's3_bucket' }, { marker: '/object/', kind: 's3_bucket' },
    { marker: '/upload/', kind: 's3_bucket' }, { marker: '/bucket/', kind: 's3_bucket' }],
  rds: [{ marker: ':id=', kind: 'rds_instance' }], // #database:id=<db>;is-cluster=false
  secretsmanager: [{ marker: 'name=', kind: 'secret_name' }], // secret?name=<url-encoded name>
  lambda: [{ marker: '/functions/', kind: 'lambda_function' }, { marker: '/layers/', kind: 'resource_name' }],
  dynamodbv2: [{ marker: 'name=', kind: 'dynamodb_table' }, { marker: 'table=', kind: 'dynamodb_table' }],
  dynamodb: [{ marker: 'name=', kind: 'dynamodb_table' }, { marker: 'selected=', kind: 'dynamodb_table' }],
  iam: [{ marker: '/roles/', kind: 'iam_role' }, { marker: '/users/', kind: 'iam_user' }, { marker: '/groups/', kind: 'iam_group' }],
  ecs: [{ marker: '/clusters/', kind: 'ecs_cluster' }, { marker: '/services/', kind: 'ecs_service' },
    { marker: '/task-definitions/', kind: 'resource_name' }],
  eks: [{ marker: '/clusters/', kind: 'eks_cluster' }, { marker: '/nodegroups/', kind: 'resource_name' }],
  kms: [{ marker: '/keys/', kind: 'kms_key' }],
  apigateway: [{ marker: '/apis/', kind: 'api_gateway' }, { marker: 'api=', kind: 'api_gateway' }],
  elasticache: [{ marker: '/redis/', kind: 'elasticache_cluster' }, { marker: '/memcached/', kind: 'elasticache_cluster' },
    { marker: '/valkey/', kind: 'elasticache_cluster' }],
  glue: [{ marker: '/jobs/', kind: 'resource_name' }, { marker: '/crawlers/', kind: 'resource_name' },
    { marker: '/tables/', kind: 'resource_name' }, { marker: 'database=', kind: 'resource_name' }],
  codesuite: [{ marker: '/pipelines/', kind: 'resource_name' }, { marker: '/projects/', kind: 'resource_name' },
    { marker: '/repositories/', kind: 'resource_name' }, { marker: '/applications/', kind: 'resource_name' }],
  cloudwatch: [{ marker: ':alarm/', kind: 'resource_name' }, { marker: '/dashboard/', kind: 'resource_name' },
    { marker: 'dashboards:name=', kind: 'resource_name' }, { marker: '/log-group/', kind: 'log_group' }, // $252F-encoded
    { marker: '/log-events/', kind: 'resource_name' }],
  ecr: [{ marker: '/repositories/', kind: 'ecr_repository' }],
  'systems-manager': [{ marker: '/parameters/', kind: 'ssm_parameter' }],
  events: [{ marker: '/eventbus/', kind: 'resource_name' }, { marker: '/rules/', kind: 'resource_name' }],
  kinesis: [{ marker: '/streams/', kind: 'kinesis_stream' }],
  sagemaker: [{ marker: '/endpoints/', kind: 'resource_name' }, { marker: '/notebook-instances/', kind: 'resource_name' }],
  opensearch: [{ marker: '/domains/', kind: 'resource_name' }],
  acm: [{ marker: '/certificates/', kind: 'resource_name' }]
} satisfies Record<string, readonly RouteName[]>))

/** Route words of the console itself, stepped over to the name after them (`roles/details/<role>`). */
const STEP_WORDS = new Set(['details', 'detail', 'view', 'edit', 'private', 'public', 'browse'])
/** Route words that stand where a name would and are the console's or AWS's own (`eventbus/default`, `buckets/create`). */
const KEPT_WORDS = new Set(['create', 'new', 'list', 'overview', 'home', 'general', 'properties', 'permissions',
  'configuration', 'monitoring', 'tags', 'default'])
/** A parameter's console tab after its (slashed) name. */
const PARAMETER_TABS = ['/description', '/history', '/tags', '/edit']

/** Console routes are short: a name further away is not theirs (and the searches stay bounded). */
const ROUTE_MAX = 400

/** Chars that end a URL in text (whitespace, quotes, brackets, backslash of a JSON escape). */
function endsUrl (c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 96 || c === 92 || c === 41 || c === 93
}

/** Chars that end a name value inside a console route: ; & # ? / and `\` of an escaped `\/`. */
function endsRouteValue (c: number): boolean {
  return c === 59 || c === 38 || c === 35 || c === 63 || c === 47 || c === 92
}

/**
 * Masks the customer names in an AWS console route at `routeStart` (after the host); returns
 * where scanning continues: after the last name, else at `routeStart`.
 */
export function maskConsoleRoute (text: string, routeStart: number, sink: MatchSink): number {
  const escaped = text.startsWith('\\/', routeStart)
  const slash = escaped ? '\\/' : '/'
  const serviceStart = routeStart + slash.length
  let serviceEnd = serviceStart
  while (serviceEnd < text.length && serviceEnd - serviceStart < 24 && !endsRouteValue(text.charCodeAt(serviceEnd)) && !endsUrl(text.charCodeAt(serviceEnd))) serviceEnd++
  const names = CONSOLE_ROUTES.get(text.slice(serviceStart, serviceEnd))
  if (names === undefined) return routeStart
  let urlEnd = serviceEnd
  const limit = Math.min(text.length, routeStart + ROUTE_MAX)
  while (urlEnd < limit && !(endsUrl(text.charCodeAt(urlEnd)) && !text.startsWith('\\/', urlEnd))) urlEnd++
  const found: Array<{ start: number, end: number, kind: string }> = []
  for (const { marker, kind } of names) {
    const m = escaped ? marker.replaceAll('/', '\\/') : marker
    const at = indexWithin(text, m, serviceEnd, urlEnd)
    if (at >= 0) pushValue(text, at + m.length, urlEnd, kind, slash, found)
  }
  if (found.length === 0) return routeStart
  found.sort((a, b) => a.start - b.start)
  let from = routeStart
  for (const { start, end, kind } of found) {
    if (start < from) continue // a value holding another marker (a parameter's path)
    maskRouteIds(text, from, start, sink)
    sink.push(start, end, kind)
    from = end
  }
  return from
}

/** The value after a marker, past console words and an account id (`repositories/private/<acct>/<repo>`). */
function pushValue (text: string, start: number, urlEnd: number, kind: string, slash: string,
  found: Array<{ start: number, end: number, kind: string }>): void {
  for (let step = 0; step < 3; step++) {
    if (kind === 'log_group' && awsLogGroup(text, start, found)) return
    let end = start
    if (kind === 'ssm_parameter') end = parameterEnd(text, start, urlEnd)
    else while (end < urlEnd && !endsRouteValue(text.charCodeAt(end))) end++
    if (end === start) return
    const value = text.slice(start, end)
    if (KEPT_WORDS.has(value)) return
    const account = /^[0-9]{12}$/.test(value)
    if (!account && !STEP_WORDS.has(value)) {
      const cluster = kind === 'rds_instance' && text.startsWith(';is-cluster=true', end)
      const literal = tokenEndAt(text, start) === end // the user's own text shaped like a token
      found.push({ start, end, kind: literal ? 'token_literal' : cluster ? 'rds_cluster' : kind })
      return
    }
    if (account) found.push({ start, end, kind: 'account_id' })
    if (!text.startsWith(slash, end)) return
    start = end + slash.length
  }
}

/**
 * An encoded `/aws/<service>/<name>` log group is masked as the log group reader masks it (the
 * name of the function, cluster or project, the same token as elsewhere); true when it was one.
 */
function awsLogGroup (text: string, start: number, found: Array<{ start: number, end: number, kind: string }>): boolean {
  for (const sepLength of [5, 3]) {
    const awsAt = start + sepLength
    if (!text.startsWith('aws', awsAt) || encodedSlashBefore(text, awsAt) !== sepLength) continue
    const names = new MatchSink()
    if (handleEncodedLogGroup(text, awsAt, names) < 0) return false
    found.push(...names.list)
    return true
  }
  return false
}

/** An SSM parameter's name may hold `/`: it runs to the query or to the console tab after it. */
function parameterEnd (text: string, start: number, urlEnd: number): number {
  let end = start
  while (end < urlEnd) {
    const c = text.charCodeAt(end)
    if (c === 63 || c === 35 || c === 38 || c === 59) break
    if (c === 47 && PARAMETER_TABS.some(tab => text.startsWith(tab, end))) break
    end++
  }
  while (end > start && text.charCodeAt(end - 1) === 47) end--
  return end
}

/** The route before a name is not scanned: ids and account numbers in its parameters still are masked. */
function maskRouteIds (text: string, start: number, end: number, sink: MatchSink): void {
  let from = start
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 47
    if (!endsRouteValue(c) && c !== 61 /* = */ && c !== 58 /* : */) continue
    if (i > from) {
      const value = text.slice(from, i)
      const kind = /^[0-9]{12}$/.test(value) ? 'account_id' : wholeIdKind(value)
      if (kind !== null) sink.push(from, i, kind)
    }
    from = i + 1
  }
}

