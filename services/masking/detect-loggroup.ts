// CloudWatch log group names: `/aws/<service>/` stays readable, the customer part after it is
// masked as the resource it names when the service says so (`/aws/lambda/invoice-sync`).
import type { MatchSink } from './detect-sink.js'

/** `/aws/<service>/<rest>` in flat text (rest = name characters and slashes). */
export const LOG_GROUP_SOURCE = '(?<![A-Za-z0-9_.:\\\\/-])/aws/[a-z0-9-]+/[A-Za-z0-9._#$\\[\\]/-]*[A-Za-z0-9_\\]-]'

/** Where the name sits after `/aws/<service>/`, and what it names. */
const SERVICE_LAYOUT: Readonly<Record<string, string>> = {
  lambda: 'lambda_function',
  'rds/instance': 'rds_instance',
  'rds/cluster': 'rds_cluster',
  eks: 'eks_cluster',
  'ecs/containerinsights': 'ecs_cluster',
  'elasticache/redis': 'elasticache_cluster'
}

/** Log groups AWS itself creates with a fixed name (API Gateway's first deployment writes `welcome`). */
const AWS_MADE: ReadonlySet<string> = new Set(['/aws/apigateway/welcome'])

/**
 * Masks the customer part of the log group name in text[start, end). Public SSM parameter
 * paths (`/aws/service/...`) and AWS's own names stay.
 */
export function maskLogGroupName (text: string, start: number, end: number, sink: MatchSink): void {
  const name = text.slice(start, end)
  if (!name.startsWith('/aws/')) { sink.push(start, end, 'log_group'); return }
  const parts = name.split('/') // ['', 'aws', service, ...]
  const service = parts[2]
  if (service === 'service' || parts.length < 4 || AWS_MADE.has(name)) return
  let offset = 5 + service.length + 1 // past `/aws/<service>/`
  let layout = SERVICE_LAYOUT[service]
  const two = `${service}/${parts[3]}`
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
