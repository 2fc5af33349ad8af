// Round 25 (business services): a Transfer Family user's home directory names its S3 bucket as
// the path's first segment (`HomeDirectory: /<bucket>/<prefix>`, a mapping's `"Target"`, the
// server's structured logs' `"home-dir"`, the CLI's `--home-directory`), and the bucket went out in clear. The prefix stays; an
// EFS home (`/fs-<id>/...`) is masked as the file system. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('the bucket of a home directory', async tt => {
  tt.same(found('{"user":"ptnr-a","home-dir":"/fernhill-partner-inbound/maplecrest","activity-type":"CONNECTED"}'),
    ['s3_bucket:fernhill-partner-inbound'])
  tt.same(found('  HomeDirectory: /acme-sftp-drop/home/supplier1\n  HomeDirectoryType: PATH'), ['s3_bucket:acme-sftp-drop'])
  tt.same(found('"HomeDirectory": "/partner.exchange.bucket/in"'), ['s3_bucket:partner.exchange.bucket'])
  tt.same(found('"homeDirectory": "/tenant-files-prod"'), ['s3_bucket:tenant-files-prod'])
  tt.same(found('"HomeDirectoryMappings": [{ "Entry": "/", "Target": "/ledger-inbound/${transfer:UserName}" }]'), ['s3_bucket:ledger-inbound'])
  tt.same(found('HomeDirectoryMappings:\n- Entry: /invoices\n  Target: /ap-scans-2024/inv'), ['s3_bucket:ap-scans-2024'])
  tt.same(found('"HomeDirectory": "/fs-0123456789abcdef0/home/u1"'), ['efs_file_system:fs-0123456789abcdef0'])
  tt.same(found('aws transfer create-user --server-id s-1234567890abcdef0 --user-name bob --home-directory /acme-drop/bob --role x'),
    ['resource_name:s-1234567890abcdef0', 'iam_user:bob', 's3_bucket:acme-drop'])
  tt.same(found('"HomeDirectoryDetails": "[{\\"Entry\\": \\"/\\", \\"Target\\": \\"/acme-landing/bob\\"}]"'), ['s3_bucket:acme-landing'])
})

t.test('other targets and paths stay', async tt => {
  for (const text of ['"Target": "/index.html"', 'Target: /dev/sdf', '"HomeDirectoryType": "LOGICAL"', 'HomeDirectory: /${transfer:HomeBucket}/x',
    'cd ~/home-dir', 'the home directory /home/ec2-user']) {
    tt.same(found(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('"home-dir":"/fernhill-inbound/maplecrest" and later "path":"/fernhill-inbound/maplecrest/a.csv"'),
    '"home-dir":"/S3_BUCKET_1/maplecrest" and later "path":"/S3_BUCKET_1/maplecrest/a.csv"')
})
