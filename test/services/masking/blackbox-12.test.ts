// Black-box red team, thirteenth round: material no earlier round has (test/fixtures/blackbox-12/):
// a Step Functions execution history (escaped inputs, .sync task parameters and causes), CodePipeline
// get-pipeline / get-pipeline-state, a CloudWatch dashboard body (metric arrays with dimension values),
// a CDK cloud assembly's asset manifest, Athena DDL / CTAS, a TF_LOG=DEBUG provider log, Route 53
// public DNS query logs, API Gateway execution logs, NLB TLS access logs, IoT Core / Greengrass logs
// and a topic rule, a moto pytest module, Resource Groups Tagging API output, RDS MySQL error and
// audit logs, the ECS agent's log and ecs.config, a Managed Flink application, and cfn-lint /
// cfn-guard output. Same checks as the earlier rounds (documentSuite), plus one regression test per
// fix in fixes-round13-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-12/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: Glue job run ids, ECS task ids, task tokens,
// execution / request / credential UUIDs, database and IoT thing names, Athena workgroups and
// Glue databases, customer domains, CloudFormation logical ids and database user names.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
  ['route53-public-query-logs.txt', ['text'], 'keep:Z35SXDOTRQ7X7K', 'the hosted zone id of us-east-1\'s load balancers (an alias target\'s) is AWS\'s, but of the hosted zone shape the spec masks; no list of AWS\'s own zone ids is kept (as blackbox-11\'s Z2IFOLAFXWLO4F)']
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 12)
