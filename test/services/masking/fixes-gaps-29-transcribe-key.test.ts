// Gaps round 29: Transcribe writes a redacted transcript to `…/redacted-<job name>.json`; the job's
// name, masked under `TranscriptionJobName` and in `<job>.json`, went upstream there, glued to
// `redacted-`. It is masked with the same token. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const JOB = 'ashgrove-call-20261121-0932-agent417'

t.test("a redacted transcript's key masks the job name", async tt => {
  tt.same(found(`s3://acme-cc-redacted/transcripts/redacted-${JOB}.json`), ['s3_bucket:acme-cc-redacted', `resource_name:${JOB}`])
  const masked = await maskedWithRoundTrip(`"TranscriptionJobName": "${JOB}",\n"RedactedTranscriptFileUri": "https://acme-cc-redacted.s3.eu-west-1.amazonaws.com/transcripts/redacted-${JOB}.json"`)
  tt.notOk(masked.includes(JOB))
  tt.match(masked, /"TranscriptionJobName": "(RESOURCE_NAME_\d+)",\n.*\/transcripts\/redacted-\1\.json"$/)
})

t.test('other redacted- paths stay', async tt => {
  tt.same(found('docs/redacted-fields.md'), [])
  tt.same(found('see the redacted-output.json file'), [])
})
