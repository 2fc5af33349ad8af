// Black-box red team, ninth round: kinds of AWS material the earlier rounds lack
// (test/fixtures/blackbox-8/).
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round9-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-8/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
  ['opensearch-slow-logs.log', ['text'], 'halvard-search-prod', 'a log group under `/aws/OpenSearchService/` (capitals) is not read as one'],
  ['rds-postgres-and-pi.log', ['text'], 'N3w!Ledger#2025', 'SQL `WITH PASSWORD \'...\'` (pgaudit) is no password field'],
  ['elasticache-slowlog-and-engine.txt', ['text'], 'Tz8#pLq2Vw9!xRm4Kd7', '`redis-cli --pass x`: `--pass` is no password flag'],
  ['launch-template-and-spot-events.json', ['text', 'json'], 'halvard-batch-ecs', '`ECS_CLUSTER=x` (ecs.config) is no name field'],
  ['oncall-thread-new-services.md', ['text'], 'halvard-ledger-api-sg', 'no prose noun `security group`'],
  ['oncall-thread-new-services.md', ['text'], 'halvard-sessions', 'no prose noun `replication group`'],
  ['oncall-thread-new-services.md', ['text'], 'halvard-checkout-flow', 'no prose noun `canary`'],
  ['prowler-scan-findings.csv', ['text'], 'halvard-bastion-sg', 'no prose noun `security group`'],
  ['prowler-scan-findings.csv', ['text'], 'halvard-marketing-assets', 'a learned name glued to the end of a longer word (a Prowler finding id) is not replaced'],
  ['prowler-scan-findings.csv', ['text'], 'svc-legacy-ftp', 'a learned name glued to the end of a longer word (a Prowler finding id) is not replaced'],
  ['synthetics-canary-run.log', ['text'], 'halvard-checkout-flow', 'a learned name glued to a suffix (`<canary>-4a1` in an S3 key) is not replaced'],
  ['cdk-diff.txt', ['text'], 'halvard-ledger-pg', '`cdk diff` property changes: the old/new values under `[~] DBInstanceIdentifier` are not read as its values'],
  ['cdk-diff.txt', ['text'], 'halvard-ledger-pg-v16', '`cdk diff` property changes: the old/new values under `[~] DBInstanceIdentifier` are not read as its values'],
  ['cdk-diff.txt', ['text'], 'halvard-ledger-exports-euc1', '`cdk diff` property changes: the old/new values under `[~] BucketName` are not read as its values'],
  ['redshift-stl-queries.txt', ['text'], '3c7e1a9f-5b2d-4e80-a6c4-9f2e0d8b7a15', 'Redshift `KMS_KEY_ID \'<uuid>\'` (SQL, no `:` or `=`) is no KeyId field'],
  ['shield-attack-and-protections.json', ['text', 'json'], 'halvard-waf-logs-euc1', '`LogBucketList`: a `...List` of a name field is not read as names'],
  ['sagemaker-training-job.txt', ['text'], 'keep:/aws/sagemaker/TrainingJobs', 'a log group AWS names itself is masked as a customer one'],
  ['glue-get-table-and-partitions.json', ['text', 'json'], 'keep:/aws-glue/crawlers', 'a log group AWS names itself is masked as a customer one'],
  ['vpc-ipam-lattice-cloudwan.json', ['text', 'json'], 'keep:vpc-lattice-svcs.eu-central-1.on.aws', 'the VPC Lattice label of the host is masked'],
  ['eks-access-entries-pod-identity.txt', ['text'], 'keep:crd.k8s.amazonaws.com/v1alpha1', 'the API group of the VPC CNI CRDs is read as a customer host'],
  ['waf-sampled-requests.json', ['text', 'json'], 'keep:awswaf:managed:aws:sql-database:SQLi_Body', 'a WAF managed label under `Name` is masked as a name'],
  ['gitleaks-trufflehog-report.json', ['text', 'json'], 'keep:postgres://ledger_dev:********@', 'a redacted password (`********`) in a URL is masked'],
  ['cdk-diff.txt', ['text'], 'keep:${ReconcilerFn/ServiceRole.Arn}', 'the construct id after `AWS::Lambda::Function` is read as a function name'],
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 25)
