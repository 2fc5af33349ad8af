// Id shapes (EC2/VPC prefixes, RDS resource ids, Organizations, Cognito, Route 53, ...) as regex
// sources for the combined scanner, and a whole-string classifier for ids found inside ARNs/hosts.
import { RESOURCE_ID_PREFIXES, SHAPED_IDS } from './catalogue.js'

const prefixes = Object.keys(RESOURCE_ID_PREFIXES).sort((a, b) => b.length - a.length)

/** `prefix-` + exactly 8 or 17 lower-case hex digits (the 17 form is tried first). */
export const RESOURCE_ID_SOURCE =
  `(?:${prefixes.join('|')})-(?:[0-9a-f]{17}|[0-9a-f]{8})(?![A-Za-z0-9]|-[0-9a-f]{4}-[0-9a-f]{4}-)`

/** Every shaped id in one alternation (each followed by a right word boundary). */
export const SHAPED_ID_SOURCE =
  `(?:${SHAPED_IDS.map(s => s.source).join('|')})(?![A-Za-z0-9])`

const shapedWhole = SHAPED_IDS.map(s => ({ kind: s.kind, re: new RegExp(`^(?:${s.source})$`) }))
const resourceWhole = new RegExp(`^(${prefixes.join('|')})-(?:[0-9a-f]{17}|[0-9a-f]{8})$`)

/** Kind of a resource id given its text (already matched by RESOURCE_ID_SOURCE). */
export function resourceIdKind (id: string): string {
  const m = resourceWhole.exec(id)
  return m === null ? 'resource_name' : RESOURCE_ID_PREFIXES[m[1]]
}

/** Kind of a string that is wholly one id (resource or shaped), or null. */
export function wholeIdKind (s: string): string | null {
  if (s.length < 6 || s.length > 48) return null
  const m = resourceWhole.exec(s)
  if (m !== null) return RESOURCE_ID_PREFIXES[m[1]]
  for (const { kind, re } of shapedWhole) if (re.test(s)) return kind
  return null
}

/** Kind of a shaped id already matched by SHAPED_ID_SOURCE. */
export function shapedIdKind (s: string): string {
  for (const { kind, re } of shapedWhole) if (re.test(s)) return kind
  return 'resource_name'
}
