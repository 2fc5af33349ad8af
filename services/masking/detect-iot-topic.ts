// AWS IoT's reserved MQTT topics name the customer's resource after a fixed word:
// `$aws/things/<thing>/shadow/...`, `$aws/things/<thing>/jobs/...`,
// `$aws/provisioning-templates/<template>/provision/...`, `$aws/rules/<rule>/...` (Basic Ingest).
// The rest of the topic is AWS's and stays readable; in a topic ARN the same layout holds.
import type { MatchSink } from './detect-sink.js'

/** The words after which a reserved topic names a customer resource. */
export const IOT_NAMING_WORDS: ReadonlySet<string> = new Set(['things', 'provisioning-templates', 'rules'])

const RESERVED_TOPIC = /\/(things|provisioning-templates|rules)\/([A-Za-z0-9_:.-]{1,128})(?=\/|[\s"'`,)\]}]|$)/yd

/** At the word `aws` after `$` and before `/`, text[i, i + 3): masks the name in a reserved topic; returns its end, or -1. */
export function handleIotReservedTopic (text: string, i: number, sink: MatchSink): number {
  RESERVED_TOPIC.lastIndex = i + 3
  const m = RESERVED_TOPIC.exec(text)
  const at = m?.indices?.[2]
  if (at === undefined || m?.[2] === '+' || m?.[2] === '#') return -1
  sink.push(at[0], at[1], 'resource_name')
  return at[1]
}
