// Bedrock's resource ids in prose: knowledge bases, data sources and agents are named by ten
// upper-case letters and digits (`knowledge base RLQ7X2M9KZ`, the service's own `Knowledge base
// with id TG5QZ8KM3W does not exist`, `data source (id D8WQ4ZT2XM)`, `agent K7RZQ2XW4M`). Their
// JSON fields and CLI options (`knowledgeBaseId`, `--data-source-id`) are name fields (catalogue.ts).
import type { MatchSink } from './detect-sink.js'

/** After the noun: blanks, an optional `(id`, `with id`, `ID:`, a quote, then the id as a whole word. */
const ID_AFTER = /[ \t]{1,4}(?:\(?(?:with[ \t]{1,4})?(?:id|ID|Id)[ \t]{0,4}[:=]?[ \t]{0,4})?[`'"]?([A-Z0-9]{10})(?![A-Za-z0-9_-])/y
/** Ten letters and digits, both: `TSTALIASID` and `DRAFT`-like words are AWS's or English. */
const MIXED = /^(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])/
const KNOWLEDGE_BEFORE = /(?:^|[^A-Za-z])[Kk]nowledge[ \t]{1,4}$/
const DATA_BEFORE = /(?:^|[^A-Za-z])[Dd]ata[ \t]{1,4}$/

/**
 * text[i, j) is `base`, `source` or `agent` (any case of the first letter): after `knowledge`,
 * `data` or on its own (`agent`), masks a Bedrock id right after it; the id's end, or -1.
 */
export function handleBedrockIdAfterNoun (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  if (len === 4 ? !text.startsWith('ase', i + 1) || !KNOWLEDGE_BEFORE.test(text.slice(Math.max(0, i - 14), i))
    : len === 6 ? !text.startsWith('ource', i + 1) || !DATA_BEFORE.test(text.slice(Math.max(0, i - 9), i))
      : !text.startsWith('gent', i + 1)) return -1
  ID_AFTER.lastIndex = j
  const m = ID_AFTER.exec(text)
  if (m === null || !MIXED.test(m[1])) return -1
  sink.push(ID_AFTER.lastIndex - 10, ID_AFTER.lastIndex, 'resource_name')
  return ID_AFTER.lastIndex
}
