// AWS host names: mask the customer labels, keep the AWS suffix readable
// (`prod-db.abc123.us-east-1.rds.amazonaws.com` -> `RDS_INSTANCE_1.AWS_HOSTNAME_1.us-east-1.rds.amazonaws.com`).
// Some hosts carry customer parts in the path too: SQS queue URLs, ECR repositories, S3 path style.
import type { MatchSink } from './detect-sink.js'
import { UUID_RE, isDigit, isNameChar } from './detect-sink.js'
import { ipv4Kind } from './detect-ip.js'
import { wholeIdKind } from './detect-ids.js'
import { lookupTable } from './lookup-table.js'
import { tokenEndAt } from './token-match.js'
import { maskMediaPath } from './detect-media-paths.js'

/** Domain endings that make a host an AWS one (China's CloudFront, the ISO partitions' `c2s.ic.gov` and `sc2s.sgov.gov`, Amplify Hosting's `<branch>.<appId>.amplifyapp.com` too). */
export const AWS_SUFFIX_SOURCE = '\\.(?:amazonaws\\.com(?:\\.cn)?|compute\\.internal|ec2\\.internal|cloudfront\\.(?:net|cn)|on\\.aws|c2s\\.ic\\.gov|sc2s\\.sgov\\.gov|amazoncognito\\.com|awsapps\\.com|awsapprunner\\.com|elasticbeanstalk\\.com|api\\.aws|awsglobalaccelerator\\.com|amplifyapp\\.com|sagemaker\\.aws|amazonlightsail\\.com|live-video\\.net|my\\.connect\\.aws)(?![A-Za-z0-9-])'
const AWS_SUFFIX_RE = new RegExp(`${AWS_SUFFIX_SOURCE}$`)

const READABLE = new Set([ // (`dsql`: Aurora DSQL's `<cluster id>.dsql.<region>.on.aws`)
  'com', 'cn', 'net', 'aws', 'amazonaws', 'internal', 'compute', 'ec2', 'rds', 'cache', 'elb', 'eks',
  'ecr', 'dkr', 'api', 'execute-api', 'lambda-url', 'sqs', 'queue', 'sns', 'sts', 'iam', 'es', 'aoss',
  'redshift', 'vpce', 'efs', 'cloudfront', 'elasticbeanstalk', 'awsapprunner', 'auth', 'amazoncognito',
  'awsapps', 'kafka', 'mq', 'dynamodb', 'kms', 'secretsmanager', 'ssm', 'logs', 'monitoring', 'events',
  'states', 'athena', 'glue', 'dualstack', 'fips', 'on', 'appsync-api', 'iot', 'ats', 'execute',
  'kinesis', 'firehose', 'ecs', 'lambda', 'cognito-idp', 'cloudformation', 'ssmmessages', 'ec2messages',
  'sagemaker', 'sso', 'oidc', 'portal', 'signin', 'console', 'docdb', 'neptune', 'memorydb', 'airflow', 'grafana',
  'clustercfg', 'serverless', 'awsglobalaccelerator', 'c2s', 'ic', 'gov', 'sc2s', 'sgov', 'server', 'transfer',
  'experiments', 'studio', // SageMaker's `<server id>.<region>.experiments.sagemaker.aws` (managed MLflow), `<domain id>.studio.<region>.sagemaker.aws`
  'qbusiness', 'chat', // a Q Business web experience: `<id>.chat.qbusiness.<region>.on.aws`
  'amazonlightsail', 'cs', 'verified-access', // a Lightsail container service's `<name>.<id>.<region>.cs.amazonlightsail.com`, a Verified Access endpoint's `….prod.verified-access.<region>.amazonaws.com`
  'my', 'connect', // Amazon Connect: `<instance alias>.my.connect.aws`
  'live-video', 'global-contribute', 'playback', // IVS: `<ingest id>.global-contribute.live-video.net`, `<id>.<region>.playback.live-video.net`
  'vpc-lattice-svcs', 'amplifyapp', 'dsql', 'example' // ARC cluster endpoints: `host-x.<region>.example.route53-recovery-cluster.amazonaws.com`
])
const REGION = '(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-[a-z]+-\\d'
const READABLE_SHAPE = new RegExp(`^(?:${REGION}|compute-\\d|[a-z]{2,4}\\d|s3(?:-[a-z0-9-]+)?)$`)
const REGION_RE = new RegExp(`^${REGION}$`)

/** Service label right of the customer part -> kind of the first customer label. */
const FIRST_LABEL_KIND: Readonly<Record<string, string>> = lookupTable({
  rds: 'rds_instance', cache: 'elasticache_cluster', elb: 'load_balancer', 'execute-api': 'api_gateway',
  dkr: 'account_id', docdb: 'rds_cluster', memorydb: 'elasticache_cluster', redshift: 'resource_name'
})

export function isAwsHost (host: string): boolean {
  return AWS_SUFFIX_RE.test(host)
}

function isReadable (label: string): boolean {
  return READABLE.has(label) || READABLE_SHAPE.test(label)
}

/** A service label as AWS names endpoints and principals: words of letters and digits (`route53`, `bedrock-runtime`). */
const SERVICE_LABEL = /^[a-z][a-z0-9]{0,30}(?:-[a-z][a-z0-9]{0,30}){0,3}$/
/** AWS's own labels left of a service label (`pods.eks`, `delivery.logs`, `streams.dynamodb`, `<domain>-<account>.d.codeartifact`, the VPC CNI's API group `crd.k8s`). */
const SERVICE_SUB_LABELS = new Set(['delivery', 'pods', 'streams', 'logdelivery', 'api', 'data', 'runtime', 'fips', 'dualstack', 'd', 'device', 'crd',
  'client', 'dataplane', // RUM's `client.rum.<region>` (its web client) and `dataplane.rum.<region>`
  'credentials', 'jobs', // IoT Core's credential provider and jobs endpoints: `<prefix>.credentials.iot.<region>`
  'edge']) // IVS Chat's messaging endpoint: `edge.ivschat.<region>`
/**
 * Service principals whose head labels are AWS's, per service (`member.org.stacksets.cloudformation.amazonaws.com`,
 * `ecs.application-autoscaling.amazonaws.com`, `replication.dynamodb.amazonaws.com`), longest chain first.
 */
const PRINCIPAL_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cloudformation', ['member.org.stacksets', 'stacksets']],
  ['application-autoscaling', ['custom-resource', 'ecs', 'dynamodb', 'rds', 'sagemaker', 'ec2', 'elasticmapreduce', 'appstream',
    'lambda', 'kafka', 'comprehend', 'cassandra', 'neptune', 'elasticache', 'workspaces']],
  ['dynamodb', ['replication']], ['apigateway', ['ops']], ['emr-serverless', ['ops']], ['lambda', ['replicator']],
  ['guardduty', ['malware-protection-plan']], ['cognito-idp', ['email']], ['securitylake', ['sourcesharing']],
  ['geo', ['maps', 'places', 'routes', 'tracking', 'geofencing', 'metadata']] // Amazon Location's APIs: `maps.geo.<region>.amazonaws.com`
])
/** Timestream's cell endpoints, as DescribeEndpoints names them: `ingest-cell2.timestream.<region>`. */
const CELL_LABEL = /^(?:ingest|query)-cell\d{1,3}$/
/** Storage Gateway's own endpoints a gateway must reach (`anon-cp.`, `client-cp.`, `proxy-app.`, `dp-1.storagegateway.<region>`). */
const STORAGE_GATEWAY_LABEL = /^(?:anon-cp|client-cp|proxy-app|dp-\d)$/
/** ElastiCache's node group labels (`<name>.<id>.ng.0001.<zone>.cache.amazonaws.com`, `<node>.<id>.0001.<zone>.cache...`): AWS's, not the customer's. */
const NODE_GROUP_LABEL = /^(?:ng|\d{4})$/
/** ElastiCache and MemoryDB endpoint heads AWS puts before the cluster name (`master.<name>.<id>.<zone>.cache...`, `clustercfg.<name>...`). */
const CACHE_ROLE_LABELS = new Set(['master', 'replica', 'clustercfg'])

/**
 * Index of the first label of the AWS endpoint at the end of a `*.amazonaws.com` host: the one
 * label right before `amazonaws.com` or `<region>.amazonaws.com` names a service
 * (`ecs-tasks.amazonaws.com`, `xray.eu-west-1.amazonaws.com`), as can one known sub-label
 * before it. Customer hosts put AWS's own labels there (`bucket.s3.`, `x.execute-api.<region>.`).
 */
function serviceEndpointStart (text: string, labels: Array<[number, number]>): number {
  const n = labels.length
  let k = n - 2
  if (k >= 0 && text.startsWith('cn', labels[n - 1][0]) && labels[n - 1][1] - labels[n - 1][0] === 2) k--
  if (k < 1 || !text.startsWith('amazonaws', labels[k][0]) || labels[k][1] - labels[k][0] !== 9) return n
  k--
  if (k >= 1 && REGION_RE.test(labelAt(text, labels[k]))) k--
  const service = labelAt(text, labels[k])
  if (!SERVICE_LABEL.test(service) || wholeIdKind(service) !== null) return n
  const sub = k > 0 ? labelAt(text, labels[k - 1]) : ''
  for (const chain of PRINCIPAL_HEADS.get(service) ?? []) {
    const width = chain.split('.').length
    if (k >= width && text.slice(labels[k - width][0], labels[k - 1][1]).toLowerCase() === chain) return k - width
  }
  return SERVICE_SUB_LABELS.has(sub) || CELL_LABEL.test(sub) || (service === 'storagegateway' && STORAGE_GATEWAY_LABEL.test(sub)) ? k - 1 : k
}

function labelAt (text: string, label: [number, number]): string {
  return text.slice(label[0], label[1]).toLowerCase()
}

/** Whether text[start, end) is an AWS endpoint and nothing more (`email-smtp.amazonaws.com`, `sqs.us-east-1.amazonaws.com`). */
export function isAwsOwnHost (text: string, start: number, end: number): boolean {
  const labels: Array<[number, number]> = []
  let from = start
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 46) { labels.push([from, i]); from = i + 1 }
  }
  return serviceEndpointStart(text, labels) === 0
}

/**
 * Emits matches for the customer labels of an AWS host in text[start, end) and any customer
 * path it carries; returns where scanning may continue.
 */
export function maskAwsHost (text: string, start: number, end: number, sink: MatchSink): number {
  const labels: Array<[number, number]> = []
  let from = start
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 46) { labels.push([from, i]); from = i + 1 }
  }
  // Customer part: everything left of (and including) the rightmost non-readable label.
  let customer = 0
  const cache = labels.length >= 5 && labelAt(text, labels[labels.length - 3]) === 'cache'
  // Verified Access's stage label left of its service label (`<app>.edge-<id>.vai-<id>.prod.verified-access.<region>.`)
  const vaStage = labels.length >= 6 && labelAt(text, labels[labels.length - 4]) === 'verified-access' ? labels.length - 5 : -1
  for (let k = Math.min(labels.length, serviceEndpointStart(text, labels)) - 1; k >= 0; k--) {
    const label = text.slice(labels[k][0], labels[k][1]).toLowerCase()
    if (!isReadable(label) && !(cache && NODE_GROUP_LABEL.test(label)) && !(k === vaStage && label === 'prod')) { customer = k + 1; break }
  }
  if (customer === 1 && text.charCodeAt(start - 1) === 36 && /^[A-Z][A-Z0-9_]{0,40}$/.test(text.slice(labels[0][0], labels[0][1]))) return end // `$REGION.ec2-utilities.amazonaws.com`: a variable (EC2Launch's DNS suffix)
  // a VPC interface endpoint's name, `vpce-<id>-<suffix>.<service>.<region>.vpce.amazonaws.com`: the service is AWS's (its
  // id masked to a token too: the leak check reads the masked text again)
  const n = labels.length
  if (n >= 5 && labelAt(text, labels[n - 3]) === 'vpce' && REGION_RE.test(labelAt(text, labels[n - 4]))) {
    customer = Math.min(customer, n - 5)
    const head = n >= 6 ? labels[n - 6][0] : -1
    if (head >= 0 && (text.startsWith('vpce-', head) || text.startsWith('VPC_ENDPOINT_', head) || text.charCodeAt(head) === 45)) return maskEndpointHost(text, labels, end, sink)
  }
  let service = ''
  for (let k = customer; k < labels.length && service === ''; k++) {
    const l = text.slice(labels[k][0], labels[k][1]).toLowerCase()
    if (READABLE.has(l) || l.startsWith('s3')) service = l
  }
  if (customer === 0) return maskHostPath(text, labels, end, sink)
  if (service.startsWith('s3')) {
    sink.push(start, labels[customer - 1][1], 's3_bucket') // bucket names may hold dots
    if (text.startsWith('/snapshots/', end)) return maskCodeSnapshot(text, end + 11, text.startsWith('awslambda-', start), sink)
    return maskArtifactPipeline(text, start, end, sink)
  }
  // `master.` / `replica.` of an ElastiCache endpoint are AWS's: the cluster name follows
  // and `dualstack.` of an ELB name in Route 53 alias targets
  const head = customer > 1 ? labelAt(text, labels[0]) : ''
  const first = ((service === 'cache' || service === 'memorydb') && CACHE_ROLE_LABELS.has(head)) || (service === 'elb' && head === 'dualstack') ||
    (service === 'kafka' && MSK_NODE_LABEL.test(head)) ? 1 : 0
  // MSK's broker and cell labels are AWS's (`b-1.<cluster>.<id>.c2.kafka.`): read as names, `b-1` was masked in every sentence
  // so is MWAA's cell (`<uuid>.c13.<region>.airflow.amazonaws.com`) and MSK Serverless' (`boot-<id>.c3.kafka-serverless.<region>`)
  if ((service === 'kafka' || service === 'airflow' || labelAt(text, labels[customer]) === 'kafka-serverless') && customer > first + 1 && MSK_CELL_LABEL.test(labelAt(text, labels[customer - 1]))) customer--
  for (let k = first; k < customer; k++) {
    const [ls, le] = labels[k]
    if (k === first) maskFirstLabel(text, ls, le, customer > k + 1 ? text.slice(labels[k + 1][0], labels[k + 1][1]) : '', service, sink)
    else if (!REGION_RE.test(labelAt(text, labels[k]))) {
      const from = k === first + 1 && DB_ENDPOINT_SERVICES.has(service) ? ls + dbEndpointRoleLength(text, ls, le) : ls
      // the owner's account as itself (`<workgroup>.<account>.<region>.redshift-serverless.`): a token of its own kind, as in ARNs
      sink.push(from, le, wholeIdKind(text.slice(from, le)) ?? (ACCOUNT_LABEL.test(labelAt(text, labels[k])) ? 'account_id' : 'aws_hostname')) // ARC's `host-x.<region>.example.`
    }
  }
  if (service === 'dkr') return isAwsImageRepo(text, end) ? end : maskPath(text, end, sink, ['ecr_repository'])
  if (customer < n && text.charCodeAt(end) === 47) return maskMediaPath(text, labelAt(text, labels[customer]), end, sink) // MediaPackage's, MediaTailor's ids
  return end
}

/**
 * The images AWS publishes from its own registries for SageMaker and its Deep Learning Containers
 * (`<account>.dkr.ecr.<region>.amazonaws.com/sagemaker-xgboost:1.7-1`, `.../pytorch-inference:2.3-gpu-py311`):
 * the repository is AWS's name, which says which framework runs (the account is masked as any).
 */
const AWS_IMAGE_REPO = /\/(?:sagemaker-(?:xgboost|scikit-learn|spark-processing|clarify-processing|model-monitor-analyzer|tritonserver|sparkml-serving|base-python|debugger-rules|data-wrangler-container)|(?:huggingface-|stabilityai-)?(?:pytorch|tensorflow|mxnet)-(?:training|inference)(?:-neuronx?|-tgi-inference|-graviton)?|huggingface-pytorch-tgi-inference|djl-inference|autogluon-(?:training|inference))(?=[:@\s"'`]|$)/y

function isAwsImageRepo (text: string, end: number): boolean {
  AWS_IMAGE_REPO.lastIndex = end
  return AWS_IMAGE_REPO.test(text)
}

/**
 * `[<bucket>.]vpce-<id>-<suffix>.<service>.<region>.vpce.amazonaws.com`: the endpoint's id is masked
 * as itself, the DNS name's suffix as a host label (the service is AWS's), not as a bucket; an S3
 * endpoint names the bucket before it, or (path style) in its path.
 */
function maskEndpointHost (text: string, labels: Array<[number, number]>, end: number, sink: MatchSink): number {
  const n = labels.length
  const [ls, le] = labels[n - 6]
  const s3 = labelAt(text, labels[n - 5]).startsWith('s3')
  if (n > 6) sink.push(labels[0][0], labels[n - 7][1], s3 ? 's3_bucket' : 'aws_hostname')
  // masked already (the leak check reads the masked text again): its token, or the suffix after it (the token was read before)
  const token = tokenEndAt(text, ls)
  if (token > 0 && token <= le) sink.push(ls, token, 'token_literal')
  else if (text.charCodeAt(ls) !== 45) {
    const id = /^vpce-(?:[0-9a-f]{17}|[0-9a-f]{8})(?![0-9a-z])/.exec(text.slice(ls, le))
    const idEnd = id === null ? le : ls + id[0].length
    sink.push(ls, idEnd, 'vpc_endpoint')
    if (idEnd + 1 < le) sink.push(idEnd + 1, le, 'aws_hostname') // the DNS name's own suffix (`-x9k2m4q7`, `-x9k2m4q7-eu-west-1a`)
  }
  return s3 && n === 6 && text.charCodeAt(ls) !== 45 ? maskPath(text, end, sink, ['s3_bucket']) : end // after a token: a bucket may stand before it
}

/** Services whose endpoints put the endpoint's role before the account's id: `<name>.cluster-ro-<id>.<region>.rds.amazonaws.com`. */
const DB_ENDPOINT_SERVICES = new Set(['rds', 'docdb', 'neptune'])
/** AWS's head of that label: a cluster's writer, reader or custom endpoint, an RDS Proxy's. */
const DB_ENDPOINT_ROLE = /(?:cluster-(?:ro-|custom-)?|proxy-)(?=[a-z0-9]{6,})/y

/** How many chars of the label text[ls, le) are the endpoint's role (`cluster-ro-`), kept readable; 0 when none. */
function dbEndpointRoleLength (text: string, ls: number, le: number): number {
  DB_ENDPOINT_ROLE.lastIndex = ls
  return DB_ENDPOINT_ROLE.test(text) && DB_ENDPOINT_ROLE.lastIndex < le ? DB_ENDPOINT_ROLE.lastIndex - ls : 0
}

/** MSK's node labels: brokers `b-1`, ZooKeeper nodes `z-1`, and the cell `c2` before `kafka.`. */
const MSK_NODE_LABEL = /^[bz]-\d{1,3}$/
const MSK_CELL_LABEL = /^c\d{1,2}$/

/** A label that is an account id. */
const ACCOUNT_LABEL = /^[0-9]{12}$/

/** A first label that joins a customer name and the owner's account: `vireo-artifacts-512094738826`. */
const NAME_AND_ACCOUNT = /^([a-z0-9][a-z0-9-]*[a-z0-9])-[0-9]{12}$/

function maskFirstLabel (text: string, ls: number, le: number, second: string, service: string, sink: MatchSink): void {
  const label = text.slice(ls, le)
  // ec2-203-0-113-25 / ip-10-0-1-23: keep the prefix, mask the address.
  const dashed = /^(?:ec2|ip)-(\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3})$/.exec(label)
  if (dashed !== null) {
    const from = le - dashed[1].length
    sink.push(from, le, ipv4Kind(text, from, le, 45) ?? 'aws_hostname')
    return
  }
  const idKind = wholeIdKind(label)
  if (idKind !== null) { sink.push(ls, le, idKind); return }
  if (/^\d{12}$/.test(label)) { sink.push(ls, le, 'account_id'); return }
  const owned = NAME_AND_ACCOUNT.exec(label) // CodeArtifact `<domain>-<account>`: two values, each masked as itself elsewhere
  if (owned !== null) {
    sink.push(ls, ls + owned[1].length, 'resource_name')
    sink.push(le - 12, le, 'account_id')
    return
  }
  if (service === 'iot' && label.endsWith('-ats')) { sink.push(ls, le - 4, 'aws_hostname'); return } // IoT Core's data endpoint: `-ats` (its CA) is AWS's
  let kind = FIRST_LABEL_KIND[service] ?? 'aws_hostname'
  if (service === 'rds' && second.startsWith('cluster-')) kind = 'rds_cluster'
  sink.push(ls, le, kind)
}

/** Hosts that are all AWS (sqs.us-east-1.amazonaws.com, s3.amazonaws.com): the path names things. */
function maskHostPath (text: string, labels: Array<[number, number]>, end: number, sink: MatchSink): number {
  const first = text.slice(labels[0][0], labels[0][1]).toLowerCase()
  if (first === 'sqs' || first === 'queue') return maskPath(text, end, sink, ['account_id', 'sqs_queue'])
  if (first.startsWith('s3')) return maskPath(text, end, sink, ['s3_bucket'])
  // CodeCommit over HTTPS/SSH: git-codecommit.<region>.amazonaws.com/v1/repos/<repository>
  if (first === 'git-codecommit' && text.startsWith('/v1/repos/', end) && isNameChar(text.charCodeAt(end + 11))) { // one char: a placeholder (`repos/x`)
    return maskPath(text, end + 9, sink, ['resource_name'])
  }
  // EKS OIDC issuer: oidc.eks.<region>.amazonaws.com/id/<cluster id>, the id of the cluster's own endpoint host
  if (first === 'oidc' && labels.length > 1 && labelAt(text, labels[1]) === 'eks' && text.startsWith('/id/', end)) {
    return maskPath(text, end + 3, sink, ['aws_hostname'])
  }
  return end
}

/** Masks the first path segments after a host (`/123456789012/MyQueue`) with the given kinds. */
function maskPath (text: string, pos: number, sink: MatchSink, kinds: string[]): number {
  if (text.charCodeAt(pos) === 58 /* : */) { // port
    let p = pos + 1
    while (isDigit(text.charCodeAt(p))) p++
    if (p > pos + 1) pos = p
  }
  for (const kind of kinds) {
    let p = pos
    if (text.charCodeAt(p) === 92 /* \ */ && text.charCodeAt(p + 1) === 47) p++
    if (text.charCodeAt(p) !== 47 /* / */) return pos
    const segStart = p + 1
    let segEnd = segStart
    const repo = kind === 'ecr_repository' // repository names may hold slashes: stop at tag/digest
    while (segEnd < text.length) {
      const c = text.charCodeAt(segEnd)
      if (isNameChar(c) || (repo && c === 47 && isNameChar(text.charCodeAt(segEnd + 1)))) segEnd++
      else break
    }
    if (segEnd === segStart) return pos
    if (kind === 'account_id' && !/^\d{12}$/.test(text.slice(segStart, segEnd))) return pos
    sink.push(segStart, segEnd, kind)
    pos = segEnd
  }
  return pos
}

/** A Lambda name is at most 140 chars (a layer's too); the walk stays bounded. */
const SNAPSHOT_NAME_MAX = 140
const UUID_LENGTH = 36

/**
 * Lambda GetFunction / GetLayerVersion code locations: `<AWS bucket>.s3.<region>.amazonaws.com/
 * snapshots/<account>/<name>-<uuid>?...`, `pos` past `/snapshots/`. The account and the function
 * (in `awslambda-<region>-tasks`) or layer name are masked; returns where scanning continues
 * (the uuid and the query are scanned as usual), or `pos` when the path is not of that shape.
 */
function maskCodeSnapshot (text: string, pos: number, lambda: boolean, sink: MatchSink): number {
  let k = pos
  while (k < pos + 12 && isDigit(text.charCodeAt(k))) k++
  if (k !== pos + 12 || text.charCodeAt(k) !== 47 /* / */) return pos
  const nameStart = k + 1
  const limit = Math.min(text.length, nameStart + SNAPSHOT_NAME_MAX + UUID_LENGTH + 1)
  let end = nameStart
  while (end < limit && isNameChar(text.charCodeAt(end))) end++
  const dash = end - UUID_LENGTH - 1
  if (dash <= nameStart || text.charCodeAt(dash) !== 45 || !UUID_RE.test(text.slice(dash + 1, end))) return pos
  sink.push(pos, pos + 12, 'account_id')
  sink.push(nameStart, dash, lambda ? 'lambda_function' : 'resource_name')
  return dash
}

/** CodePipeline truncates the pipeline name to 20 chars in artifact keys. */
const ARTIFACT_PIPELINE_MAX = 20

/**
 * CodePipeline's artifact store `codepipeline-<region>-<account>` (the bucket at `bucketStart`)
 * keys artifacts by pipeline: `<pipeline name>/<artifact>/<id>`. The pipeline name right after
 * `slash` (the `/` ending the bucket or host) is masked; returns where scanning continues.
 */
export function maskArtifactPipeline (text: string, bucketStart: number, slash: number, sink: MatchSink): number {
  if (text.charCodeAt(slash) !== 47 || !text.startsWith('codepipeline-', bucketStart)) return slash
  const from = slash + 1
  let end = from
  while (end < text.length && end - from <= ARTIFACT_PIPELINE_MAX && isNameChar(text.charCodeAt(end))) end++
  if (end === from || end - from > ARTIFACT_PIPELINE_MAX || text.charCodeAt(end) !== 47) return slash
  sink.push(from, end, 'resource_name')
  return end
}
