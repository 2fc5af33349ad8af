// AWS's XML answers (S3 errors, the Query APIs of IAM, STS, RDS, EC2, SNS, SQS, CloudFormation):
// `<BucketName>x</BucketName>`, `<RoleName>x</RoleName>`. An element named like a field that
// names a resource or holds a secret is read as that field; ids and ARNs in any element are
// found by their shape as elsewhere.
import type { MatchSink } from './detect-sink.js'
import { pushFieldValue } from './detect-field-value.js'
import { hasFieldRole } from './detect-fields.js'
import { isAsciiAlnum } from './escapes.js'

const ELEMENT = /<([A-Za-z][A-Za-z0-9]{1,60})>([^<>\n]{1,512})<\/\1>/y

/** At `<`: the element's value when its name is a naming or secret field; where scanning goes on, or -1. */
export function handleXmlElement (text: string, i: number, sink: MatchSink): number {
  let nameEnd = i + 1
  while (nameEnd < text.length && isAsciiAlnum(text.charCodeAt(nameEnd))) nameEnd++
  if (!hasFieldRole(text, i + 1, nameEnd)) return -1 // `<div>`, `<li>`: no field, no regex run
  ELEMENT.lastIndex = i
  const m = ELEMENT.exec(text)
  if (m === null) return -1
  const [, tag, value] = m
  return pushFieldValue(tag, value, i + tag.length + 2, sink)
}
