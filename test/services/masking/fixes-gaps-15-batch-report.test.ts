// An S3 Batch Operations completion report (red team round 14's s3-batch-operations-and-ddb-export)
// has no header row: `bucket,key,version id,succeeded|failed,HTTP status,error code,message`. The
// bucket opening each row went out in clear. Rows of that shape have their first column masked.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('the bucket column of a completion report is masked', async tt => {
  const report = `$ aws s3 cp s3://corvane-batchops-reports-usw2/restore-2019/job-7c1e9a42-5b3d-4f86-a0e2-d9c4b71f3e58/results/5e1a9c3f7b2d4e68.csv - | head -2
corvane-claims-archive,claims/2019/04/CLM-0041872/scan-001.pdf,,failed,400,InvalidObjectState,Object is of storage class GLACIER_IR; restore is not supported
acme.media.v2,videos/a.mp4,kP9_2mXv.QzR7tL4wN1bY8cJ6hF3dS0g,succeeded,200,,Successful
`
  const kinds = found(report)
  tt.ok(kinds.includes('s3_bucket:corvane-claims-archive'), kinds.join(' '))
  tt.ok(kinds.includes('s3_bucket:acme.media.v2'), kinds.join(' '))
})

t.test('other CSV rows stay', async tt => {
  for (const text of ['name,key,,done,200,x', 'orders,2024/01/a.csv,,pending,200,', 'alpha,beta,gamma,failed,ok,']) tt.same(found(text), [], text)
})
