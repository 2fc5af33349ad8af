// mayBeIpv6 is a cheap pre-check: whenever it says no, ipv6Kind must say null.
import t from 'tap'
import fc from 'fast-check'
import { ipv6Kind, mayBeIpv6 } from '../../../services/masking/detect-ip.js'

t.test('examples', async t => {
  t.ok(mayBeIpv6('2001:db8::1', 0, 11))
  t.ok(mayBeIpv6('x 2001:db8:0:0:0:0:0:1 y', 2, 22), 'eight groups')
  t.notOk(mayBeIpv6('10:30:45', 0, 8), 'a time')
  t.notOk(mayBeIpv6('a:b::c', 0, 4), 'a `::` past the end does not count')
  t.equal(ipv6Kind('2001:db8:0:0:0:0:0:1'), 'ipv6')
})

t.test('property: no from mayBeIpv6 means null from ipv6Kind', async t => {
  const piece = fc.constantFrom(':', '::', '0', '1', 'a', 'F', '2001', 'fd00', 'ec2', 'db8', 'ffff', '12345')
  fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
    const s = pieces.join('')
    return mayBeIpv6(s, 0, s.length) || ipv6Kind(s) === null
  }), { numRuns: 5000 })
  t.pass('5000 generated candidates')
})
