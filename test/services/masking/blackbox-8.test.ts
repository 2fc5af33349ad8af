// Black-box red team, ninth round: kinds of AWS material the earlier rounds lack
// (test/fixtures/blackbox-8/).
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round9-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-8/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
  ['prowler-scan-findings.csv', ['text'], 'halvard-marketing-assets', 'a learned name glued to the end of a longer word (a Prowler finding id) is not replaced'],
  ['prowler-scan-findings.csv', ['text'], 'svc-legacy-ftp', 'a learned name glued to the end of a longer word (a Prowler finding id) is not replaced'],
  ['synthetics-canary-run.log', ['text'], 'halvard-checkout-flow', 'a learned name glued to a suffix (`<canary>-4a1` in an S3 key) is not replaced'],
  ['cdk-diff.txt', ['text'], 'halvard-ledger-pg', '`cdk diff` property changes: the old/new values under `[~] DBInstanceIdentifier` are not read as its values'],
  ['cdk-diff.txt', ['text'], 'halvard-ledger-pg-v16', '`cdk diff` property changes: the old/new values under `[~] DBInstanceIdentifier` are not read as its values'],
  ['cdk-diff.txt', ['text'], 'halvard-ledger-exports-euc1', '`cdk diff` property changes: the old/new values under `[~] BucketName` are not read as its values'],
  ['redshift-stl-queries.txt', ['text'], '3c7e1a9f-5b2d-4e80-a6c4-9f2e0d8b7a15', 'Redshift `KMS_KEY_ID \'<uuid>\'` (SQL, no `:` or `=`) is no KeyId field'],
  ['shield-attack-and-protections.json', ['text', 'json'], 'halvard-waf-logs-euc1', '`LogBucketList`: a `...List` of a name field is not read as names'],
  ['waf-sampled-requests.json', ['text', 'json'], 'keep:awswaf:managed:aws:sql-database:SQLi_Body', 'a WAF managed label under `Name` is masked as a name'],
  ['gitleaks-trufflehog-report.json', ['text', 'json'], 'keep:postgres://ledger_dev:********@', 'a redacted password (`********`) in a URL is masked'],
  ['cdk-diff.txt', ['text'], 'keep:${ReconcilerFn/ServiceRole.Arn}', 'the construct id after `AWS::Lambda::Function` is read as a function name'],
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 25)
