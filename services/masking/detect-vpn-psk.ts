// A Site-to-Site VPN tunnel's pre-shared key as the configurations AWS lets one download for the
// customer gateway print it: strongSwan's `ipsec.secrets` (`<left> <right> : PSK "x"`), Cisco ASA
// and IOS (`pre-shared-key x`, `pre-shared-key address <ip> key x`, `crypto isakmp key x address`),
// Juniper (`pre-shared-key ascii-text "x"`), the generic file (`Pre-Shared Key : x`), FortiGate
// (`set psksecret x`). No field names it: the vendor's keyword before it does. The same files hold
// strongSwan's EAP and XAUTH secrets (`user : EAP "x"`) and the BGP session's MD5 key (Junos
// `authentication-key "x"`, Cisco `neighbor <ip> password 7 x`, type 7 being reversible).
import type { MatchSink } from './detect-sink.js'
import { ipv4Kind } from './detect-ip.js'

/** The value: quoted, or bare to the next blank (AWS allows 8-64 chars; vendors up to 128). */
const PSK_VALUE = /[ \t]+(?:"([^"\s]{8,128})"|'([^'\s]{8,128})'|([^\s"']{8,128}))/yd
/** What stands between `pre-shared-key` and its value in the vendors' syntax. */
const PRE_SHARED_KEY_TAIL = /(?:-shared-key|-Shared Key)(?:[ \t]+ascii-text|[ \t]*:)?(?=[ \t])/y
/** Cisco IOS's keyring: `pre-shared-key address <peer> [<mask>] key <value>` (the peer's address is masked as addresses are). */
const KEYRING_ADDRESS = /[ \t]+address[ \t]+([0-9.]{7,15})(?:[ \t]+[0-9.]{7,15})?[ \t]+key(?=[ \t])/yd
/** A value is a secret's shape: a letter and a digit (`monthly;` after the keyword is prose); not a token's shape. */
const SECRET_SHAPE = /^(?=[^]*[A-Za-z])(?=[^]*[0-9])[^]+$/
const TOKEN_SHAPE = /^[A-Z][A-Z0-9_]*_[1-9][0-9]*$/

function pushValue (text: string, from: number, sink: MatchSink): number {
  PSK_VALUE.lastIndex = from
  const m = PSK_VALUE.exec(text)
  if (m === null) return -1
  const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3
  const start = m.indices?.[group]?.[0]
  const value = m[group]
  if (start === undefined || !SECRET_SHAPE.test(value) || TOKEN_SHAPE.test(value)) return -1
  sink.push(start, start + value.length, 'connection_secret')
  return start + value.length
}

/** Cisco's type of the secret after `password`: 0 in clear, 7 reversibly scrambled. */
const CISCO_SECRET_TYPE = /[ \t]+[07](?=[ \t])/y

/** At a word text[i, j) that may open a PSK (`PSK`, `EAP`, `XAUTH`, `pre`, `psksecret`, `isakmp`, `authentication`, `password`): masks the key after it; returns its end, or -1. */
export function handleVpnPsk (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  if ((len === 3 && (text.startsWith('PSK', i) || text.startsWith('EAP', i))) || (len === 5 && text.startsWith('XAUTH', i))) { // strongSwan: only after the `:` of a secrets line
    let k = i
    while (k > 0 && i - k < 4 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
    return text.charCodeAt(k - 1) === 58 ? pushValue(text, j, sink) : -1
  }
  if (len === 3 && (text.startsWith('pre', i) || text.startsWith('Pre', i))) {
    if (text.charCodeAt(i - 1) === 45) return -1 // `--pre-shared-key x`: a CLI flag, read as one
    PRE_SHARED_KEY_TAIL.lastIndex = j
    if (!PRE_SHARED_KEY_TAIL.test(text)) return -1
    const from = PRE_SHARED_KEY_TAIL.lastIndex
    KEYRING_ADDRESS.lastIndex = from
    const keyring = KEYRING_ADDRESS.exec(text)
    if (keyring === null) return pushValue(text, from, sink)
    const [peerStart, peerEnd] = keyring.indices?.[1] ?? [0, 0]
    const peerKind = ipv4Kind(text, peerStart, peerEnd)
    if (peerKind !== null) sink.push(peerStart, peerEnd, peerKind)
    return pushValue(text, KEYRING_ADDRESS.lastIndex, sink)
  }
  if (len === 9 && text.startsWith('psksecret', i)) return pushValue(text, j, sink)
  if (len === 6 && text.startsWith('isakmp key', i)) return pushValue(text, j + 4, sink)
  if (len === 14 && text.startsWith('authentication-key', i) && text.charCodeAt(i - 1) !== 45) return pushValue(text, j + 4, sink) // not `--authentication-key`
  if (len === 8 && text.startsWith('password', i)) {
    CISCO_SECRET_TYPE.lastIndex = j
    return CISCO_SECRET_TYPE.test(text) ? pushValue(text, CISCO_SECRET_TYPE.lastIndex, sink) : -1
  }
  return -1
}
