// Detection when the caller walks parsed JSON and knows the field a string is the value of:
// `{ field: 'BucketName' }` makes the whole string a bucket name, `{ tagKey: 'Name' }` a name.
import type { DetectContext } from './types.js'
import type { MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, type FieldRole } from './detect-fields.js'
import { ETAG_FIELDS, fieldIdKind, wholeIdKind } from './detect-ids.js'
import { filterRole, namingTagKey } from './detect-filters.js'
import { physicalIdKind } from './detect-iac.js'
import { isAwsMadeLogGroup } from './detect-loggroup.js'
import { datadogTagItem } from './detect-datadog-tags.js'

const TAG_ROLE: FieldRole = { kind: 'resource_name', role: 'tag' }
const PAIR_VALUE_ROLE: FieldRole = { kind: 'resource_name', role: 'tag' }

/** Emits a whole-string match and returns true when the context decides; false to scan. */
export function detectInField (text: string, context: DetectContext, sink: MatchSink): boolean {
  if (context.resourceType !== undefined) { // {"PhysicalResourceId": ..., "ResourceType": "AWS::Lambda::Function"}
    const kind = physicalIdKind(text, context.resourceType.slice(5), context.field === 'resourceId')
    if (kind !== null) { sink.push(0, text.length, kind); return true }
  }
  if (context.field === 'Values' && context.tagKey !== undefined) return filterValue(text, context.tagKey, sink)
  if (text.charCodeAt(0) === 110 && datadogTagItem(text, context.field, sink)) return true // `"tags": ["env:prod", "name:x"]`
  if (context.field !== undefined && ETAG_FIELDS.has(context.field) && wholeIdKind(text) === 'cloudfront_distribution') return true // CloudFront's ETag: kept
  let role: FieldRole | null = null
  let key = context.field ?? ''
  if (context.tagKey === 'Name' && (key === '' || key === 'Value' || key === 'value')) {
    role = TAG_ROLE
    key = 'Value'
  } else if (key === 'plaintext' && context.tagKey !== undefined) {
    role = PAIR_VALUE_ROLE // Pulumi's `{<sig>, "plaintext": ...}` under the secret's name
  } else if (key !== '') {
    role = fieldRole(key)
  }
  if (role?.role === 'tag' && context.tagKey !== undefined) { // {"name": "DB_PASSWORD", "value": ...}
    // A name/value pair's name says what the value is: a secret, or a resource name (a CloudWatch
    // dimension {"Name": "FunctionName", "Value": ...}); the Name field is never taken for a value.
    const pair = fieldRole(context.tagKey) ?? namingTagKey(context.tagKey) // `aws:autoscaling:groupName`
    if (pair !== null && (pair.role === 'secret' || pair.role === 'name' && context.tagKey !== 'Name')) {
      role = pair
      key = context.tagKey
    }
  }
  if (role === null || role.role === 'tag' && role !== TAG_ROLE || role.role === 'tagkey') return false
  if (role.kind === 'log_group' && (text.startsWith('/aws/') || isAwsMadeLogGroup(text))) return false
  const kind = classifyValue(role, text, key)
  if (kind === null) return false
  sink.push(0, text.length, fieldIdKind(text, kind))
  return true
}

/** A value of an EC2 filter (`{Name: 'tag:Name', Values: [...]}`): a name under a naming filter, as in the CLI shorthand. */
function filterValue (text: string, filter: string, sink: MatchSink): boolean {
  const role = filterRole(filter)
  const kind = role === null ? null : classifyValue(role, text, filter)
  if (kind === null) return false
  sink.push(0, text.length, fieldIdKind(text, kind))
  return true
}
