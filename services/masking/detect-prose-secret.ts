// A password written into prose: `the real password is \`Dd8#Kq2v@Lm9x\``, `password was 'x'`,
// as an engineer or a model's earlier answer spells it out. No field, no separator: the words
// `password is` / `password was` say what follows. Only a value shaped like a secret is taken
// (a letter and a digit or symbol, no blank): `the password is rotated daily` stays prose. A
// bare `password X` (SES SMTP credentials) only when X is no word: mixed case and a digit.
import { indexWithin, type MatchSink } from './detect-sink.js'

/** `is` / `was` and the value: in backticks or quotes, or bare to the next blank. */
const AFTER_PASSWORD = /[ \t]+(?:is|was)[ \t]+(?:`([^`\s]{6,128})`|'([^'\s]{6,128})'|"([^"\s]{6,128})"|([^\s`'"]{6,128}))/yd
const SECRET_SHAPE = /^(?=[^]*[A-Za-z])(?=[^]*[^A-Za-z])[^]+$/
/** A token's shape (`CONNECTION_SECRET_1`): a user's literal of it is no password. */
const TOKEN_SHAPE = /^[A-Z][A-Z0-9_]*_[1-9][0-9]*$/
/** Sentence punctuation after a bare value is no part of it. */
const TRAILING = /[.,;:)]+$/

/** `password` (or `Password`) ends at `j`: masks the value after `is` / `was`; returns its end, or -1. */
export function handleProsePassword (text: string, j: number, sink: MatchSink): number {
  AFTER_PASSWORD.lastIndex = j
  const m = AFTER_PASSWORD.exec(text)
  if (m === null) {
    const r = bareStrongPassword(text, j, sink)
    return r >= 0 ? r : quotedLaterInLine(text, j, sink)
  }
  const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4
  const value = group === 4 ? m[4].replace(TRAILING, '') : m[group]
  const start = m.indices?.[group]?.[0]
  if (start === undefined || value.length < 6 || !SECRET_SHAPE.test(value) || TOKEN_SHAPE.test(value)) return -1
  sink.push(start, start + value.length, 'connection_secret')
  return start + value.length
}

/** `password Xq7…` with no `is`: only a value no word looks like (mixed case and a digit, 10+ chars). */
const BARE_AFTER = /[ \t]+([^\s`'"]{10,1024})/y // to the blank: a long token cut at 128 would leak its tail
const STRONG_SHAPE = /^(?=[^]*[0-9])(?=[^]*[a-z])(?=[^]*[A-Z])[^]+$/

/** How far after `password` a quoted value may stand on the same line. */
const LATER_MAX = 160
/** A value in backticks: mixed case, a digit and a symbol no identifier, path or name holds (`Kq7#vRz2!mLw9Tx`). */
const QUOTED_STRONG = /`((?=[^`\s]{0,63}[0-9])(?=[^`\s]{0,63}[a-z])(?=[^`\s]{0,63}[A-Z])(?=[^`\s]{0,63}[!#$%&*+=?@^~])[^`\s]{8,64})`/g

/**
 * `the master user password for the domain is still in the old wiki page :grimacing: it's \`Kq7#…\``: a
 * chat message names the password, then quotes it further on in the line.
 */
function quotedLaterInLine (text: string, j: number, sink: MatchSink): number {
  const nl = indexWithin(text, '\n', j, j + LATER_MAX)
  const line = text.slice(j, nl < 0 ? Math.min(text.length, j + LATER_MAX) : nl)
  QUOTED_STRONG.lastIndex = 0
  const m = QUOTED_STRONG.exec(line)
  if (m === null || TOKEN_SHAPE.test(m[1])) return -1
  const start = j + m.index + 1
  sink.push(start, start + m[1].length, 'connection_secret')
  return start + m[1].length
}

function bareStrongPassword (text: string, j: number, sink: MatchSink): number {
  return pushBareValue(BARE_AFTER, text, j, sink, (value) => value.length >= 10 && STRONG_SHAPE.test(value))
}

/** What `re` (sticky) captures at `j`, sentence punctuation cut, masked when `accept` takes it (no token, no URL); its end, or -1. */
function pushBareValue (re: RegExp, text: string, j: number, sink: MatchSink, accept: (value: string) => boolean): number {
  re.lastIndex = j
  const m = re.exec(text)
  if (m === null) return -1
  const value = m[1].replace(TRAILING, '')
  const start = re.lastIndex - m[1].length
  if (!accept(value) || TOKEN_SHAPE.test(value) || value.includes('://')) return -1
  sink.push(start, start + value.length, 'connection_secret')
  return start + value.length
}

/** `login is admin / Pass4Grafana!`, `login: ops/S3cret!`: a user, a slash, then the password (bare, to the next blank). */
const LOGIN_PAIR = /(?:[ \t]+(?:is|was)|[ \t]*:)[ \t]+`?[A-Za-z0-9._@+-]{1,64}[ \t]{0,2}\/[ \t]{0,2}([^\s`'"/]{6,128})/y
/** A letter, and a digit or a symbol no path or name holds (`team-a`, `docs/setup` are no password). */
const PAIR_SECRET = /^(?=[^]*[A-Za-z])(?=[^]*[0-9!#$%^&*+=?~@])[^]+$/

/** `login` ends at `j`: masks the password of a `user / password` pair after it; returns its end, or -1. */
export function handleLoginPair (text: string, j: number, sink: MatchSink): number {
  return pushBareValue(LOGIN_PAIR, text, j, sink, (value) => value.length >= 6 && PAIR_SECRET.test(value))
}
