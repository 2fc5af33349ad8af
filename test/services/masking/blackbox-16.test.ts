// Black-box red team, seventeenth round: data, messaging, networking and security services no
// earlier round has in these shapes (test/fixtures/blackbox-16/): Athena query execution and result
// CSV with `$path`, Glue Data Quality results, a DataSync task execution and its task report,
// Transfer Family structured logs and workflow events, an S3 File Gateway's SMB share audit and
// health logs, Site-to-Site VPN tunnel logs with the strongSwan / Cisco config, Route 53 Resolver
// DNS Firewall rules and query logs, Global Accelerator custom routing, CloudFront key groups and
// signed cookies, an Amplify build log, SNS delivery status logs, an SQS DLQ redrive, an EventBridge
// archive replay, AWS Batch array jobs, a ParallelCluster config, an Incident Manager export with
// its OpsItem, AWS Chatbot in Slack, Macie findings, Access Analyzer unused access findings, an
// Identity Center permission set export, Security Lake OCSF queries. Same checks as the earlier
// rounds (documentSuite), plus one regression test per fix in fixes-round17-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-16/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: Glue database names, Route 53 Resolver rule
// group / domain list ids outside ARNs, CloudFront public key ids and signed cookie values, customer
// domains, phone numbers, AD users and SIDs, names in `--output text` rows, Cognito app client ids,
// SQS receipt handles and move-task handles (base64 of the source ARN).

// Found in rounds 17 and 18, masked since gaps-19: an EventBridge archive or replay named in prose
// without its service (`replay from archive kestrel-orders-bus-archive`, `replay \`x\` from archive
// \`y\``: fixes-gaps-19-event-archive), an OpsItem's dedup string gluing the alarm's name to `-ALARM`
// (fixes-gaps-19-opsitem-dedup). Fixed in gaps-25, so now under `mask`: a replay named after `started` in
// parentheses with `replay` earlier on its line (`... started (orders-2026-12-01-outage)`: fixes-gaps-25-replay-started).

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 21)
