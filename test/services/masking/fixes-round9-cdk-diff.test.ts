// Red team round 9 (test/fixtures/blackbox-8/): `cdk diff` prints a property change as the field
// (` └─ [~] BucketName`) over its old and new values (`├─ [-] old`, `└─ [+] new`); the names
// went out in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const DIFF = `[~] AWS::RDS::DBInstance LedgerDb LedgerDb8C2E4F17 replace
 └─ [~] DBInstanceIdentifier (requires replacement)
     ├─ [-] halvard-ledger-pg
     └─ [+] halvard-ledger-pg-v16
[~] AWS::S3::Bucket ExportsBucket ExportsBucketB1C9E2D4
 └─ [~] BucketName
     ├─ [-] halvard-ledger-exports-euc1
     └─ [+] halvard-ledger-exports-euc1-v2
`

t.test('the old and new values of a name property are names', async tt => {
  tt.same(found(DIFF), ['rds_instance:halvard-ledger-pg', 'rds_instance:halvard-ledger-pg-v16', 's3_bucket:halvard-ledger-exports-euc1', 's3_bucket:halvard-ledger-exports-euc1-v2'])
  tt.same(found(DIFF.replace(/\n/g, '\r\n')), ['rds_instance:halvard-ledger-pg', 'rds_instance:halvard-ledger-pg-v16', 's3_bucket:halvard-ledger-exports-euc1', 's3_bucket:halvard-ledger-exports-euc1-v2'], 'CRLF')
  const masked = await maskedWithRoundTrip(DIFF)
  tt.ok(masked.includes('[~] BucketName\n     ├─ [-] ') && !masked.includes('halvard'), masked)
})

t.test('other properties and a lone [~] line stay', async tt => {
  tt.same(found(' └─ [~] Timeout\n     ├─ [-] 30\n     └─ [+] 60\n'), [], 'a number property')
  tt.same(found('[~] BucketName\nno values here\n'), [], 'no value lines')
})
