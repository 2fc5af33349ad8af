// Round 24 (data and streaming platforms): Firehose names the objects it writes to S3
// `<stream>-<version>-YYYY-MM-DD-HH-MM-SS-<uuid>`, so the delivery stream's name stayed in clear
// in every key an `s3 ls`, an error record (`s3ErrorObject`) or an S3 event printed: one word with
// the date, no field or noun before it. The date, the version and the UUID stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const streams = (text: string): string[] => found(text).filter(m => m.startsWith('kinesis_stream:'))

t.test("a Firehose object's stream name", async tt => {
  tt.same(streams('2026-11-30 09:20:11    5242880 orders-to-lake-3-2026-11-30-09-15-07-6f1e2d3c-8a9b-4c7d-b0e1-f2a3b4c5d6e7'),
    ['kinesis_stream:orders-to-lake'])
  tt.same(streams('"s3ErrorObject": "s3://acme-lake/firehose-errors/processing-failed/2026/11/30/tervola-clickstream-to-lake-14-2026-11-30-09-15-07-6f1e2d3c-8a9b-4c7d-b0e1-f2a3b4c5d6e7"'),
    ['kinesis_stream:tervola-clickstream-to-lake'])
  tt.same(streams('{"key": "raw/2026/11/30/09/Orders_Stream.v2-12-2026-11-30-09-20-07-0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d.parquet"}'),
    ['kinesis_stream:Orders_Stream.v2'])
  for (const text of ['build 2026-11-30-09-15-07 and release-7-2026-11-30 stay', 'backup-3-2026-11-30-09-15-07.tar.gz',
    'raw/3-2026-11-30-09-15-07-6f1e2d3c-8a9b-4c7d-b0e1-f2a3b4c5d6e7', 'x-2026-11-30-09-15-07-6f1e2d3c-8a9b-4c7d-b0e1-f2a3b4c5d6e7']) {
    tt.same(streams(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('Stream tervola-clicks wrote s3://acme-lake/raw/tervola-clicks-1-2026-11-30-09-15-07-6f1e2d3c-8a9b-4c7d-b0e1-f2a3b4c5d6e7.gz'),
    'Stream KINESIS_STREAM_1 wrote s3://S3_BUCKET_1/raw/KINESIS_STREAM_1-1-2026-11-30-09-15-07-6f1e2d3c-8a9b-4c7d-b0e1-f2a3b4c5d6e7.gz')
})
