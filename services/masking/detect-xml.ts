// AWS's XML answers (S3 errors, the Query APIs of IAM, STS, RDS, EC2, SNS, SQS, CloudFormation):
// `<BucketName>x</BucketName>`, `<RoleName>x</RoleName>`. An element named like a field that
// names a resource or holds a secret is read as that field; ids and ARNs in any element are
// found by their shape as elsewhere.
import type { MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole } from './detect-fields.js'
import { isReservedName } from './detect-prose.js'

const ELEMENT = /<([A-Za-z][A-Za-z0-9]{1,60})>([^<>\n]{1,512})<\/\1>/y

/** At `<`: the element's value when its name is a naming or secret field; where scanning goes on, or -1. */
export function handleXmlElement (text: string, i: number, sink: MatchSink): number {
  ELEMENT.lastIndex = i
  const m = ELEMENT.exec(text)
  if (m === null) return -1
  const [, tag, value] = m
  const role = fieldRole(tag)
  if (role === null || (role.role !== 'name' && role.role !== 'secret')) return -1
  if (role.role === 'name' && isReservedName(value)) return -1
  const kind = classifyValue(role, value, tag)
  if (kind === null) return -1
  const start = i + tag.length + 2
  sink.push(start, start + value.length, kind)
  return start + value.length
}
