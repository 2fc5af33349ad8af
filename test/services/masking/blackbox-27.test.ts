// Black-box red team, twenty-eighth round: databases and caches on AWS as DBAs and backend engineers
// paste them (test/fixtures/blackbox-27/): an Aurora MySQL error and slow query log with SHOW
// PROCESSLIST / SHOW GRANTS / mysql.user; Aurora PostgreSQL logs, psql `\conninfo`, `~/.pg_service.conf`,
// `~/.pgpass`, pg_dump and pg_restore; RDS Proxy describe output, targets and its log; Performance
// Insights `get-resource-metrics` with `db.sql_tokenized` dimensions; a DynamoDB stream event
// (NewImage / OldImage), an export to S3 with its manifest, PITR, global table replicas, scan and
// PartiQL errors; an ElastiCache for Valkey `redis-cli --tls` session (INFO, CLIENT LIST, ACL LIST,
// CONFIG GET) and MemoryDB users; ElastiCache and MemoryDB describe output; app datasource configs
// (JDBC with `password=`, SQLAlchemy, a Go DSN, .NET, DocumentDB, DAX, rediss://); an Aurora DSQL
// token with Flyway and Liquibase failures; a Rails database.yml and Django settings; a Slack thread
// between two DBAs about a failover.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-27/', import.meta.url))

// Beyond the spec, so listed under `extra`: database user and role names (`svc_checkout`,
// `ledger_writer`), database and schema names, SQL table names (`tenant_quotas`, masked anyway
// after `table`), MySQL `mysql_native_password` hashes and Redis ACL `#<sha256>` hashes,
// presigned-token signatures, Performance Insights `db_id`s, RDS Proxy connection ids, pod and
// client names, DynamoDB item values that are not AWS ids (customer ids, addresses, tenant keys),
// an EKS cluster named in prose without its noun (`pods on payments-eks`), a support case number.
// Fixed in this round (fixes-round28-*.test.ts): Go MySQL DSNs' passwords (`user:x@tcp(host)/db`,
// `@` inside too); one-dash options (Flyway's `-password=x`, `-Dflyway.password=x`); Redis / Valkey
// passwords (`ACL SETUSER u on >x`, `AUTH x` at a prompt, `requirepass`); MySQL's `IDENTIFIED WITH
// <plugin> BY 'x'` and `SET PASSWORD FOR u = 'x'`; `RDS Proxy x`, `DBProxyName`, MemoryDB's
// `ACLName`, `Valkey cache x`, `DB subnet group x` as names. Kept: Aurora DSQL's `dsql` label,
// ElastiCache's `ng.0001` labels, MemoryDB's `open-access` ACL, and `create-db-proxy --auth`
// shorthand (read inside, no longer one API key). At merge: an ElastiCache node named after its group
// (`node marlowe-rate-limits-002`, `-0001-001`) masks the group with its token, the member number
// kept (detect-cache-node.ts; the proxy corpus test found it went upstream).

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 12)
