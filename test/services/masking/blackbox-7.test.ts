// Black-box red team, eighth round: kinds of AWS material the earlier rounds lack
// (test/fixtures/blackbox-7/): a Step Functions definition as an escaped JSON string with `.sync`
// integrations, AppSync and API Gateway v2 configs, Logs Insights results, Athena result and S3
// Inventory CSV with its manifest, `aws s3 ls/sync/mv/presign` output, the IAM credential report,
// `aws logs tail` of Lambda (START/END/REPORT, INIT_START) and Container Insights, Kinesis records
// and a Lambda Kinesis event, DynamoDB typed items and a stream record, an SQS message holding an
// SNS envelope holding an S3 event (triple-escaped JSON), SNS HTTP subscription and alarm
// notifications, `--output yaml` / `yaml-stream`, GovCloud / China / ISO partitions, Outposts and
// Local Zones, Copilot / SAM / Chalice output, `eksctl get iamidentitymapping` with a pod using
// IRSA, Ansible and GitLab CI logs, Node SDK v3 errors, Prometheus / Grafana alerts, RFC 5424
// / envoy / ALB logs with trace ids, `sts decode-authorization-message`, Macie / Access Analyzer /
// Detective findings, an EventBridge alarm state change and a remediation answer with CLI filters.
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round8-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-7/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra` (the proxy corpus test asserts every `mask`
// value): a bucket after `bucket (during bucket_check)` (a parenthesis between noun and name), an
// SSM path under a lower-case `name` inside Ansible's `parameter_metadata`, and the bucket column
// of a header-less S3 Inventory CSV.
/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 25)
