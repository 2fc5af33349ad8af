// The AWS Load Balancer Controller's annotations that list security groups or subnets by id OR by
// name (`alb.ingress.kubernetes.io/security-groups: sg-0abc..., my-sg-name`, `.../subnets: subnet-...,
// my-subnet-name`, the service annotations `service.beta.kubernetes.io/aws-load-balancer-security-groups`
// and `-subnets`): the ids are the scan's, the names (the controller resolves them by Name tag) are
// masked here. Matches go to the deferred list: the ids are scanned as usual.
import type { MatchSink } from './detect-sink.js'
import { wholeIdKind } from './detect-ids.js'

/** The annotation's key before the word: the controller's prefixes. */
const ANNOTATION_BEFORE = /(?:alb\.ingress\.kubernetes\.io\/|service\.beta\.kubernetes\.io\/aws-load-balancer-)$/
/** One list item: a name or id, then blanks and `,` or the list's end. */
const ITEM = /[ \t]*([A-Za-z0-9][A-Za-z0-9._:/+=@-]{0,254})[ \t]*(,|["']|\r?\n|$)/y
/** Items read in one annotation. */
const ITEMS_MAX = 32

/**
 * At `security` or `subnets` (text[i, j)): when an annotation of the controller's key ends here
 * (`security-groups:`, `subnets:`), defers each listed name that is no id.
 */
export function handleLbAnnotationList (text: string, i: number, j: number, sink: MatchSink): void {
  let p = text.startsWith('security', i) ? (text.startsWith('-groups', j) ? j + 7 : -1) : j
  if (p < 0 || !ANNOTATION_BEFORE.test(text.slice(Math.max(0, i - 64), i))) return
  if (text.charCodeAt(p) === 34 || text.charCodeAt(p) === 39) p++ // a quoted key (JSON, a quoted YAML key)
  if (text.charCodeAt(p) !== 58) return
  p++
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++
  if (text.charCodeAt(p) === 34 || text.charCodeAt(p) === 39) p++
  for (let n = 0; n < ITEMS_MAX; n++) {
    ITEM.lastIndex = p
    const m = ITEM.exec(text)
    if (m === null) return
    const start = p + m[0].indexOf(m[1])
    if (wholeIdKind(m[1]) === null) (sink.deferred ??= []).push({ start, end: start + m[1].length, kind: 'resource_name' })
    if (m[2] !== ',') return
    p = ITEM.lastIndex
  }
}
