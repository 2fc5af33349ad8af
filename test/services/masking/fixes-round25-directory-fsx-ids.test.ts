// Round 25 (end-user computing): Directory Service ids (`d-` + 10 hex digits: WorkSpaces,
// AppStream, AD Connector, FSx's `ActiveDirectoryId`) and an FSx for ONTAP file system as its
// ONTAP CLI names the cluster (`FsxId` + its 17 hex digits), WorkSpaces and bundle ids (`ws-` /
// `wsb-` + 9 letters and digits) stayed in clear. Words that merely hold `d-` (`build-d-1234567890`,
// a longer hex run) or `ws-` (`ws-broker-service`) stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('Directory Service ids, in fields, tables, flags and prose', async tt => {
  tt.same(found('"DirectoryId": "d-90676b3c4e"'), ['resource_name:d-90676b3c4e'])
  tt.same(found('||  DirectoryId     |  d-9367b8f0d5    ||'), ['resource_name:d-9367b8f0d5'])
  tt.same(found('aws workspaces describe-workspaces --directory-id d-1a2b3c4d5e --output table'), ['resource_name:d-1a2b3c4d5e'])
  tt.same(found('AD Connector d-9367b8f0d5 cannot reach its DNS'), ['resource_name:d-9367b8f0d5'])
  tt.same(found('WorkSpaces in directory d-906734f2a1, AD ad.example.com'), ['resource_name:d-906734f2a1'])
  for (const text of ['build-d-1234567890', 'd-12345678901 is longer', 'd-123456789 is shorter', 'x.d-1234567890', 'd-ABCDEF1234']) {
    tt.same(found(text), [], text)
  }
})

t.test("FSx for ONTAP's cluster name in its CLI", async tt => {
  tt.same(found('FsxId07b3d9f1a5c2e8640::> vserver cifs show'), ['resource_name:FsxId07b3d9f1a5c2e8640'])
  tt.same(found('Last login time: 11/4/2024 FsxId0a1b2c3d4e5f60718::*> set -privilege advanced'), ['resource_name:FsxId0a1b2c3d4e5f60718'])
  for (const text of ['FsxId is the cluster name prefix', 'FsxId07b3d9f1a5c2e864 short', 'FsxIdXYZ']) tt.same(found(text), [], text)
  const masked = roundTripMasker(tt)
  tt.equal(await masked('FsxId07b3d9f1a5c2e8640::> volume show (directory d-9367a2c4e1)'), 'RESOURCE_NAME_1::> volume show (directory RESOURCE_NAME_2)')
})

t.test('WorkSpaces and bundle ids', async tt => {
  tt.same(found('||  WorkspaceId     |  ws-b7x2k9q4m   ||'), ['resource_name:ws-b7x2k9q4m'])
  tt.same(found('Our WorkSpace ws-c4m8q2x7k (bundle wsb-9t2k7m4qz) is UNHEALTHY'), ['resource_name:ws-c4m8q2x7k', 'resource_name:wsb-9t2k7m4qz'])
  for (const text of ['gateway ws-broker-service.eu-west-1.amazonaws.com', 'ws-123456789', 'ws-abcdefghi', 'wsb-default1x2']) tt.same(found(text), [], text)
})
