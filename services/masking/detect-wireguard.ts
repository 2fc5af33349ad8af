// `wg show <interface|all> dump`: tab-separated lines with no field names. The interface line is
// `private-key public-key listen-port fwmark`, each peer line `public-key preshared-key endpoint
// allowed-ips latest-handshake rx tx keepalive` (with `all`, each line starts with the interface).
// The private and preshared keys are masked, read by that layout only: a lone base64 column is
// too common (hashes, ids) to be taken without it. Public keys stay.
import type { MatchSink } from './detect-sink.js'

/** An interface line: its private key is the first group. */
const INTERFACE_LINE = /(?:[A-Za-z0-9_.=-]{1,15}\t)?([A-Za-z0-9+/]{43}=)\t[A-Za-z0-9+/]{43}=\t[0-9]{1,5}\t(?:off|0x[0-9a-f]{1,8}|[0-9]{1,10})(?=\r?\n|$)/dy
/** A peer line: its preshared key (or `(none)`) is the first group. */
const PEER_LINE = /(?:[A-Za-z0-9_.=-]{1,15}\t)?[A-Za-z0-9+/]{43}=\t([A-Za-z0-9+/]{43}=|\(none\))\t[^\s]{1,64}\t[^\s]{1,4096}\t[0-9]{1,20}\t[0-9]{1,20}\t[0-9]{1,20}\t(?:off|[0-9]{1,5})(?=\r?\n|$)/dy

/** At a line's start `s` (its first word text[i, j) alphanumeric): masks a dump line's secret key. */
export function handleWgDumpLine (text: string, s: number, sink: MatchSink): number {
  for (const re of [INTERFACE_LINE, PEER_LINE]) {
    re.lastIndex = s
    const span = re.exec(text)?.indices?.[1]
    if (span === undefined) continue
    if (text.charCodeAt(span[0]) === 40) return -1 // `(none)`: no preshared key
    sink.push(span[0], span[1], 'connection_secret')
    return span[1] // the endpoint and allowed IPs after it are the scan's
  }
  return -1
}

/** Might a dump line start at `s`: a key's `=` and tab at 43, or an interface name and a tab, then a key? */
export function mayBeWgDumpLine (text: string, s: number, after: number, len: number): boolean {
  if (text.charCodeAt(s + 43) === 61 && text.charCodeAt(s + 44) === 9) return true
  return after === 9 && len <= 15 && text.charCodeAt(s + len + 44) === 61
}
