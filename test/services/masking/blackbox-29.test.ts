// Black-box red team, thirtieth round: deployment platforms and governance services as platform
// engineers paste them (test/fixtures/blackbox-29/): an Elastic Beanstalk `eb` CLI session (status,
// printenv with secrets, health, events, ssh), `.ebextensions` and eb-engine.log; EC2 Image Builder
// pipeline / recipe / infrastructure / distribution JSON, an AWSTOE component and build log; Service
// Catalog portfolios, products and provisioned products; App Runner describe-service, apprunner.yaml
// and Proton; Lightsail instances, containers, databases and buckets; AWS Copilot CLI output and
// manifests; an AFT account request with Control Tower output; AWS Private CA describe, issue, CSR
// and audit report; Network Firewall Suricata rules with alert and flow logs; Verified Access,
// Global Accelerator and RAM shares; a Slack thread about a migration.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-29/', import.meta.url))

// Beyond the spec, so listed under `extra`: the Beanstalk application's name where only `eb init` or
// `Application name:` (two words before the colon) says so, version labels, key pair names in ssh
// paths, Sentry / CrowdStrike / New Relic ids, free tag values, Service Catalog display names,
// CloudFormation request and idempotency tokens, an EMR Serverless application id, customer domains
// (custom domains, ACM validation records, Okta issuer, Private CA CRL / OCSP names and subjects),
// certificate serials, Lightsail static IP / load balancer / certificate names, Copilot's app name
// and task ids, AFT account names and custom fields' free values, Control Tower control ids.
// Fixed in this round (fixes-round30-*.test.ts): Verified Access ids (`vai-`, `vagr-`, `vae-`,
// `vatp-`), Service Catalog ids (`port-`, `prod-`, `prodview-`, `pp-`, `pa-`, `rec-`, `cons-`) and
// Beanstalk environment ids (`e-`, inside `awseb-e-…` too); `eb list` output; CloudFormation outputs
// and parameters named by their key (`"OutputKey": "ResultsBucket", "OutputValue": x`); session /
// HMAC / JWT / cookie signing keys as secret fields; Copilot's `secretsmanager:` and Private CA's
// `AuditReportId` as names; prose `Image Builder pipeline x`, `Lightsail box x`, `Network Firewall x`;
// Lightsail container service hosts (`.cs.amazonlightsail.com`). Kept: AFT's `AWSAFTExecution` /
// `AWSAFT-Session`, the Beanstalk and App Runner console roles, App Runner's `DefaultConfiguration`,
// Lightsail's `bitnami` / `dbmasteruser`, Verified Access's `prod` host label, a region in an IAM
// role path (it was learned as a name and masked the region in later hosts).

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 13)
