// The token shape shared by the detector (which must recognise tokens already in the input)
// and the scope/unmask layer (which creates and restores them): `${LABEL}_${n}`.

/** Every kind the detector can emit. Keep in sync with catalogue.ts. */
export const KINDS = [
  // identity and credentials
  'account_id', 'access_key_id', 'secret_access_key', 'session_token', 'arn', 'email',
  'private_key', 'connection_secret', 'api_key',
  // EC2 / VPC resource ids (prefix + 8 or 17 hex)
  'ec2_instance', 'ami', 'ebs_volume', 'ebs_snapshot', 'security_group', 'subnet', 'vpc',
  'internet_gateway', 'egress_only_internet_gateway', 'nat_gateway', 'network_interface',
  'route_table', 'network_acl', 'vpc_peering', 'dhcp_options', 'transit_gateway',
  'transit_gateway_attachment', 'transit_gateway_route_table', 'vpc_endpoint',
  'vpc_endpoint_service', 'customer_gateway', 'vpn_gateway', 'vpn_connection',
  'elastic_ip_allocation', 'elastic_ip_association', 'launch_template', 'reservation',
  'spot_request', 'efs_file_system', 'efs_access_point', 'prefix_list', 'key_pair',
  'dedicated_host', 'capacity_reservation', 'ec2_fleet', 'target_group',
  // other id shapes
  'rds_resource_id', 'hosted_zone', 'cloudfront_distribution', 'organization',
  'organizational_unit', 'organization_root', 'cognito_user_pool', 'cognito_identity_pool', 'kms_key', 'api_gateway',
  // network
  'ipv4_private', 'ipv4_public', 'ipv6', 'aws_hostname', 'hostname',
  // customer-chosen names
  's3_bucket', 'rds_instance', 'rds_cluster', 'lambda_function', 'eks_cluster', 'ecs_cluster',
  'ecs_service', 'dynamodb_table', 'sqs_queue', 'sns_topic', 'kinesis_stream', 'state_machine',
  'iam_role', 'iam_user', 'iam_group', 'iam_policy', 'iam_instance_profile',
  'cloudformation_stack', 'log_group', 'ssm_parameter', 'secret_name', 'ecr_repository',
  'load_balancer', 'elasticache_cluster', 'resource_name',
  // a user's literal text shaped like a token
  'token_literal'
] as const

export type Kind = typeof KINDS[number]

const SECRET_KINDS: ReadonlySet<string> = new Set([
  'secret_access_key', 'session_token', 'private_key', 'connection_secret', 'api_key'
])

/** Upper-case token label of a kind: `ec2_instance` -> `EC2_INSTANCE`. */
export function labelFor (kind: string): string {
  return kind.toUpperCase()
}

/** Every label, longest first (so alternations prefer `VPC_ENDPOINT_SERVICE` over `VPC`). */
export const KIND_LABELS: readonly string[] = KINDS.map(labelFor)
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

/**
 * A token as a markdown answer may write it, each `_` escaped (`IAM\_ROLE\_1`): `escape` is what
 * stands before each `_` (a backslash; two in raw JSON text, where the backslash is escaped).
 */
export function escapedLabel (label: string, escape: string): string {
  return label.replaceAll('_', escape + '_')
}

export function formatToken (label: string, n: number): string {
  return `${label}_${n}`
}

/** Source of the token pattern; capture 1 = label, capture 2 = counter. */
export const TOKEN_PATTERN_SOURCE =
  `(?<![A-Za-z0-9])(${KIND_LABELS.join('|')})_([1-9][0-9]*)(?![0-9])`

/** A fresh global regex (callers own its lastIndex). */
export function createTokenRegex (): RegExp {
  return new RegExp(TOKEN_PATTERN_SOURCE, 'g')
}

/** Secrets may be kept one-way (MASK_RESTORE_SECRETS=false). */
export function isSecretKind (kind: string): boolean {
  return SECRET_KINDS.has(kind)
}
