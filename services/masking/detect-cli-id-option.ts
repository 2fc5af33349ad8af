// A CLI option naming a resource by its UUID: Amazon Connect's `--contact-flow-id <uuid>`,
// `--queue-id`, `--routing-profile-id`, Chime's `--meeting-id`. A bare UUID is no id by shape
// (request ids, trace ids), but the option's name says it is the customer's resource. Only
// resources' options: a run's id (`--query-id`, `--command-id`) stays readable.
import type { MatchSink } from './detect-sink.js'

const OPTION_UUID = /(?:instance|contact-flow|contact-flow-module|queue|routing-profile|user|security-profile|hierarchy-group|hours-of-operation|quick-connect|prompt|phone-number|meeting|attendee|key-group|public-key|application)-id[ =]["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/yd

/** At an option's first word (text[i, ...), `--` before it): masks the UUID it takes; its end, or -1. */
export function handleCliIdOption (text: string, i: number, sink: MatchSink): number {
  OPTION_UUID.lastIndex = i
  const span = OPTION_UUID.exec(text)?.indices?.[1]
  if (span === undefined) return -1
  sink.push(span[0], span[1], 'resource_name')
  return span[1]
}
