// CloudWatch log group names: `/aws/<service>/` stays readable, the customer part after it is
// masked as the resource it names when the service says so (`/aws/lambda/invoice-sync`).
import { MatchSink, isAlnum } from './detect-sink.js'
import { encodedSlashBefore } from './token-match.js'
import { lookupTable } from './lookup-table.js'

/** `/aws/<service>/<rest>` in flat text (rest = name characters and slashes). */
export const LOG_GROUP_SOURCE = '(?<![A-Za-z0-9_.:\\\\/-])/aws/[A-Za-z0-9-]+/[A-Za-z0-9._#$\\[\\]/-]*[A-Za-z0-9_\\]-]'

/** Where the name sits after `/aws/<service>/`, and what it names. */
const SERVICE_LAYOUT: Readonly<Record<string, string>> = lookupTable({
  lambda: 'lambda_function',
  'rds/instance': 'rds_instance',
  'rds/cluster': 'rds_cluster',
  eks: 'eks_cluster',
  'ecs/containerinsights': 'ecs_cluster',
  'elasticache/redis': 'elasticache_cluster',
  'OpenSearchService/domains': 'resource_name', // `/aws/OpenSearchService/domains/<domain>/search-logs`
  'sagemaker/Endpoints': 'resource_name',
  'appsync/apis': 'resource_name' // `/aws/appsync/apis/<api id>`
})

/**
 * Log groups AWS itself creates with a fixed name (API Gateway's first deployment writes `welcome`,
 * SageMaker jobs, Batch jobs, Glue and RDS Enhanced Monitoring write to their own).
 */
const AWS_MADE: ReadonlySet<string> = new Set(['/aws/apigateway/welcome', '/aws/sagemaker/TrainingJobs', '/aws/sagemaker/ProcessingJobs',
  '/aws/sagemaker/TransformJobs', '/aws/sagemaker/NotebookInstances', '/aws/sagemaker/LabelingJobs', '/aws/sagemaker/CompilationJobs',
  '/aws/batch/job', 'RDSOSMetrics', '/aws-glue/crawlers', '/aws-glue/jobs', '/aws-glue/jobs/output', '/aws-glue/jobs/error', '/aws-glue/jobs/logs-v2',
  '/aws-glue/sessions', '/aws-glue/sessions/output', '/aws-glue/sessions/error']) // `LogGroupName: /aws-glue/jobs` of a Glue job run: the prefix of AWS's

export function isAwsMadeLogGroup (name: string): boolean {
  return AWS_MADE.has(name)
}

/**
 * Masks the customer part of the log group name in text[start, end). Public SSM parameter
 * paths (`/aws/service/...`) and AWS's own names stay.
 */
export function maskLogGroupName (text: string, start: number, end: number, sink: MatchSink): void {
  // a `]` no `[` opened closes a flow list (`aws_log_groups: [/ecs/x, /aws/lambda/y]`), not the name (a stream's `[$LATEST]`)
  let name = text.slice(start, end)
  if (name.charCodeAt(name.length - 1) === 93 && !name.includes('[')) name = text.slice(start, --end)
  if (name.startsWith(API_EXECUTION_LOGS)) { apiExecutionLogsId(text, start, end, sink); return }
  if (AWS_MADE.has(name)) return
  if (!name.startsWith('/aws/')) { sink.push(start, end, 'log_group'); return }
  const parts = name.split('/') // ['', 'aws', service, ...]
  const service = parts[2]
  if (service === 'service' || parts.length < 4) return
  let offset = 5 + service.length + 1 // past `/aws/<service>/`
  if (service === 'greengrass' && GREENGRASS_GROUPS.has(parts[3]) && parts.length > 5) { // `/aws/greengrass/<kind>/<region>/<component>`
    offset += parts[3].length + parts[4].length + 2
    const component = name.slice(offset)
    if (component !== 'System' && !component.startsWith('aws.greengrass.')) sink.push(start + offset, end, 'log_group') // the nucleus's and AWS's components stay
    return
  }
  let layout = SERVICE_LAYOUT[service]
  const two = `${service}/${parts[3]}`
  if (SERVICE_LAYOUT[two] !== undefined && parts.length === 4) return // AWS's prefix alone: `/aws/rds/instance/*/postgresql`
  if (SERVICE_LAYOUT[two] !== undefined && parts.length > 4) {
    layout = SERVICE_LAYOUT[two]
    offset += parts[3].length + 1
  }
  if (layout === undefined) {
    sink.push(start + offset, end, 'log_group')
    return
  }
  const nameEnd = name.indexOf('/', offset)
  if (name.charCodeAt(offset) === 36 /* $ */) return // `${FunctionName}`: a template placeholder
  sink.push(start + offset, nameEnd < 0 ? end : start + nameEnd, layout)
}

/** Greengrass v2 core devices' log groups: the system's, and a component's (named by its publisher). */
const GREENGRASS_GROUPS: ReadonlySet<string> = new Set(['GreengrassSystemComponent', 'UserComponent'])

/** API Gateway writes execution logs to `API-Gateway-Execution-Logs_<apiId>/<stage>`: only the id is the customer's (the stage is kept, as in execute-api hosts). */
export const API_EXECUTION_LOGS = 'API-Gateway-Execution-Logs_'
const API_ID_LENGTH = 10

/** Pushes the API id of an execution log group at `start`; returns its end, or -1 when none is there. */
function apiExecutionLogsId (text: string, start: number, end: number, sink: MatchSink): number {
  const id = start + API_EXECUTION_LOGS.length
  let k = id
  while (k < end && k - id <= API_ID_LENGTH && isLowerAlnum(text.charCodeAt(k))) k++
  if (k - id !== API_ID_LENGTH || (k < text.length && isNameCharCode(text.charCodeAt(k)))) return -1
  sink.push(id, k, 'api_gateway')
  return k
}

/** The scanner at the word `API` followed by `-`: an execution log group name in flat text (listings, messages). */
export function handleApiExecutionLogs (text: string, i: number, sink: MatchSink): number {
  if (!text.startsWith(API_EXECUTION_LOGS, i)) return -1
  return apiExecutionLogsId(text, i, Math.min(text.length, i + API_EXECUTION_LOGS.length + API_ID_LENGTH + 1), sink)
}

/** API Gateway's own User-Agent to its integrations, `AmazonAPIGateway_<apiId>` (execution logs): the scanner at its first word. */
const API_USER_AGENT = 'AmazonAPIGateway_'

export function handleApiUserAgent (text: string, i: number, sink: MatchSink): number {
  if (!text.startsWith(API_USER_AGENT, i)) return -1
  const id = i + API_USER_AGENT.length
  let k = id
  while (k - id <= API_ID_LENGTH && isLowerAlnum(text.charCodeAt(k))) k++
  if (k - id !== API_ID_LENGTH || isNameCharCode(text.charCodeAt(k))) return -1
  sink.push(id, k, 'api_gateway')
  return k
}

/** A Logs Insights query's `SOURCE '<log group>' | ...` (dashboard widgets), quoted; the scanner at `SOURCE`. */
const INSIGHTS_SOURCE = /SOURCE[ \t]+(\\?["'])([A-Za-z0-9_.#/-]{1,512})\1(?=[ \t]*\|)/y

export function handleInsightsSource (text: string, i: number, sink: MatchSink): number {
  INSIGHTS_SOURCE.lastIndex = i
  const m = INSIGHTS_SOURCE.exec(text)
  if (m === null || m[2].startsWith('/aws/')) return -1 // `/aws/...` is the scanner's
  const start = INSIGHTS_SOURCE.lastIndex - m[1].length - m[2].length
  maskLogGroupName(text, start, start + m[2].length, sink)
  return INSIGHTS_SOURCE.lastIndex
}

function isLowerAlnum (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122)
}

function isNameCharCode (c: number): boolean {
  return isAlnum(c) || c === 95 || c === 45
}

/** Chars of a log group name (as LOG_GROUP_SOURCE has them, without `$` and `/`). */
function isLogNameChar (c: number): boolean {
  return isNameCharCode(c) || c === 46 || c === 35 || c === 91 || c === 93
}
/** Chars a log group name may end with. */
function isLogNameEnd (c: number): boolean {
  return isNameCharCode(c) || c === 93
}
/** Encoded log group names in console routes are short; the walk stays bounded. */
const ENCODED_NAME_MAX = 600

/**
 * A log group name URL-encoded once or twice in a console link, the scanner at its `aws`
 * (`log-group/$252Faws$252Flambda$252F<name>`, `%2Faws%2Fcodebuild%2F<name>`): masked as
 * maskLogGroupName masks the decoded name, at the positions of the encoded text. Returns the
 * end of the name, or -1 when `aws` is not the head of such a name.
 */
export function handleEncodedLogGroup (text: string, awsAt: number, sink: MatchSink): number {
  const sepLength = encodedSlashBefore(text, awsAt)
  if (sepLength === 0) return -1
  const sep = text.slice(awsAt - sepLength, awsAt)
  if (!text.startsWith(sep, awsAt + 3)) return -1
  let decoded = '/aws'
  const at = [awsAt - sepLength, awsAt, awsAt + 1, awsAt + 2] // position in text of each decoded char
  const limit = Math.min(text.length, awsAt + ENCODED_NAME_MAX)
  let k = awsAt + 3
  while (k < limit) {
    if (text.startsWith(sep, k)) { decoded += '/'; at.push(k); k += sepLength; continue }
    const c = text.charCodeAt(k)
    if (!isLogNameChar(c)) break
    decoded += text[k]
    at.push(k)
    k++
  }
  let n = decoded.length
  while (n > 5 && !isLogNameEnd(decoded.charCodeAt(n - 1))) n--
  const name = decoded.slice(0, n)
  if (!ENCODED_HEAD.test(name)) return -1
  const found = new MatchSink()
  maskLogGroupName(name, 0, n, found)
  for (const m of found.list) sink.push(at[m.start], at[m.end - 1] + 1, m.kind)
  // scanning goes on after the masked name: what follows (`%2Fextra`) may hold more
  const last = found.list[found.list.length - 1]
  return last === undefined ? -1 : at[last.end - 1] + 1
}

/** `/aws/<service>/` then a name, as LOG_GROUP_SOURCE has it. */
const ENCODED_HEAD = /^\/aws\/[A-Za-z0-9-]+\/[A-Za-z0-9_.[#-]/
