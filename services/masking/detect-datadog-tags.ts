// Datadog's tags (`service:checkout,env:prod,name:tarnwell-api-asg`, a log's `"tags": [...]`):
// the AWS integration copies an instance's or group's Name tag to a lower-case `name:` tag.
// Only in a list of other Datadog-like tags: `name:` alone in prose says nothing.
import { type MatchSink } from './detect-sink.js'
import { classifyValue, type FieldRole } from './detect-fields.js'

const NAME_TAG: FieldRole = { kind: 'resource_name', role: 'name' }

/** Longest tag value read, and how far around the tag its siblings are looked for. */
const MAX_VALUE = 200
const SIBLING_WINDOW = 240

/** A sibling tag Datadog or its AWS integration sets (`env:prod`, `"region:us-east-1"`, `kube_cluster_name:x`). */
const SIBLING = /(?:^|[,"[ \t])(?:env|service|version|region|host|source|team|aws_account|availability-zone|instance-type|image|security-group|autoscaling_group|kube_[a-z_]{1,40}):[^\s,"\]]/

/** `i` is at `name`, `v` past its `:`: masks the tag's value in a tag list; returns its end, or -1. */
export function handleDatadogNameTag (text: string, i: number, v: number, sink: MatchSink): number {
  const prev = text.charCodeAt(i - 1)
  if (prev !== 44 && prev !== 34) return -1 // an item of a list: after `,` or a JSON string's quote
  let e = v
  const limit = Math.min(text.length, v + MAX_VALUE)
  while (e < limit && !endsTag(text.charCodeAt(e))) e++
  if (e === v || (e === limit && e < text.length)) return -1
  const around = text.slice(Math.max(0, i - SIBLING_WINDOW), i - 1) + ' ' + text.slice(e, Math.min(text.length, e + SIBLING_WINDOW))
  if (!SIBLING.test(around)) return -1
  const kind = classifyValue(NAME_TAG, text.slice(v, e), 'Name')
  if (kind === null) return -1
  sink.push(v, e, kind)
  return e
}

/** blank , " ] \ : what ends a tag's value. */
function endsTag (c: number): boolean {
  return c <= 32 || c === 44 || c === 34 || c === 93 || c === 92
}

/** A JSON string item of a `tags` list (`"tags": ["env:prod", "name:x"]`, read one by one): masks a `name:` tag's value. */
export function datadogTagItem (text: string, field: string | undefined, sink: MatchSink): boolean {
  if ((field !== 'tags' && field !== 'ddtags') || !text.startsWith('name:') || text.length > MAX_VALUE) return false
  const value = text.slice(5)
  const kind = /[\s,]/.test(value) ? null : classifyValue(NAME_TAG, value, 'Name')
  if (kind === null) return false
  sink.push(5, text.length, kind)
  return true
}
