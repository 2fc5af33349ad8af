// Round 19: Terraform's lock info (`Path: <bucket>/<key>.tfstate`, printed when the state is locked)
// and the prefix CloudWatch Synthetics writes artifacts under (`canary/<region>/<canary>-<4 hex>-<12 hex>/`)
// left the state bucket and the canary's name in clear.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a locked state\'s bucket is masked', async (tt) => {
  tt.same(found('Lock Info:\n  ID:        7b2e9c4f-1a3d-4e8b-b6c5-9f2d1a7e3c48\n  Path:      acme-tfstate-prod/edi/terraform.tfstate\n  Operation: OperationTypeApply\n'),
    ['s3_bucket:acme-tfstate-prod'])
  tt.same(found('  Path:      acme-state/env:/staging/network/terraform.tfstate\n'), ['s3_bucket:acme-state'])
  tt.same(found('  Path: /home/ci/work/terraform.tfstate\n'), [], 'a local state has no bucket')
  tt.same(found('Path: src/main.ts\n'), [])
})

t.test('a canary\'s name in its artifact prefix is masked', async (tt) => {
  tt.same(found('INFO\tUploading files with key prefix canary/eu-west-1/acme-checkout-flow-5c1e-7d2b9a41f3c8/2026/12/06/10/45-00-913'),
    ['resource_name:acme-checkout-flow'])
  tt.same(found('"ArtifactS3Location": "cw-syn-results-604218375519-us-east-1/canary/us-east-1/api-ping-0a1b-0a1b2c3d4e5f"'),
    ['account_id:604218375519', 'resource_name:api-ping'])
  tt.same(found('see canary/us-east-1/readme and canary/notes'), [])
})
