// Black-box red team, sixth round: kinds of AWS material the earlier rounds lack
// (test/fixtures/blackbox-6/): EC2 instance metadata (IMDS curl session with the role credentials
// and identity document), ECS task metadata v4, `aws configure list/get` and STS session tokens,
// SigV4 in curl -v and botocore debug logs, Kubernetes manifests with AWS annotations (ALB/NLB,
// IRSA, aws-auth, Karpenter, External Secrets, external-dns, Crossplane), cloud-init and SSM agent
// journals, CloudWatch agent / fluent-bit configs, a CloudFormation JSON template building ARNs with
// Fn::Sub / Fn::Join, CDK (TypeScript, Python), Terragrunt, `terraform state show` / `import`,
// service endpoint hostnames, JDBC/ODBC/Mongo/Redis/AMQP connection strings, Health and Trusted
// Advisor, Organizations and StackSets, Cost Explorer CSV, EMR/Glue/DMS/Athena logs, Session
// Manager and CloudShell, AWS Tools for PowerShell (CRLF), alert payloads (Alertmanager, Datadog,
// PagerDuty, Slack), an IaC git diff, a multilingual RCA, SDK code in four languages, notations
// (double URL-encoding, JSON and unicode escapes, a very long line) and RAM / Service Catalog.
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round6-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-6/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
  ['imds-curl-session.txt', ['text'], 'halyard-dispatch-node-role', 'IMDS: the role name listed under iam/security-credentials/ (curl output line) is not read as a role'],
  ['curl-sigv4-verbose.txt', ['text'], 'keep:AWS4-HMAC-SHA256', 'SigV4: the Authorization scheme AWS4-HMAC-SHA256 is masked as an API key'],
  ['cloudwatch-agent-fluentbit.conf', ['text'], 'halyard-audit-to-s3', 'fluent-bit: the delivery_stream key (blank-separated) is not a name field'],
  ['cdk_pipeline_app.py', ['text'], 'halyard/route-planner', 'CDK Python: from_repository_name(self, id, name) is not read like fromRepositoryName'],
  ['cdk_pipeline_app.py', ['text'], 'halyard-ledger-reader', 'an ARN whose account is a Python f-string placeholder ({ACCOUNTS["shared"]}) is not seen'],
  ['terragrunt.hcl', ['text'], 'halyard-dispatch-pg', 'Terraform/Terragrunt input db_identifier is not a name field'],
  ['terraform-state-show-import.txt', ['text'], 'halyard-ledger-exports-prod', 'terraform import <aws_s3_bucket address> <id>: the id is not read by the resource type'],
  ['terraform-state-show-import.txt', ['text'], 'halyard-dispatch-consumer', 'terraform import <aws_iam_role address> <id>: the id is not read by the resource type'],
  ['service-endpoints-inventory.md', ['text'], 'a3f9c1e7b5d2408a6', 'Global Accelerator DNS names (*.awsglobalaccelerator.com) are not AWS hosts to the detector'],
  ['connection-strings.properties', ['text'], 'Or4cl3-Ledg3r-2025', 'JDBC Oracle thin user/password@//host form: the password is not a connection secret'],
  ['organizations-accounts-stacksets.txt', ['text'], 'keep:AWSControlTowerExecution', 'an AWS-defined role name (Control Tower) in a role name field is masked'],
  ['powershell-aws-tools.txt', ['text'], 'halyard-ledger-exports-prod', 'PowerShell Format-Table column under a BucketName header is not read as field values'],
  ['powershell-aws-tools.txt', ['text'], 'prod/halyard/dispatch/db-url', 'AWS Tools for PowerShell parameters (-SecretId, -BucketName, ...) are not read like CLI flags'],
  ['powershell-aws-tools.txt', ['text'], 'keep:ec2.amazonaws.com', 'a service principal host right after %22 is taken as a customer host (22ec2)'],
  ['alert-payloads.json', ['text', 'json'], 'halyard-dispatch-pg', 'a name known elsewhere in the text is not found again inside %22...%22 (known values spread only at name-char boundaries, known-values.ts)'],
  ['alert-payloads.json', ['text', 'json'], 'k8s-dispatch-dispatch-3f7a1c9e2b', 'CloudWatch TargetGroup dimension value targetgroup/<name>/<id> is not read like app/<name>/<id>'],
  ['alert-payloads.json', ['text', 'json'], '5d0b8e2a4c6f1397', 'CloudWatch TargetGroup dimension value targetgroup/<name>/<id> is not read like app/<name>/<id>'],
  ['rca-multilingual.md', ['text'], 'svc-jenkins', 'prose nouns are English (and Korean): German "des Benutzers »svc-jenkins«" names no kind'],
  ['rca-multilingual.md', ['text'], 'halyard-raw-telemetry-euc1', "French word order 'le bucket S3 <name>': the service word between noun and name"],
  ['polyglot-sdk-code.md', ['text'], 'halyard-dispatch-consumer', "CDKTF constructs: name: inside new DataAwsIamRole(...) is not read by the construct's type"],
  ['polyglot-sdk-code.md', ['text'], 'halyard-dispatch-events-v2.fifo', "CDKTF constructs: name: inside new SqsQueue(...) is not read by the construct's type"]
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 25)
