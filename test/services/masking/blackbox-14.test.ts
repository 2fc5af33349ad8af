// Black-box red team, fifteenth round: material no earlier round has (test/fixtures/blackbox-14/):
// a psql session on RDS (pg_stat_activity, pg_stat_replication, slots, roles), an architecture
// review in Markdown with a Mermaid diagram, a Bedrock ApplyGuardrail response and trace, a
// CloudFormation custom resource event and response, a Rust SDK tracing debug log, Java logs with
// MDC fields from `aws logs tail`, a MediaConvert job, OpenSearch Serverless policies, redis-cli on
// ElastiCache (CLUSTER NODES, CLIENT LIST, ACL LIST), EC2 network diagnostics (ip, ss, tcpdump,
// openssl, IMDS), an SSH config with SSM ProxyCommand, pgbouncer and dbt profiles, an Airflow
// connections export, a Glue PySpark job, EBS CSI volumes and snapshots, Thanos / Loki / Tempo
// object storage configs, and a model's security-group remediation answer. Same checks as the
// earlier rounds (documentSuite), plus one regression test per fix in fixes-round15-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-14/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: database and replication slot names, PII a
// guardrail found, external ids, customer domains, pod and thread names, Slack webhook paths' tails,
// password hashes, Glue job run ids, Airflow connection logins, EBS CSI cluster tags.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 17)
