// A Storage Gateway volume's iSCSI target as initiators name it (`iscsiadm -T`, discovery output,
// a target ARN's tail): AWS's IQN prefix `iqn.1997-05.com.amazon:` then the target name the
// customer chose when creating the volume. The prefix stays readable, the name is masked.
import type { MatchSink } from './detect-sink.js'

const AMAZON_IQN = /iqn\.[0-9]{4}-[0-9]{2}\.com\.amazon:([a-z0-9][a-z0-9.-]{0,199})/yd

/** At the word `iqn` followed by `.`: masks the target name of an Amazon IQN; returns its end, or -1. */
export function handleAmazonIqn (text: string, i: number, sink: MatchSink): number {
  AMAZON_IQN.lastIndex = i
  const m = AMAZON_IQN.exec(text)
  const at = m?.indices?.[1]
  if (at === undefined) return -1
  let end = at[1]
  while (end > at[0] && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end-- // sentence punctuation
  sink.push(at[0], end, 'resource_name')
  return end
}
