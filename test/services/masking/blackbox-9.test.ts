// Black-box red team, tenth round: kinds of AWS material the earlier rounds lack
// (test/fixtures/blackbox-9/): AWS Batch jobs and logs, App Mesh / Cloud Map, Route 53 health
// checks and ARC, Global Accelerator and Direct Connect, Transfer Family SFTP, Storage Gateway and
// DataSync, Lightsail, Elastic Beanstalk (.ebextensions, eb CLI), Connect / Pinpoint / QuickSight,
// Bedrock agents and knowledge bases, Textract / Comprehend jobs, Timestream and Keyspaces (cqlsh),
// Neptune / DocumentDB / MemoryDB URIs, Verified Access and Network Manager, Access Analyzer policy
// generation, Security Lake OCSF records, Incident Manager / OpsCenter, a Chatbot Slack export, a
// RUM / Evidently page, Service Quotas and Savings Plans CSVs, aws-vault / Leapp sessions,
// Crossplane and ACK manifests, Serverless Framework v4, SST / Amplify Gen 2 config, an Ansible
// aws_ec2 inventory, a Packer build, Chef ohai facts, Datadog / New Relic integrations, a
// PagerDuty incident, a Confluence DR page, a model answer, `--debug` of Secrets Manager / STS, shell
// secrets (samconfig, .npmrc for CodeArtifact, VPN PSK, SecureString put-parameter), a migration e-mail,
// Terraform for the new services with Go / Java / Rust SDK code, and a markdown answer with a table.
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round10-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-9/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: names under a bare `name` / `Name` of
// non-AWS-naming objects, third-party keys (Stripe, Datadog, New Relic, Sentry), ids of services
// the spec does not list (dxvif-, vatp-, global-network-, e-), customer domains, and a BGP MD5 key.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
// (none left: `role (AccessKeyId ...)` and Packer's public AMI name filter are fixed, fixes-round11-keep-labels)
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 36)
