// An ElastiCache node named after its replication group or cluster: `node marlowe-rate-limits-002`,
// `node orders-cache-0001-001` (cluster mode). The group's name is masked (the same token as the
// group's, wherever else it stands); the member number stays readable, so the answer can still
// say which node took over.
import type { MatchSink } from './detect-sink.js'
import { isNameCandidate } from './detect-prose.js'

/** ` <group>-NNN`, ` <group>-NNNN-NNN`, optionally quoted, ending the word. */
const MEMBER = /[ \t]{1,4}[`'"]?([a-z][a-z0-9-]{1,38}?[a-z0-9])-\d{3,4}(?:-\d{3})?(?![A-Za-z0-9_.-])/yd

/** At `node` / `Node` (text[i, j), a blank after): masks the group in the member's name; its end, or -1. */
export function handleCacheNode (text: string, j: number, sink: MatchSink): number {
  MEMBER.lastIndex = j
  const m = MEMBER.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined || !/[-0-9]/.test(m[1]) || !isNameCandidate(m[1])) return -1
  sink.push(span[0], span[1], 'elasticache_cluster')
  return span[1]
}
