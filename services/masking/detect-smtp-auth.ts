// SMTP authentication in a session transcript (swaks, `openssl s_client -starttls smtp`, a
// mail log at debug level): after the server's `334 UGFzc3dvcmQ6` (`Password:` in base64) the
// client's next line is the password, base64-encoded (SES's SMTP password is a credential);
// `AUTH PLAIN <base64>` carries user and password in one. The prompts and the user stay.
import type { MatchSink } from './detect-sink.js'

/**
 * The client's line after the prompt's: its direction marker (swaks' ` ~> ` / ` -> `, `C: `, none),
 * then the base64 run, alone on its line.
 */
const CLIENT_LINE = /[ \t]*\r?\n[ \t]{0,8}(?:[~-]>[ \t]{1,4}|C:[ \t]{1,4})?([A-Za-z0-9+/]{4,1024}={0,2})(?=[ \t]*(?:\r?\n|$))/yd
/** `AUTH PLAIN`'s argument on the same line. */
const PLAIN_ARGUMENT = /[ \t]{1,4}([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/yd

/** Base64 of anything but a word: an upper-case letter and a lower-case one or a digit. */
const MIXED_CASE = /^(?=[^A-Z]{0,1024}[A-Z])(?=[^a-z0-9]{0,1024}[a-z0-9])/

/** At a word text[i, j) (`UGFzc3dvcmQ6` after `334 `, `PLAIN` after `AUTH `): masks the base64 credential; its end, or -1. */
export function handleSmtpAuth (text: string, i: number, j: number, sink: MatchSink): number {
  let re: RegExp
  if (j - i === 12 && text.startsWith('UGFzc3dvcmQ6', i) && text.endsWith('334 ', i)) re = CLIENT_LINE
  else if (j - i === 5 && text.startsWith('PLAIN', i) && (text.endsWith('AUTH ', i) || text.endsWith('auth ', i))) re = PLAIN_ARGUMENT
  else return -1
  re.lastIndex = j
  const span = re.exec(text)?.indices?.[1]
  if (span === undefined || (re === PLAIN_ARGUMENT && !MIXED_CASE.test(text.slice(span[0], span[1])))) return -1 // `AUTH PLAIN mechanism`: a word
  sink.push(span[0], span[1], 'connection_secret')
  return span[1]
}
