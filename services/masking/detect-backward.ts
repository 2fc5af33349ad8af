// Shapes recognised by their right end, then extended backwards: an e-mail address from its
// `@domain`, an AWS host from its `.amazonaws.com`-style suffix. What the scanner found inside
// the extended span earlier is dropped first, so matches never overlap.
import type { MatchSink } from './detect-sink.js'
import { isAlnum, isHostChar } from './detect-sink.js'
import { isAwsHost, isAwsOwnHost, maskAwsHost } from './detect-host.js'
import { escapeEndsAfter } from './escapes.js'

/** Walks back from `pos` while `accept` holds; never into an escape like `\n`, `\\t`, `\u00e9` (escapes.ts). */
function walkBack (text: string, pos: number, floor: number, accept: (c: number) => boolean): number {
  let i = pos
  while (i > floor && accept(text.charCodeAt(i - 1))) i--
  if (i > 0 && i < pos && text.charCodeAt(i - 1) === 92 /* \ */) {
    const end = escapeEndsAfter(text, i).find((e) => e <= pos)
    if (end !== undefined) i = end
  }
  return i
}

function isLocalPartChar (c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 // . _ % + -
}

export function handleEmail (text: string, start: number, end: number, sink: MatchSink): number {
  // `ec2-user@ip-10-0-1-23.eu-west-1.compute.internal`: an ssh login at an AWS host, no mailbox;
  // the host is masked as hosts are (region and suffix readable), the OS user stays
  if (isAwsHost(text.slice(start + 1, end))) return maskAwsHost(text, start + 1, end, sink)
  let from = walkBack(text, start, 0, isLocalPartChar)
  while (from < start && text.charCodeAt(from) === 46) from++
  if (from === start) return -1
  if (notAMailbox(text, from, start, end)) return -1
  from = sink.dropFrom(from)
  if (from >= start) return -1
  sink.push(from, end, 'email')
  return end
}

/** SSH's vendor namespaces of algorithm names (`chacha20-poly1305@openssh.com`, `curve25519-sha256@libssh.org`). */
const SSH_ALGORITHM_DOMAINS: ReadonlySet<string> = new Set(['openssh.com', 'libssh.org'])
/** Public forges whose SSH remotes log in as `git` (`git@github.com:org/repo.git`). */
const GIT_FORGES: ReadonlySet<string> = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'ssh.dev.azure.com', 'vs-ssh.visualstudio.com'])

/** An SSH algorithm's name or a forge's `git@` login: `@` and a domain, but nobody's mailbox. */
function notAMailbox (text: string, from: number, at: number, end: number): boolean {
  const domain = text.slice(at + 1, end).toLowerCase()
  if (SSH_ALGORITHM_DOMAINS.has(domain)) return true
  return at - from === 3 && text.startsWith('git', from) && GIT_FORGES.has(domain)
}

/** The domain of an address whose `@` is URL-encoded (`%40`), as the email shape has it. */
const DOMAIN_AFTER = /[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/y
/** A local part is at most 64 chars. */
const LOCAL_PART_MAX = 64

/**
 * An e-mail address with its `@` URL-encoded (`karlsson.erik%40corvina.example` in an S3 key, a
 * query string); `pct` is at the `%` of `%40`. The local part starts after any other escape
 * (`drivers%2Fkarlsson.erik`). Returns the end of the address, or -1.
 */
export function handleEncodedEmail (text: string, pct: number, sink: MatchSink): number {
  if (pct === 0 || !isLocalPartChar(text.charCodeAt(pct - 1))) return -1
  DOMAIN_AFTER.lastIndex = pct + 3
  if (!DOMAIN_AFTER.test(text)) return -1
  const end = DOMAIN_AFTER.lastIndex
  if (isAwsHost(text.slice(pct + 3, end))) return -1
  let from = walkBack(text, pct, Math.max(0, pct - LOCAL_PART_MAX), isLocalPartChar)
  const escape = text.lastIndexOf('%', pct - 1)
  if (escape >= from && isHexPair(text, escape + 1)) from = escape + 3
  while (from < pct && text.charCodeAt(from) === 46) from++
  if (from >= pct) return -1
  from = sink.dropFrom(from)
  if (from >= pct) return -1
  sink.push(from, end, 'email')
  return end
}

export function handleBareHost (text: string, start: number, end: number, sink: MatchSink): number {
  let from = walkBack(text, start, 0, isHostChar)
  while (from < start && (text.charCodeAt(from) === 46 || text.charCodeAt(from) === 45)) from++
  if (text.charCodeAt(from - 1) === 37 && from + 2 < start && isHexPair(text, from)) from += 2 // `%22ec2.amazonaws.com%22`: the escape's digits are no label
  if (from === start || isFormatConversion(text, from)) return end
  if (isSmtpReplyCode(text, from) && isAwsOwnHost(text, from + 4, end)) from += 4 // `250-email-smtp.amazonaws.com`: an SMTP reply's code, SES's own host
  from = sink.dropFrom(from)
  if (from >= start) return end
  return maskAwsHost(text, from, end, sink)
}

/** An SMTP reply's code and continuation dash opening a line (`250-`, `<-  250-` as swaks prints it) at `from`. */
function isSmtpReplyCode (text: string, from: number): boolean {
  const c = text.charCodeAt(from)
  if (c < 50 || c > 53 || !isDigitCode(text.charCodeAt(from + 1)) || !isDigitCode(text.charCodeAt(from + 2)) || text.charCodeAt(from + 3) !== 45) return false
  const before = from > 0 ? text.charCodeAt(from - 1) : 10
  return before === 10 || before === 32 || before === 9
}

function isDigitCode (c: number): boolean {
  return c >= 48 && c <= 57
}

/** Python's `%(name)s` right before: s3cmd's `host_bucket = %(bucket)s.s3.<region>.amazonaws.com`, a template, no bucket. */
const PY_FORMAT_KEY_BEFORE = /%\([A-Za-z_][A-Za-z0-9_]{0,40}\)$/

/** Is the label at `from` the conversion letter of a `%(name)s` placeholder? */
function isFormatConversion (text: string, from: number): boolean {
  return text.charCodeAt(from - 1) === 41 && text.charCodeAt(from + 1) === 46 && PY_FORMAT_KEY_BEFORE.test(text.slice(Math.max(0, from - 44), from))
}

function isHexPair (text: string, at: number): boolean {
  return /^[0-9A-Fa-f]{2}$/.test(text.slice(at, at + 2))
}

/** An IAM user name is at most 64 chars. */
const USER_NAME_MAX = 64

function isUserNameChar (c: number): boolean {
  return isAlnum(c) || c === 45 || c === 95 || c === 46 || c === 43 || c === 61 || c === 64 // - _ . + = @
}

/**
 * A service-specific credential's user name, `<IAM user>-at-<account>` (Keyspaces' cqlsh login,
 * CodeCommit's HTTPS Git user): the account at text[i, j) after `-at-`. The IAM user before it is
 * masked as a user, the account as an account; returns j, or -1.
 */
export function handleServiceUserName (text: string, i: number, j: number, sink: MatchSink): number {
  const at = i - 4
  let from = walkBack(text, at, Math.max(0, at - USER_NAME_MAX), isUserNameChar)
  while (from < at && !isAlnum(text.charCodeAt(from))) from++
  if (from >= at) return -1
  from = sink.dropFrom(from)
  if (from >= at) return -1
  sink.push(from, at, 'iam_user')
  sink.push(i, j, 'account_id')
  return j
}
