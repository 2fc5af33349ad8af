// Names before their noun: `the orders-v2 table`, `` the `ci-deployer` role ``, `the
// payments-eks cluster's nodes`. Adjectives stand there too (`the main table`, `a write-heavy
// table`, `the python3.12 function`), so only a name-shaped word is taken: quoted, any name
// candidate; bare, lower case with `-`, `_` or `.`, and no English compound, version or file.
import { NOUN_WORD_SOURCE, isNameCandidate, nounKind } from './detect-prose.js'
import { isAlnum, isNameChar, type MatchSink } from './detect-sink.js'
import { wholeIdKind } from './detect-ids.js'
import { isAwsHost } from './detect-host.js'
import { isAwsOwnName } from './detect-fields.js'

const NOUN_AT = new RegExp(NOUN_WORD_SOURCE, 'y')
const NAME_MAX = 255
/** What closes a quoted name right before the noun, and what opened it. */
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [['`**', '**`'], ['**', '**'], ['`', '`'], ['"', '"'], ['\'', '\''], ['*', '*'], ['”', '“']]

/** First and last words of English compounds that describe a resource (`high-traffic`, `write-heavy`, `service-linked`). */
const ADJECTIVE_HEADS: ReadonlySet<string> = new Set(['high', 'low', 'long', 'short', 'single', 'full', 'half', 'fine', 'hot', 'cold', 'warm',
  'large', 'small', 'big', 'general', 'special', 'auto', 'top', 'mid', 'old', 'new', 'main', 'read', 'write', 'mission', 'business', 'user',
  'customer', 'service', 'lambda', 'task', 'instance', 'node', 'cluster', 'account', 'region', 'resource', 'tag', 'role', 'identity'])
const ADJECTIVE_TAILS: ReadonlySet<string> = new Set(['heavy', 'facing', 'linked', 'critical', 'sensitive', 'intensive', 'only', 'bound',
  'scoped', 'style', 'like', 'type', 'free', 'safe', 'ready', 'scale', 'term', 'hosted', 'owned', 'defined', 'made', 'sized', 'related',
  'powered', 'dependent', 'light', 'traffic', 'volume', 'priority', 'latency', 'cost', 'time', 'side', 'wide', 'level', 'execution', 'service'])
/** `ubuntu-22.04`, `python-3.12`: a product and its version. */
const PRODUCT_VERSION = /^[a-z]+-?v?\d+(?:\.\d+)+$/
/** `app.handler`, `main.tf`, `template.yaml`: a handler or a file, not a resource. */
const FILE_OR_HANDLER = /\.(?:handler|lambda_handler|main|m?js|cjs|ts|py|go|java|rb|json|ya?ml|tf|zip|jar|sh|txt|csv)$/

/**
 * `i` is at a noun word with a blank before it: masks the name-shaped word before the noun (and
 * its quotes) with the noun's kind. Looks back at most one name's length.
 */
export function handleNameBeforeNoun (text: string, i: number, sink: MatchSink): void {
  NOUN_AT.lastIndex = i
  const noun = NOUN_AT.exec(text)
  if (noun === null) return
  const kind = nounKind(text, i, noun[0])
  if (kind === null || kind === 'ssm_parameter') return // `the max_connections parameter`: an engine's setting
  let end = i - 1
  let open = ''
  for (const [close, opening] of WRAPPERS) {
    if (text.endsWith(close, end)) { end -= close.length; open = opening; break }
  }
  const floor = Math.max(sink.lastEnd, end - NAME_MAX)
  let start = end
  while (start > floor && isNameChar(text.charCodeAt(start - 1))) start--
  if (start === end || (start === floor && isNameChar(text.charCodeAt(start - 1)))) return // none, or part of something found
  if (!isAlnum(text.charCodeAt(start)) || !isAlnum(text.charCodeAt(end - 1))) return // `foo. Table`: a sentence's end
  const before = start - open.length
  if (open !== '' && !text.startsWith(open, before)) return
  const b = text.charCodeAt(before - 1)
  if (before > 0 && b !== 32 && b !== 9 && b !== 10 && b !== 13 && b !== 40) return
  const name = text.slice(start, end)
  if (!isNameCandidate(name) || wholeIdKind(name) !== null || isAwsHost(name) || isAwsOwnName(kind, name)) return
  if (kind === 's3_bucket' && /[A-Z]/.test(name)) return
  if (open === '' && !isBareName(name, text, before)) return
  sink.push(start, end, kind)
}

/** A determiner right before `at` (`the`, `our`): a hyphenated word after it names a thing, after an adjective it is one. */
const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:the|a|an|our|your|my|their|this|that|its|each|every|both|The|A|An|Our|Your|My|Their|This|That|Each|Both)[ \t]$/

function isBareName (name: string, text: string, at: number): boolean {
  if (/[A-Z]/.test(name) || !/[-_.]/.test(name) || PRODUCT_VERSION.test(name) || FILE_OR_HANDLER.test(name)) return false
  const segs = name.split(/[-_.]/)
  if (segs[0] === 'aws' || segs[0] === 'amazon') return false
  if (/[0-9_.]/.test(name)) return true
  // only `-`: `billing-dlq`, or English (`write-heavy`, `fully-formed`)
  return !ADJECTIVE_HEADS.has(segs[0]) && !ADJECTIVE_TAILS.has(segs[segs.length - 1]) && !segs[0].endsWith('ly') &&
    DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 8), at))
}
