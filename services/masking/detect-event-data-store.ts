// CloudTrail Lake queries name their event data store by its id, a UUID, where SQL has a table:
// `SELECT eventName FROM 2d8f1c7e-… WHERE …`. The id is the store's (its ARN ends with it), as
// customer-specific as the ARN; no other SQL has a UUID for a table.
import type { MatchSink } from './detect-sink.js'

/** After `FROM`: blanks, an optional quote (JSON-escaped too), a UUID (captured), no id char after it. */
const STORE_ID = /[ \t\r\n]{1,8}(?:\\?["`])?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![0-9A-Za-z_-])/yd

/** How far before `FROM` its query's `SELECT` is looked for (`from <uuid>` in prose is no query). */
const SELECT_MAX = 1024

/** At `FROM` (text[i, j)): masks an event data store id after it in a query; its end, or -1. */
export function handleEventDataStore (text: string, i: number, j: number, sink: MatchSink): number {
  STORE_ID.lastIndex = j
  const span = STORE_ID.exec(text)?.indices?.[1]
  if (span === undefined) return -1
  if (!text.slice(Math.max(0, i - SELECT_MAX), i).toLowerCase().includes('select')) return -1
  sink.push(span[0], span[1], 'resource_name')
  return span[1]
}
