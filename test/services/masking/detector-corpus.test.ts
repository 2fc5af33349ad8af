// Whole documents: the reference implementation's samples (judged by our contract), the
// generated corpus with planted identifiers, and the regressions of issue 3.
import t from 'tap'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { detect } from '../../../services/masking/detector.js'
import { DOCUMENTS, namedDocument, plantedCorpus } from '../../helpers/aws-corpus.js'

const REFERENCE = fileURLToPath(new URL('../../fixtures/aws/reference/', import.meta.url))

function maskedText (text: string): string {
  let out = ''
  let pos = 0
  for (const m of detect(text)) { out += text.slice(pos, m.start) + '«' + m.kind + '»'; pos = m.end }
  return out + text.slice(pos)
}

/** Masks each JSON string value (as the masker does when it walks a document). */
function maskedContent (file: string): string {
  const body = JSON.parse(readFileSync(REFERENCE + file, 'utf8')) as { messages: Array<{ content: string }> }
  return body.messages.map(m => maskedText(m.content)).join('\n')
}

t.test('reference samples: every identifier masked, ordinary words kept', async tt => {
  const ec2 = maskedContent('ec2-test.json')
  for (const v of ['i-1234567890abcdef0', '10.0.1.50', '10.0.1.0', 'prod-database']) tt.notOk(ec2.includes(v), `ec2-test hides ${v}`)
  for (const v of ['us-east-1', '/24', '.us-east-1.rds.amazonaws.com', 'connectivity issues']) tt.ok(ec2.includes(v), `ec2-test keeps ${v}`)

  const multi = maskedContent('multi-resource.json')
  for (const v of ['i-0a1b2c3d4e5f67890', 'i-0c3d4e5f67890123a', '10.0.2.10', 'prod-app-cluster', 'cluster-abc123', 'app-static-assets-bucket',
    'user-uploads-bucket', 'backup-archive-bucket', 'prod-cache', 'abc123']) tt.notOk(multi.includes(v), `multi-resource hides ${v}`)
  for (const v of ['three-tier', 'cross-region replication', 'the S3 buckets', 'ALB']) tt.ok(multi.includes(v), `multi-resource keeps ${v}`)

  const s3 = maskedContent('s3-test.json')
  for (const v of ['my-production-data-bucket', 'my-backup-data-bucket', 'analytics-results-bucket']) tt.notOk(s3.includes(v), `s3-test hides ${v}`)
  for (const v of ['source bucket', 'best practice', 'What\'s the best practice']) tt.ok(s3.includes(v), `s3-test keeps ${v}`)

  const payload = maskedContent('test-masking-payload.json')
  for (const v of ['i-1234567890abcdef0', 'my-production-bucket', 'prod-db-master', 'sg-12345678', 'subnet-0123456789abcdef0', '10.0.1.100', '54.239.28.85']) {
    tt.notOk(payload.includes(v), `test-masking-payload hides ${v}`)
  }
  tt.ok(payload.includes('region us-east-1'), 'keeps the region')

  const korean = maskedContent('test-payload.json')
  for (const v of ['i-1234567890abcdef0', 'my-test-bucket-12345', 'vpc-12345678', 'rds-instance', 'abc123']) tt.notOk(korean.includes(v), `Korean sample hides ${v}`)
  for (const v of ['에서 S3 버킷 ', ' 접근하려고 합니다', '.us-east-1.rds.amazonaws.com 연결도']) tt.ok(korean.includes(v), `Korean sample keeps ${v}`)
})

t.test('the 50-pattern list: every identifier our contract names is masked', async tt => {
  const lines = readFileSync(REFERENCE + 'complete-50-patterns-flow.txt', 'utf8').split('\n').filter(l => /^\d+\./.test(l))
  tt.equal(lines.length, 50)
  // Out of contract without context: a bare API Gateway id and a bare UUID (not a KMS key by context).
  const outOfContract = new Set(['a1b2c3d4e5', '12345678-1234-1234-1234-123456789012'])
  for (const line of lines) {
    const original = /\(aws resource text\): (\S+) →/.exec(line)?.[1] ?? ''
    const masked = maskedText(original)
    if (outOfContract.has(original)) { tt.equal(masked, original, `${original} stays (no context)`); continue }
    tt.not(masked, original, `${original} is masked`)
    for (const part of original.split(/[:/.]/)) {
      if (/\d{12}|-[0-9a-f]{8,}|bucket|prod|my-|My[A-Z]/.test(part)) tt.notOk(masked.includes(part), `${part} hidden in ${masked}`)
    }
  }
})

t.test('planted corpus: no planted original survives, kept values pass', async tt => {
  for (const seed of [1, 2, 3, 42]) {
    const { text, planted, kept } = plantedCorpus(seed, 30_000)
    const out = maskedText(text)
    const leaked = planted.filter(v => out.includes(v))
    const lost = kept.filter(v => !out.includes(v))
    tt.same(leaked, [], `seed ${seed}: nothing planted survives`)
    tt.same(lost, [], `seed ${seed}: kept values survive`)
  }
  for (const name of Object.keys(DOCUMENTS) as Array<keyof typeof DOCUMENTS>) {
    const { text, planted } = namedDocument(name, 7)
    const out = maskedText(text)
    tt.same(planted.filter(v => out.includes(v)), [], `${name}: nothing planted survives`)
  }
})

t.test('issue 3 regressions', async tt => {
  const out = maskedText('ip 10.0.1.23 key ASIAY34FZKBOKMUTVV7A bucket acme-payroll-exports id i-0a1b2c3d4e5f67890 ami-0abcdef1234567890 feedback sandbox mongodb blogs 10:30:45 3.9.0.1 EC2_INSTANCE_100')
  tt.equal(out, 'ip «ipv4_private» key «access_key_id» bucket «s3_bucket» id «ec2_instance» «ami» feedback sandbox mongodb blogs 10:30:45 3.9.0.1 «token_literal»')
  tt.notOk(maskedText('i-0a1b2c3d4e5f67890').includes('4e5f67890'), 'the 17-digit id is masked whole, no tail leaks')
})

t.test('JSON escapes are never cut and raw JSON stays valid JSON', async tt => {
  const raw = JSON.stringify({ a: '\nfeedback\ni-0a1b2c3d4e5f67890\t10.0.0.1\u00e9 "quoted" sg-12345678\\', b: 'caf\u00e9 \u2028 nope' }, null, 0)
    .replace(/é/g, '\\u00e9')
  const matches = detect(raw)
  for (const m of matches) {
    let slashes = 0
    for (let i = m.start - 1; i >= 0 && raw[i] === '\\'; i--) slashes++
    tt.ok(slashes % 2 === 0, `match ${raw.slice(m.start, m.end)} does not start inside an escape`)
    tt.not(raw[m.end - 1], '\\', 'match does not end on a backslash')
  }
  let replaced = ''
  let pos = 0
  for (const m of matches) { replaced += raw.slice(pos, m.start) + 'TOKEN_1'; pos = m.end }
  replaced += raw.slice(pos)
  const parsed = JSON.parse(replaced) as { a: string }
  tt.match(parsed.a, /^\nfeedback\nTOKEN_1\tTOKEN_1é "quoted" TOKEN_1\\$/)
})

t.test('realistic fixtures: CloudFormation, Terraform state, kubectl, app logs, flow logs', async tt => {
  const FIXTURES = fileURLToPath(new URL('../../fixtures/aws/', import.meta.url))
  const cases: Array<[string, string[], string[]]> = [
    ['cloudformation.yaml', ['acme-payroll-exports', 'payroll-exports', 'invoice-sync', '123456789012', 'sg-0a1b2c3d4e5f67890', 'subnet-0f9e8d7c6b5a43210', 'prod-db', 'c9akciq32', 'prod/db/creds', 'billing-dlq'],
      ['AWS::S3::Bucket', 'Key: Name', '.us-east-1.rds.amazonaws.com', 'https://sqs.us-east-1.amazonaws.com/', '{{resolve:secretsmanager:']],
    ['terraform-state.json', ['i-0a1b2c3d4e5f67890', 'ami-0abcdef1234567890', '10.0.1.23', '54.210.33.7', 'ops-keypair', 'web-prod-1', 'sg-12345678', 'prod-db-master', 'Sup3r-Secret!'],
      ['"terraform_version": "1.7.5"', 't3.micro', '"engine_version": "15.4"', '"name": "web"', 'aws_db_instance']],
    ['kubectl-eks.txt', ['10-0-12-34', '10.0.12.34', '34.211.20.101', '123456789012', 'payments-irsa', 'payments-eks', '0A1B2C3D4E5F60718293A4B5C6D7E8F9'],
      ['v1.29.3-eks-ae9a62a', '.us-west-2.compute.internal', 'Amazon Linux 2', '.gr7.us-west-2.eks.amazonaws.com']],
    ['app-log.txt', ['10.0.3.4', 'AKIAIOSFODNN7EXAMPLE', 'acme-payroll-exports', '123456789012', 'ci-deployer', 'jane.doe@acme-corp.com'],
      ['feedback=none', 'd41d8cd98f00b204e9800998ecf8427e', '10:30:45', '3.9.0.1', 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '2024-05-01T12:00:00Z']],
    ['vpc-flow-logs.txt', ['123456789012', 'eni-0a1b2c3d4e5f67890', '10.0.1.23', '52.94.236.248', '203.0.113.9'], ['1714567890 1714567950 ACCEPT OK', ' 443 6 ']]
  ]
  for (const [file, hidden, kept] of cases) {
    const out = maskedText(readFileSync(FIXTURES + file, 'utf8'))
    for (const v of hidden) tt.notOk(out.includes(v), `${file} hides ${v}`)
    for (const v of kept) tt.ok(out.includes(v), `${file} keeps ${v}`)
  }
})
