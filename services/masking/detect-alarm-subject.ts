// CloudWatch alarm notifications name the alarm in a fixed subject line, as SNS e-mails and AWS
// Chatbot print it: `ALARM: "orders-api-5xx" in US East (N. Virginia)`, `OK: "..." in EU (Frankfurt)`,
// `INSUFFICIENT_DATA: "..." in Asia Pacific (Tokyo)`. The quoted name is the customer's alarm.
import type { MatchSink } from './detect-sink.js'

/** CloudWatch allows alarm names of up to 255 characters. */
const ALARM_NAME_MAX = 255
const STATES = ['ALARM', 'OK', 'INSUFFICIENT_DATA']

/** At the word `ALARM`/`OK`/`INSUFFICIENT` (text[i]): masks the quoted alarm name of a subject line; returns where scanning goes on, or -1. */
export function handleAlarmSubject (text: string, i: number, sink: MatchSink): number {
  const state = STATES.find(s => text.startsWith(s, i))
  if (state === undefined) return -1
  const open = i + state.length + 2
  if (!text.startsWith(': "', i + state.length)) return -1
  const limit = Math.min(text.length, open + 1 + ALARM_NAME_MAX)
  let close = open + 1
  while (close < limit && text.charCodeAt(close) !== 34 && text.charCodeAt(close) !== 10) close++
  if (close === open + 1 || text.charCodeAt(close) !== 34) return -1
  // ` in ` and a region's display name (`US East`, `EU (Frankfurt)`, `Asia Pacific`)
  if (!text.startsWith(' in ', close + 1)) return -1
  const c = text.charCodeAt(close + 5)
  if (!(c >= 65 && c <= 90)) return -1
  sink.push(open + 1, close, 'resource_name')
  return close + 1
}
