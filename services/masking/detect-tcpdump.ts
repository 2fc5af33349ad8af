// tcpdump's destination `a.b.c.d.port` after ` > ` where the ipv4 shape cannot tell it from a
// five-part version: no `:` after it (the line's or the text's end, ` Flags [S]` without one, a
// pasted line cut short). The source before ` > ` must be tcpdump's `address.port` too (IPv4 or
// IPv6), so `1.2.3.4.5 > 1.2.3` in other text stays.
import type { MatchSink } from './detect-sink.js'
import { ipv4Kind } from './detect-ip.js'

/** The destination: an address, `.port`, then no further `.digit` or word char. */
const DESTINATION = /([0-9]{1,3}(?:\.[0-9]{1,3}){3})\.[0-9]{1,5}(?![0-9A-Za-z_.])/dy
/** The source right before ` > `: `a.b.c.d.port` or `<ipv6>.port`, after a blank or a line's start. */
const SOURCE = /(?:^|[\s(])(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}\.[0-9]{1,5}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}\.[0-9]{1,5})$/

/** At a digit word after ` > ` (text[i - 3, i)): masks the destination address; -1 when it is not tcpdump's. */
export function handleTcpdumpDestination (text: string, i: number, sink: MatchSink): number {
  if (!SOURCE.test(text.slice(Math.max(0, i - 3 - 48), i - 3))) return -1
  DESTINATION.lastIndex = i
  const span = DESTINATION.exec(text)?.indices?.[1]
  if (span === undefined) return -1
  const kind = ipv4Kind(text, span[0], span[1])
  if (kind === null) return -1
  sink.push(span[0], span[1], kind)
  return span[1]
}
