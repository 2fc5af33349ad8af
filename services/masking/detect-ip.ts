// Classifies IPv4/IPv6 candidates: which are customer addresses (private or public) and which
// are special values the model needs as they are (0.0.0.0, loopback, link-local, masks, ...).

/** Kind of a dotted (or dashed, as in `ip-10-0-1-23`) IPv4 candidate, or null to keep it. */
export function ipv4Kind (text: string, start: number, end: number, sep = 46 /* . */): string | null {
  const octets = [0, 0, 0, 0]
  let n = 0
  let digits = 0
  let value = 0
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : sep
    if (c === sep) {
      if (digits === 0 || n > 3 || value > 255) return null
      octets[n++] = value
      value = 0
      digits = 0
    } else if (c >= 48 && c <= 57 && digits < 3) {
      value = value * 10 + (c - 48)
      digits++
    } else {
      return null
    }
  }
  if (n !== 4) return null
  return classifyIpv4(octets[0], octets[1], octets[2], octets[3])
}

function classifyIpv4 (a: number, b: number, c: number, d: number): string | null {
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)) return 'ipv4_private'
  if (a === 0 || a === 127 || a >= 224) return null // this-network, loopback, multicast, reserved, broadcast
  if (a === 169 && b === 254) return null // link-local, instance metadata
  // All four octets single digits reads as a version (3.9.0.1) far more often than as an address.
  if (a < 10 && b < 10 && c < 10 && d < 10) return null
  return 'ipv4_public'
}

/** Can text[start, end) be an address at all: a `::`, or eight groups (times, `a:b:c`, are not)? */
export function mayBeIpv6 (text: string, start: number, end: number): boolean {
  let colons = 0
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 58) continue
    if (text.charCodeAt(i + 1) === 58 && i + 1 < end) return true
    colons++
  }
  return colons === 7
}

/**
 * Kind of an IPv6 candidate (hex groups and colons), or null. Only global unicast (2000::/3)
 * and unique-local (fc00::/7) addresses identify a customer; `::1`, `::`, link-local stay.
 */
export function ipv6Kind (candidate: string): string | null {
  const halves = candidate.split('::')
  if (halves.length > 2) return null
  const head = halves[0] === '' ? [] : halves[0].split(':')
  const tail = halves.length === 2 && halves[1] !== '' ? halves[1].split(':') : []
  const groups = head.length + tail.length
  if (halves.length === 1 ? groups !== 8 : groups > 7) return null
  for (const g of head) if (!isHexGroup(g)) return null
  for (const g of tail) if (!isHexGroup(g)) return null
  if (head.length === 0) return null // ::x forms: loopback, mapped and compatible addresses
  const first = parseInt(head[0], 16)
  if (first === 0xfd00 && head[1]?.toLowerCase() === 'ec2') return null // fd00:ec2::254 (IMDS), ::253 (DNS): AWS's own
  if (first >= 0x2000 && first <= 0x3fff) return 'ipv6'
  if (first >= 0xfc00 && first <= 0xfdff) return 'ipv6'
  return null
}

function isHexGroup (g: string): boolean {
  return g.length >= 1 && g.length <= 4 && /^[0-9A-Fa-f]+$/.test(g)
}
