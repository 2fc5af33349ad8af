// Windows' `net use [Z:] \\server\share [password | *] [/user:[DOMAIN\]user] [password]` (an FSx
// for Windows share, a Storage Gateway SMB share): the password is a bare argument, named by no
// key. The drive, the share, the user and the options stay.
import type { MatchSink } from './detect-sink.js'

/** How far along its line `net use`'s arguments are read. */
const LINE_MAX = 512
/** One argument: quoted (either quote) or bare. */
const ARGUMENT = /[ \t]{1,16}(?:'([^'\r\n]{1,256})'|"([^"\r\n]{1,256})"|([^\s'"][^\s]{0,255}))/y

/**
 * At the word `use` (text[i, i + 3)) after `net `: masks the password among its arguments, ahead
 * of the scan (the share, the user and the rest are read as usual); -1 always, scanning goes on.
 */
export function handleNetUse (text: string, i: number, sink: MatchSink): number {
  if (!(text.endsWith('net ', i) || text.endsWith('NET ', i)) || (i > 4 && !isBlankOrStart(text.charCodeAt(i - 5)))) return -1
  const limit = Math.min(text.length, i + LINE_MAX)
  let share = false
  let pos = i + 3
  let password: [number, number] | undefined
  while (pos < limit) {
    ARGUMENT.lastIndex = pos
    const m = ARGUMENT.exec(text)
    if (m === null || ARGUMENT.lastIndex > limit) break
    const value = m[1] ?? m[2] ?? m[3]
    const end = ARGUMENT.lastIndex - (m[3] === undefined ? 1 : 0)
    pos = ARGUMENT.lastIndex
    if (value.startsWith('\\\\')) share = true
    else if (value.startsWith('/') || value === '*' || /^[A-Za-z]:$/.test(value) || value.startsWith('$') || value.startsWith('%')) continue // an option, a prompt, a drive, a variable
    else if (share && password === undefined) password = [end - value.length, end]
  }
  if (share && password !== undefined) (sink.deferred ??= []).push({ start: password[0], end: password[1], kind: 'connection_secret' })
  return -1
}

function isBlankOrStart (c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 62 /* > of a prompt */ || c === 36 /* $ */ || c === 96
}
