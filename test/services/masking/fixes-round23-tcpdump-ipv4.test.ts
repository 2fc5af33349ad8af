// Round 23 (network troubleshooting): `tcpdump -nn` writes an IPv4 address with its port after a dot
// (`10.84.75.12.38817 > 10.84.0.2.53:`); the IPv4 shape refused any `.digit` after the fourth
// octet (a version, an OID), so a capture pasted alone kept every address in clear. A `.port` before
// ` >` or `:` is now read as tcpdump's; other dotted runs stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("tcpdump's address.port", async tt => {
  tt.same(found('11:41:07.228104 IP 10.84.75.12.38817 > 10.84.0.2.53: 4417+ A? example.com. (73)'),
    ['ipv4_private:10.84.75.12', 'ipv4_private:10.84.0.2'])
  tt.same(found('09:14:05.551630 IP 52.94.181.202.443 > 172.26.14.91.43192: Flags [R.], seq 0, ack 3318850403, win 0, length 0'),
    ['ipv4_public:52.94.181.202', 'ipv4_private:172.26.14.91'])
  tt.same(found('0e:5b:c7:21:9a:f3 > 0e:22:9f:6b:11:c4, ethertype IPv4 (0x0800), length 74: 10.84.17.203.50714 > 10.84.18.190.6379: Flags [S]'),
    ['ipv4_private:10.84.17.203', 'ipv4_private:10.84.18.190'])
  tt.same(found('"line": "IP 10.0.1.5.22 > 10.0.2.9.61022: Flags [P.]"'), ['ipv4_private:10.0.1.5', 'ipv4_private:10.0.2.9'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('IP 10.84.75.12.50911 > 10.84.77.141.6380: Flags [S]'), 'IP IPV4_PRIVATE_1.50911 > IPV4_PRIVATE_2.6380: Flags [S]')
})

t.test('other dotted runs stay', async tt => {
  for (const text of ['snmpwalk 1.3.6.1.4.1.311 and 1.3.6.1.2.1', 'build 10.0.17763.5830 > 10.0.17763.5000', 'release 1.2.3.4.5 is out', '10.1.2.3.4.5 > x',
    'version 6.1.115.126.197: fixed']) {
    tt.same(found(text), [], text)
  }
})
