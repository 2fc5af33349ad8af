// OpenSearch Serverless policies name collections in their rules' resources, outside any ARN:
// `{"ResourceType": "collection", "Resource": ["collection/orders-logs"]}`, `index/orders-logs/*`.
import { isNameChar, type MatchSink } from './detect-sink.js'

/** How far before a resource its rule's `ResourceType` (or the `aoss` service) is looked for. */
const RULE_REACH = 400
const AOSS_CONTEXT = /ResourceType|aoss/

/** Chars that open a policy resource value: a quote, a blank (YAML's `- collection/x`). */
function opensValue (c: number): boolean {
  return c === 34 || c === 39 || c === 32 || c === 9
}

/**
 * `i` is at `collection` or `index`, `j` at the `/` after it: masks the collection's name (a
 * pattern such as `orders-*` too) when a policy rule stands before; -1 otherwise.
 */
export function handleAossResource (text: string, i: number, j: number, sink: MatchSink): number {
  if (i === 0 || !opensValue(text.charCodeAt(i - 1))) return -1
  if (!AOSS_CONTEXT.test(text.slice(Math.max(0, i - RULE_REACH), i))) return -1
  let end = j + 1
  while (end < text.length && end - j <= 64 && (isNameChar(text.charCodeAt(end)) || text.charCodeAt(end) === 42)) end++
  while (end > j + 1 && text.charCodeAt(end - 1) === 46) end-- // a sentence's full stop
  if (end === j + 1 || text.charCodeAt(j + 1) === 42) return -1 // `collection/*`: every collection
  sink.push(j + 1, end, 'resource_name')
  return end
}
