// Values a scope already knows, found wherever they stand in a text (not inside a longer name) in
// one pass: candidates start where a run of name characters starts. The run is hashed while it
// is walked, so only runs whose hash is a known head are sliced and looked up: a scan over text
// holding none of the values allocates nothing.
import type { Match } from './types.js'

/** Name characters: ASCII letters, digits, `_` and `-` (a table: the scan asks for every char). */
const NAME_CHAR = new Uint8Array(65_536)
for (let c = 48; c <= 57; c++) NAME_CHAR[c] = 1
for (let c = 65; c <= 90; c++) NAME_CHAR[c] = 1
for (let c = 97; c <= 122; c++) NAME_CHAR[c] = 1
NAME_CHAR[95] = 1
NAME_CHAR[45] = 1

/** Shorter values are not looked for outside the place the detector found them. */
export const MIN_KNOWN_VALUE_LENGTH = 3

/** Kinds found by their context (a field, an ARN, a prose noun) rather than by their own shape. */
const NAME_KINDS: ReadonlySet<string> = new Set([
  's3_bucket', 'rds_instance', 'rds_cluster', 'lambda_function', 'eks_cluster', 'ecs_cluster', 'ecs_service',
  'dynamodb_table', 'sqs_queue', 'sns_topic', 'kinesis_stream', 'state_machine', 'iam_role', 'iam_user',
  'iam_group', 'iam_policy', 'iam_instance_profile', 'cloudformation_stack', 'log_group', 'ssm_parameter',
  'secret_name', 'ecr_repository', 'load_balancer', 'elasticache_cluster', 'resource_name',
  // a host's customer label: Amplify Hosting's branch (`dev.<appId>.amplifyapp.com`) is a word there, not in `the dev key`
  'aws_hostname',
  // an ARN's resource segments: `webacl`, `role` (of access-entry ARNs) are words there too
  'arn'
])

/**
 * Whether a value is looked for everywhere once known. A name found by its context spreads only
 * when it cannot be an ordinary word or number: a one-word name (`aws`, `replica`, `Bucket`) or a
 * bare number (`1.0`) is masked where it was found, never replaced in every ARN, key and sentence.
 */
export function spreads (value: string, kind: string): boolean {
  if (value.length < MIN_KNOWN_VALUE_LENGTH) return false
  if (!NAME_KINDS.has(kind)) return true
  let letter = false
  let other = false // a digit or a separator
  let hump = false // camelCase: an upper-case letter after a lower-case one
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const lower = c >= 97 && c <= 122
    const upper = c >= 65 && c <= 90
    if (lower || upper) {
      letter = true
      if (upper && i > 0) { const p = value.charCodeAt(i - 1); if (p >= 97 && p <= 122) hump = true }
    } else other = true
  }
  return letter && (other || hump)
}

export function isNameChar (code: number): boolean {
  return NAME_CHAR[code] === 1
}

function hashOf (text: string, start: number, end: number): number {
  let h = 0
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0
  return h
}

/**
 * Where a run starting at `i` really starts: past the dashes of an ASCII tree's branch (`|--host`,
 * `` `--host ``, `+--host`, as `ansible-inventory --graph` and `tree -A` draw them), else `i`.
 */
function pastTreeDashes (text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== 45 || text.charCodeAt(i + 1) !== 45 || i === 0) return i
  const before = text.charCodeAt(i - 1)
  if (before !== 124 && before !== 96 && before !== 43) return i // | ` +
  let k = i + 2
  while (k < end && text.charCodeAt(k) === 45) k++
  return k < end ? k : i
}

/** Where the run of name characters at `i` (starting with `-`) is read from: past a tree branch's dashes. */
function runStartPastTree (text: string, i: number): number {
  let end = i
  while (end < text.length && NAME_CHAR[text.charCodeAt(end)] === 1) end++
  return pastTreeDashes(text, i, end)
}

/** End of a value's head: its first run of name characters. */
function headEnd (value: string): number {
  let end = 1
  while (end < value.length && isNameChar(value.charCodeAt(end))) end++
  return end
}

/**
 * Hashes of every maximal run of name characters in `text`, unique: sorted (to search a text's),
 * or last run first (a value's: its tail, a resource name or an address's last part, tells it
 * from others sooner than a shared `arn` or `10` head).
 */
export function nameRunHashes (text: string, lastFirst = false): Int32Array {
  const hashes = new Set<number>()
  const n = text.length
  let i = 0
  while (i < n) {
    let c = text.charCodeAt(i)
    if (NAME_CHAR[c] !== 1) { i++; continue }
    if (c === 45) { // a tree's `|--host`: the run as find reads it (rare: a check per run starting with `-`)
      i = runStartPastTree(text, i)
      c = text.charCodeAt(i)
    }
    let h = 0
    do {
      h = (Math.imul(h, 31) + c) | 0
      c = text.charCodeAt(++i)
    } while (i < n && NAME_CHAR[c] === 1)
    hashes.add(h)
  }
  return lastFirst ? Int32Array.from(hashes).reverse() : Int32Array.from(hashes).sort()
}

function sortedHas (sorted: Int32Array, value: number): boolean {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] === value) return true
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

interface Group { values: Set<string>, lengths: number[] }
/** Values from index `from` to `to` of the order added, with their run hashes. */
interface ValueRuns { from: number, to: number, values: Array<{ value: string, runs: Int32Array }> }
// Shared empty stand-ins, never written to (add replaces them first).
const EMPTY_GROUPS: Map<string, Group> = new Map()
const EMPTY_ODD: string[] = []
const EMPTY_HASHES: Set<number> = new Set()
/** Up to this many values, a text holding none of them is told by native substring searches. */
const QUICK_CHECK_VALUES = 32
/** From this long, a text's kept run hashes are worth a lookup instead of a search per value. */
const RUNS_WORTH_CHARS = 256

export class KnownValues {
  // A store keeps one per scope, most with few values: the rarer collections exist only once used.
  private readonly whole = new Set<string>() // values that are one run of name characters (most)
  // first name-char run -> the longer values starting with it, and their distinct lengths, longest first
  private byHead = EMPTY_GROUPS
  private odd = EMPTY_ODD // values not starting with a name character (rare)
  private readonly headHashes = new Set<number>()
  private groupHashes = EMPTY_HASHES // heads of the longer values only
  private readonly order: string[] = [] // in the order added: what a cached result has not seen
  private sinceRuns?: ValueRuns // and their runs
  private allRuns?: ValueRuns // every value's runs, while there are few (find's quick check)

  /** How many values were added so far (a version: it only grows). */
  get size (): number {
    return this.order.length
  }

  /**
   * Whether a value added after the first `count` may be found in `text` (as `find` finds
   * values, ignoring what a detector covers: never fewer), given the text's nameRunHashes.
   */
  addedSinceIn (count: number, text: string, runs: Int32Array): boolean {
    return count < this.order.length && this.mayBeIn(count, text, runs)
  }

  /**
   * The same question for a text whose nameRunHashes are known, answered per value instead of per
   * char: a kept text of a long conversation is asked on every turn that learns values. Where
   * find finds a value, each run of name characters in it is a whole run of the text (the value
   * starts at a run start and ends cleanly), so a value with a run the text lacks is not there;
   * one with all its runs there is confirmed by a native search.
   */
  private mayBeIn (count: number, text: string, runs: Int32Array): boolean {
    // two memos: find asks about all values (count 0), a kept text about those since its turn
    let since = count === 0 ? this.allRuns : this.sinceRuns
    if (since === undefined || since.from !== count || since.to !== this.order.length) {
      const values = this.order.slice(count).map((value) => ({ value, runs: nameRunHashes(value, true) }))
      since = { from: count, to: this.order.length, values }
      if (count === 0) this.allRuns = since
      else this.sinceRuns = since
    }
    next: for (const { value, runs: own } of since.values) {
      for (let r = 0; r < own.length; r++) if (!sortedHas(runs, own[r])) continue next
      if (text.includes(value)) return true
    }
    return false
  }

  add (value: string): void {
    if (value.length === 0) return
    this.order.push(value)
    if (!isNameChar(value.charCodeAt(0))) {
      if (this.odd === EMPTY_ODD) this.odd = []
      this.odd.push(value)
      return
    }
    const end = headEnd(value)
    this.headHashes.add(hashOf(value, 0, end))
    if (end === value.length) { this.whole.add(value); return }
    if (this.byHead === EMPTY_GROUPS) { this.byHead = new Map(); this.groupHashes = new Set() }
    this.groupHashes.add(hashOf(value, 0, end))
    const head = value.slice(0, end)
    const group = this.byHead.get(head)
    if (group === undefined) { this.byHead.set(head, { values: new Set([value]), lengths: [value.length] }); return }
    group.values.add(value)
    if (!group.lengths.includes(value.length)) group.lengths = [...group.lengths, value.length].sort((a, b) => b - a)
  }

  private longestAt (text: string, at: number, head: string): string | undefined {
    const group = this.byHead.get(head)
    if (group !== undefined) {
      for (const length of group.lengths) {
        if (at + length > text.length) continue
        const candidate = text.slice(at, at + length)
        if (group.values.has(candidate) && endsCleanly(text, candidate, at)) return candidate
      }
    }
    return this.whole.has(head) ? head : undefined // the run is maximal: it ends cleanly
  }

  /**
   * Every known value in `text` that a detector match does not cover, sorted, not overlapping,
   * as a greedy left-to-right scan of all of them would find it. A value starting inside a
   * detected match would be dropped anyway (the detector wins): only its length matters there,
   * for where the scan goes on, so only longer values are looked up inside detected matches.
   * Kinds are left empty: the scope reads them from the tokens.
   */
  find (text: string, detected: Match[], runsOf?: (text: string) => Int32Array | undefined): Match[] {
    // a new conversation knows a few values, and its long texts (system prompt, tool
    // definitions) mostly hold none: a native search each beats walking every char in JS, and a
    // long text's run hashes (`runsOf`, kept with a text seen before) beat a search per value
    if (this.order.length <= QUICK_CHECK_VALUES) {
      const runs = text.length >= RUNS_WORTH_CHARS ? runsOf?.(text) : undefined
      if (runs === undefined ? !this.order.some((value) => text.includes(value)) : !this.mayBeIn(0, text, runs)) return []
    }
    const found: Match[] = []
    const shadowed: Match[] = [] // covered values, kept only to shadow odd values as before
    const n = text.length
    let d = 0
    let i = 0
    while (i < n) {
      let c = text.charCodeAt(i)
      if (NAME_CHAR[c] !== 1) { i++; continue }
      if (c === 45) {
        i = runStartPastTree(text, i)
        c = text.charCodeAt(i)
      }
      let h = 0
      let end = i
      do {
        h = (Math.imul(h, 31) + c) | 0
        c = text.charCodeAt(++end)
      } while (end < n && NAME_CHAR[c] === 1)
      while (d < detected.length && detected[d].end <= i) d++
      const covered = d < detected.length && detected[d].start <= i
      const value = (covered ? this.groupHashes : this.headHashes).has(h) ? this.longestAt(text, i, text.slice(i, end)) : undefined
      if (value === undefined) { i = end; continue }
      if (!covered) found.push({ start: i, end: i + value.length, kind: '' })
      else if (this.odd.length > 0) shadowed.push({ start: i, end: i + value.length, kind: '' })
      i += value.length
    }
    if (this.odd.length > 0) this.findOdd(text, found, shadowed)
    return found
  }

  private findOdd (text: string, found: Match[], shadowed: Match[]): void {
    const overlaps = (m: Match, at: number, end: number): boolean => m.start < end && at < m.end
    for (const value of this.odd) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
        const end = at + value.length
        if (!endsCleanly(text, value, at) || found.some((m) => overlaps(m, at, end)) || shadowed.some((m) => overlaps(m, at, end))) continue
        found.push({ start: at, end, kind: '' })
      }
    }
    found.sort((a, b) => a.start - b.start)
  }
}

function endsCleanly (text: string, value: string, at: number): boolean {
  const after = at + value.length
  return after >= text.length || !isNameChar(value.charCodeAt(value.length - 1)) || !isNameChar(text.charCodeAt(after))
}
