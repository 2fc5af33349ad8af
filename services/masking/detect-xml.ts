// AWS's XML answers (S3 errors, the Query APIs of IAM, STS, RDS, EC2, SNS, SQS, CloudFormation):
// `<BucketName>x</BucketName>`, `<RoleName>x</RoleName>`. An element named like a field that
// names a resource or holds a secret is read as that field; ids and ARNs in any element are
// found by their shape as elsewhere.
import type { MatchSink } from './detect-sink.js'
import { pushFieldValue } from './detect-field-value.js'
import { fieldRole, hasFieldRole } from './detect-fields.js'
import { isAsciiAlnum } from './escapes.js'

const ELEMENT = /<([A-Za-z][A-Za-z0-9]{1,60})>([^<>\n]{1,512})<\/\1>/y
/** Hadoop / Hive / Spark configuration: `<name>javax.jdo.option.ConnectionPassword</name><value>x</value>`. */
const PROPERTY = /<name>\s{0,8}([A-Za-z][A-Za-z0-9._-]{1,160})\s{0,8}<\/name>\s{0,80}<value>([^<>\n]{1,512})<\/value>/y

/** At `<name>`: the next `<value>` when the property's key holds a secret (a name is no secret); where scanning goes on, or -1. */
function handleProperty (text: string, i: number, sink: MatchSink): number {
  PROPERTY.lastIndex = i
  const m = PROPERTY.exec(text)
  if (m === null) return -1
  const [whole, key, value] = m
  if (fieldRole(key)?.role !== 'secret') return -1
  return pushFieldValue(key, value, i + whole.length - value.length - 8, sink)
}

/** At `<`: the element's value when its name is a naming or secret field; where scanning goes on, or -1. */
export function handleXmlElement (text: string, i: number, sink: MatchSink): number {
  if (text.startsWith('<name>', i)) {
    const end = handleProperty(text, i, sink)
    if (end !== -1) return end
  }
  let nameEnd = i + 1
  while (nameEnd < text.length && isAsciiAlnum(text.charCodeAt(nameEnd))) nameEnd++
  if (!hasFieldRole(text, i + 1, nameEnd)) return -1 // `<div>`, `<li>`: no field, no regex run
  ELEMENT.lastIndex = i
  const m = ELEMENT.exec(text)
  if (m === null) return -1
  const [, tag, value] = m
  return pushFieldValue(tag, value, i + tag.length + 2, sink)
}
