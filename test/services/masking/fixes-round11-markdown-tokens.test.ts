// A model answering in markdown may escape every `_` of a token (`IAM\_ROLE\_1`,
// `EC2\_INSTANCE\_3`): the token was not restored and the client got the escaped token. It is now
// read as the token and restored to the original as it is: an AWS name's `_` stands inside a word,
// where markdown reads no emphasis, so it needs no escape, and the original is what the client
// can paste (its resent history then masks to the plain token). Raw JSON text (a streamed tool
// input) writes the markdown backslash doubled (`IAM\\_ROLE\\_1`). Streamed answers hold an
// escaped token back across chunk cuts as a plain one. A user's own text of that shape stays a
// literal (masked as TOKEN_LITERAL, restored to itself), as a plain token-shaped text does.
import t from 'tap'
import fc from 'fast-check'
import { createUnmasker } from '../../../services/masking/unmask.js'
import { createStreamUnmasker } from '../../../services/masking/stream-unmasker.js'
import type { MappingValue } from '../../../services/masking/types.js'
import { found, openScope, streamed } from './blackbox-helpers.js'

const MAP = new Map<string, MappingValue>([
  ['IAM_ROLE_1', { kind: 'iam_role', value: 'ci_deployer-prod' }],
  ['EC2_INSTANCE_3', { kind: 'ec2_instance', value: 'i-0a1b2c3d4e5f67890' }],
  ['VPC_1', { kind: 'vpc', value: 'vpc-1234abcd' }],
  ['VPC_ENDPOINT_SERVICE_12', { kind: 'vpc_endpoint_service', value: 'vpce-svc-0123456789abcdef0' }],
  ['S3_BUCKET_2', { kind: 's3_bucket', value: 'bucket "x"\\y' }]
])
const unmasker = (): ReturnType<typeof createUnmasker> => createUnmasker({ lookup: (token) => MAP.get(token), restoreSecrets: true, onUnresolved: () => {} })

function cutEverywhere (text: string, jsonEscape: boolean): string | undefined {
  const batch = jsonEscape ? unmasker().unmaskJsonText(text) : unmasker().unmaskText(text)
  for (let cut = 0; cut <= text.length; cut++) {
    for (let cut2 = cut; cut2 <= Math.min(text.length, cut + 3); cut2++) {
      const stream = createStreamUnmasker(unmasker(), { jsonEscape })
      const out = stream.push(text.slice(0, cut)) + stream.push(text.slice(cut, cut2)) + stream.push(text.slice(cut2)) + stream.end()
      if (out !== batch) return `cut at ${cut}/${cut2}: ${out}`
    }
  }
  return undefined
}

t.test('escaped tokens are restored', async tt => {
  const u = unmasker()
  tt.equal(u.unmaskText('Role IAM\\_ROLE\\_1 on EC2\\_INSTANCE\\_3 in VPC\\_1.'), 'Role ci_deployer-prod on i-0a1b2c3d4e5f67890 in vpc-1234abcd.')
  tt.equal(u.unmaskText('**VPC\\_ENDPOINT\\_SERVICE\\_12**'), '**vpce-svc-0123456789abcdef0**')
  tt.equal(u.unmaskText('IAM_ROLE_1 and IAM\\_ROLE\\_1'), 'ci_deployer-prod and ci_deployer-prod', 'both forms in one answer')
  tt.equal(u.unmaskText('IAM\\_ROLE_1 IAM_ROLE\\_1 xIAM\\_ROLE\\_1 IAM\\_ROLE\\_10 IAM\\\\_ROLE\\\\_1'), 'IAM\\_ROLE_1 IAM_ROLE\\_1 xIAM\\_ROLE\\_1 IAM\\_ROLE\\_10 IAM\\\\_ROLE\\\\_1',
    'mixed forms, a word before, another number, doubled backslashes: kept')
  tt.same(JSON.parse(u.unmaskJsonText('{"t": "IAM\\\\_ROLE\\\\_1 S3\\\\_BUCKET\\\\_2"}')), { t: 'ci_deployer-prod bucket "x"\\y' }, 'raw JSON text')
})

t.test('streamed: the escaped form across every cut', async tt => {
  for (const text of ['Role IAM\\_ROLE\\_1 on EC2\\_INSTANCE\\_3.', 'VPC\\_ENDPOINT\\_SERVICE\\_12', 'VPC\\_1', 'x IAM\\_ROLE\\_', 'IAM\\_ROLE\\_1x IAM\\_RO']) {
    tt.equal(cutEverywhere(text, false), undefined, text)
  }
  for (const text of ['{"t": "IAM\\\\_ROLE\\\\_1 S3\\\\_BUCKET\\\\_2"}', '"VPC\\\\_1\\\\_"']) tt.equal(cutEverywhere(text, true), undefined, text)
})

t.test('a user\'s escaped token-shaped text stays a literal', async tt => {
  tt.same(found('see IAM\\_ROLE\\_1 in the docs'), ['token_literal:IAM\\_ROLE\\_1'])
  const { scope, close } = await openScope()
  tt.teardown(close)
  const text = 'my role ci_deployer-prod, and the text IAM\\_ROLE\\_1 I typed'
  const masked = await scope.maskText(text)
  tt.notMatch(masked, /ci_deployer|IAM\\_ROLE/)
  tt.equal(scope.unmaskText(masked), text)
  const answer = masked.replace(/_/g, '\\_') // the model escapes every token
  tt.equal(scope.unmaskText(answer), text)
  tt.equal(streamed(scope, [answer.slice(0, 20), answer.slice(20)], false), text)
})

t.test('for any chunking, streaming equals batch restoration (escaped pieces)', async tt => {
  const pieces = fc.constantFrom('IAM\\_ROLE\\_1', 'IAM\\_ROLE\\_', 'IAM\\_', 'IAM\\', 'IAM_ROLE_1', 'VPC\\_1', 'VPC\\_', 'VPC\\\\_1', '\\\\', '\\',
    '_', '1', '0', 'x', ' ', '\\n', '\\u0041', 'EC2\\_INSTANCE\\_3', 'S3\\\\_BUCKET\\\\_2', '"')
  for (const jsonEscape of [false, true]) {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 10 }), (parts, cuts) => {
      const text = parts.join('')
      const expected = jsonEscape ? unmasker().unmaskJsonText(text) : unmasker().unmaskText(text)
      const stream = createStreamUnmasker(unmasker(), { jsonEscape })
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
      let out = ''
      let last = 0
      for (const point of [...points, text.length]) { out += stream.push(text.slice(last, point)); last = point }
      return out + stream.end() === expected
    }), { numRuns: 2000 })
    tt.pass(`2000 random texts and chunkings, jsonEscape=${jsonEscape}`)
  }
})
