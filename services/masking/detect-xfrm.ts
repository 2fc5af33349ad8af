// The keys of an IPsec SA as `ip xfrm state` prints them (root, on a strongSwan or Libreswan VPN
// instance): `\tauth-trunc hmac(sha256) 0x<key> 128`, `\tenc cbc(aes) 0x<key>`, `\taead
// rfc4106(gcm(aes)) 0x<key> 128`. Anyone holding them decrypts the tunnel's traffic.
import { pushCapture, type MatchSink } from './detect-sink.js'

/** The algorithm line: its word, the algorithm, then the key in hex, masked with its `0x` (a token glued to it would not read back). */
const XFRM_KEY = /(?:auth-trunc|auth|enc|aead)[ \t]+[a-z0-9_.-]{1,32}(?:\([a-z0-9_.()-]{1,48}\))?[ \t]+(0x[0-9a-fA-F]{16,512})(?![0-9A-Za-z])/yd

/** Is an escape `\\<letter>` (JSON's `\\t`, `\\n`) right before `k`? */
function escapeBefore (text: string, k: number, letter: number): boolean {
  return text.charCodeAt(k - 1) === letter && text.charCodeAt(k - 2) === 92
}

/** At `auth`, `enc` or `aead` (text[i, j)) indented at a line's start (JSON-escaped too): masks the SA key; its end, or -1. */
export function handleXfrmKey (text: string, i: number, sink: MatchSink): number {
  let b = i
  while (b > 0 && i - b < 16) {
    const c = text.charCodeAt(b - 1)
    if (c === 9 || c === 32) b--
    else if (escapeBefore(text, b, 116)) b -= 2
    else break
  }
  if (b === i || (b > 0 && text.charCodeAt(b - 1) !== 10 && !escapeBefore(text, b, 110))) return -1
  return pushCapture(XFRM_KEY, text, i, 'connection_secret', sink)
}
