// Round 18: code read as prose. A PowerShell cmdlet after a plural noun and a pipe
// (`Instances | Format-List`) was masked as a listed name; a C# / Java parameter declaration
// (`, Stream responseStream)` in a .NET stack trace) as a Kinesis stream. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('PowerShell cmdlets are not names', async (tt) => {
  tt.same(found('Get-EC2Instance | Select-Object -ExpandProperty Instances | Format-List InstanceId, ImageId'), [])
  tt.same(found('$r.Buckets | Write-S3Object -Key k'), [])
  tt.same(found('buckets | acme-logs-1'), ['s3_bucket:acme-logs-1'], 'a listed name after a pipe still is one')
})

t.test('a typed parameter or variable is not a resource name', async (tt) => {
  tt.same(found('HandleExceptionStream(IRequestContext requestContext, Stream responseStream)'), [])
  tt.same(found('Stream responseStream = response.GetResponseStream();'), [])
  tt.same(found('put records to stream ordersStream and retry'), ['kinesis_stream:ordersStream'], 'prose keeps its camelCase names')
  tt.same(found('Kinesis stream orders-v2, then'), ['kinesis_stream:orders-v2'])
})
