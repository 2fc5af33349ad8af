// Black-box red team, eleventh round: kinds of AWS material the earlier rounds lack
// (test/fixtures/blackbox-10/): EventBridge Scheduler / Pipes / API destinations, Application
// Migration Service and Elastic Disaster Recovery, WorkSpaces, CloudFront real-time logs with a
// CloudFront Function and KeyValueStore, an API Gateway OpenAPI export with
// x-amazon-apigateway-integration, a Jenkins console log (withAWS, terraform, ECR), Argo CD cluster
// secret and Application with IRSA, `docker inspect` of an ECS container, a Cognito users CSV and
// import job, AppSync resolver logs, Firehose delivery error records, EMR Serverless / EMR on EKS
// job runs, an AWS Backup audit report CSV, SES SMTP credentials in Postfix, s3cmd / rclone / boto
// configs, a Hadoop core-site.xml for s3a, an ADOT collector with AMP remote write, an MSK Connect
// Debezium connector, Cloud Custodian policies and run, a Checkov scan, Steampipe query tables, an
// EC2 abuse notice e-mail, a Support case, Cost Anomaly Detection and Budgets alerts, IAM Roles
// Anywhere with the signing helper, an Image Builder pipeline log, AWS Load Balancer Controller logs,
// embedded metric format records, AppConfig feature flags, the Redshift Data API, and Vault AWS
// credentials with a Kubernetes Secret and a Docker config.json holding them base64-encoded.
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round11-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-10/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: ids of services the spec does not list
// (d-, ws-, VPC link, AppConfig, Cognito app client), names under a bare `name` of non-AWS-naming
// objects, customer domains, personal data in a Cognito export (names, phone numbers), third-party
// keys (Stripe, CrowdStrike), database users in prose, and base64 record payloads.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {} // AppSync's session name and s3cmd's `%(bucket)s`: kept since fixes-gaps-14

documentSuite(DIR, KNOWN_GAPS, 32)
