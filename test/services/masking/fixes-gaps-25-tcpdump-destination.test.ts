// tcpdump's destination `a.b.c.d.port` was masked only before tcpdump's `:`; at the text's end or
// with ` Flags [S]` and no `:` (a line cut when pasted) it stayed in clear, shaped like a
// five-part version. The source before ` > ` must be tcpdump's `address.port` too. Regression
// test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the destination without tcpdump\'s colon', async tt => {
  tt.same(found('09:14:02.118344 IP 172.26.14.91.43190 > 172.31.9.8.443'), ['ipv4_private:172.26.14.91', 'ipv4_private:172.31.9.8'])
  tt.same(found('09:14:02.118344 IP 172.26.14.91.43190 > 172.31.9.8.443 Flags [S], seq 2841931177, win 62727, length 0'),
    ['ipv4_private:172.26.14.91', 'ipv4_private:172.31.9.8'], 'Flags [S] with no colon')
  tt.same(found('IP6 2600:1f18:6a2c:8d04:3e9b:71a5:c02f:4d18.51102 > 54.239.28.85.443\n'),
    ['ipv6:2600:1f18:6a2c:8d04:3e9b:71a5:c02f:4d18', 'ipv4_public:54.239.28.85'], 'after an IPv6 source, at a line\'s end')
  tt.same(found('IP 172.26.14.91.43190 > 172.31.9.8.443: Flags [S]'), ['ipv4_private:172.26.14.91', 'ipv4_private:172.31.9.8'], 'with the colon, as before')
  const masked = await maskedWithRoundTrip('IP 10.84.75.12.50911 > 10.84.77.141.6380')
  tt.notOk(masked.includes('10.84.77.141'))
})

t.test('five-part numbers outside tcpdump stay', async tt => {
  tt.same(found('upgrade from 1.2.3.4.5 > 1.2.3.4.6 now'), [])
  tt.same(found('version 2 > 10.1.2.3.4'), [])
})
