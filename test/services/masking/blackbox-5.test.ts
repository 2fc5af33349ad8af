// Black-box red team, fifth round: AWS CLI output in `--output table` (box-drawn, nested, wrapped
// columns) and `--output text` (tab-separated) forms, and answer-style text as the model writes it
// back about masked material but holding the original values (a user pasting an earlier answer):
// markdown tables and lists, inline code and code blocks (bash, HCL, JSON, Python), values glued to
// punctuation, console URLs with query strings and fragments, remediation commands
// (test/fixtures/blackbox-5/). Same checks as the earlier rounds (documentSuite), plus one
// regression test per fix.
import t from 'tap'
import { fileURLToPath } from 'node:url'
import { documentSuite, found, maskedWithRoundTrip } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-5/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 24)

// Regression tests of the misses this round found, each over a few variants of its family.

t.test('CLI --output table: a key cell names its value cell; header rows stay', async tt => {
  tt.same(found('||  KeyName     |  kestrel-bastion-2025   ||'), ['resource_name:kestrel-bastion-2025'], 'KeyName')
  tt.same(found('|||||  GroupName       |  kestrel-app-sg    |||||'), ['resource_name:kestrel-app-sg'], 'GroupName, nested')
  tt.same(found('||||  Name            |  kestrel-web-01    ||||'), ['resource_name:kestrel-web-01'], 'a Name tag row')
  tt.same(found('||  UserName  |  milena.kraus  ||'), ['iam_user:milena.kraus'], 'UserName')
  tt.same(found('|||  Name   |  running  |||'), [], 'a state name stays')
  tt.same(found('| RoleName | Arn | Created |\n|---|---|---|'), [], 'a markdown header row stays')
  tt.same(found('||  Description |  kestrel app tier  ||'), [], 'a key without a role')
  tt.same(found('a|Name |x'), [], 'no cell: no leading bar and blank')
})

t.test('CLI --output text: a Name tag row', async tt => {
  tt.same(found('TAGS\tName\tkestrel-private-a\n'), ['resource_name:kestrel-private-a'], 'TAGS Name')
  tt.same(found('TAGS\tenv\tprod'), [], 'another tag key')
  tt.same(found('x\tName\tkestrel-private-a'), [], 'not a TAGS row')
})

t.test('ids: a plural s ends the id and reads back', async tt => {
  tt.same(found('both i-0c4e8a2f6b1d39571s (old)'), ['ec2_instance:i-0c4e8a2f6b1d39571'], '17 digits')
  tt.same(found('the sg-12345678s.'), ['security_group:sg-12345678'], '8 digits')
  tt.same(found('i-0c4e8a2f6b1d39571s3 i-0c4e8a2f6b1d39571s-x i-0c4e8a2f6b1d39571st'), [], 'an s inside a longer word')
  const masked = await maskedWithRoundTrip('both i-0c4e8a2f6b1d39571s share it')
  tt.ok(!masked.includes('0c4e8a2f6b1d39571') && masked.includes('s share it'), 'masked, the s stays')
})

t.test('prose: a name before a trailing colon, or in escaped quotes', async tt => {
  tt.same(found('bucket kestrel-static-assets: all in eu-west-1'), ['s3_bucket:kestrel-static-assets'], 'colon then blank')
  tt.same(found('queue billing-dlq:\n'), ['sqs_queue:billing-dlq'], 'colon at a line end')
  tt.same(found('role x-y:z'), [], 'a colon inside a word')
  tt.same(found('{"text": "Bucket \\"kestrel-audit-logs-eu\\", queue \\"q-1\\""}'), ['s3_bucket:kestrel-audit-logs-eu', 'sqs_queue:q-1'], 'JSON-escaped quotes')
  tt.same(found('the bucket \\"x\\" is'), [], 'too short a name')
})
