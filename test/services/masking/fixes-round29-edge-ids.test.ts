// Round 29 (IoT, edge and hybrid connectivity): ids that went out in clear. Direct Connect
// connections, LAGs, virtual interfaces and BGP peers (`dxcon-fgk7x2q9`, 8 lower-case letters and
// digits), a Direct Connect gateway's UUID under `directConnectGatewayId`, Storage Gateway gateways
// and file shares (`sgw-4A7C2E91`, `share-7B3D9F1A`: 8 upper-case hex digits), a Snowball job's
// unlock code and a Storage Gateway activation key (five groups of five). Words of the same
// outline stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('Direct Connect and Storage Gateway ids', async tt => {
  tt.same(found('"connectionId": "dxcon-fgk7x2q9", "lagId": "dxlag-ffq3m8zt"'), ['resource_name:dxcon-fgk7x2q9', 'resource_name:dxlag-ffq3m8zt'])
  tt.same(found('transit vif dxvif-fh3k9q2m is still down (peer dxpeer-fgq2z7k4)'), ['resource_name:dxvif-fh3k9q2m', 'resource_name:dxpeer-fgq2z7k4'])
  tt.same(found('"directConnectGatewayId": "5f2c8a1e-93b7-4d06-a1e4-7c3b9d0f2e68",'), ['resource_name:5f2c8a1e-93b7-4d06-a1e4-7c3b9d0f2e68'])
  tt.same(found('Storage gateway sgw-4A7C2E91 drops iSCSI; share share-7B3D9F1A is fine'), ['resource_name:sgw-4A7C2E91', 'resource_name:share-7B3D9F1A'])
  for (const text of ['dxcon-abc', 'the dxvif-style name', 'sgw-1234', 'share-the-load', 'share-ABCDEFGHI']) tt.same(found(text), [], text)
})

t.test('unlock codes and activation keys', async tt => {
  tt.same(found('Unlock Code: 7c1a9-e3f5b-2d8a4-06c2e-9f1b7'), ['api_key:7c1a9-e3f5b-2d8a4-06c2e-9f1b7'])
  tt.same(found('unlock code 7c1a9-e3f5b-2d8a4-06c2e-9f1b7 in case'), ['api_key:7c1a9-e3f5b-2d8a4-06c2e-9f1b7'])
  tt.same(found('  -> 7QK2M-9XB3L-M6P4F-ZT8NV-3DCW1'), ['api_key:7QK2M-9XB3L-M6P4F-ZT8NV-3DCW1'])
  for (const text of ['12345-67890-12345-67890-12345', 'ABCDE-FGHIJ-KLMNO-PQRST-UVWXY', 'x-7c1a9-e3f5b-2d8a4-06c2e-9f1b7', '7c1a9-e3f5b-2d8a4-06c2e']) {
    tt.same(found(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('--unlock-code 7c1a9-e3f5b-2d8a4-06c2e-9f1b7 --endpoint x'), '--unlock-code API_KEY_1 --endpoint x')
})
