// Black-box red team, sixteenth round: infrastructure-as-code and dev-tool workflows no earlier round
// has (test/fixtures/blackbox-15/): a Claude Code transcript whose tool_use / tool_result JSON holds
// aws CLI output, an Atlantis PR comment and a Spacelift run log with terraform plan diffs, Terragrunt
// run-all output, an OpenTofu state excerpt, CDKTF synth output (cdk.tf.json), Crossplane managed
// resources with status.atProvider, ACK custom resources, a Datadog log export, a Grafana alert
// webhook, a PagerDuty v3 webhook, an AWS Health event, Compute Optimizer and Trusted Advisor
// findings, sam local invoke / deploy logs, a PR review thread on an IAM policy, a Makefile and a
// justfile with aws commands, pre-commit / tflint / checkov output, and LocalStack logs. Same checks
// as the earlier rounds (documentSuite), plus one regression test per fix in fixes-round16-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-15/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: Kubernetes object and namespace names, stack
// and profile names, Spacelift worker pools, external ids, Cognito app client ids, Trusted Advisor's
// positional metadata columns, Datadog's lower-cased `name:` tag, GitHub orgs and repos, PagerDuty
// people and bridges.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'claude-code-transcript.jsonl|text|veltrix-batch-nat-a': "a tag's Key/Value pair inside escaped JSON (a tool_result string) with \\\\n between: the Name tag's value is not paired",
  'atlantis-plan-comment.md|text|rtb-0d5f7b9a1c3e24680': "Terraform's aws_route id `r-rtb-<17 hex><hash>` glues the route table id to a digit run: no id boundary",
  'terragrunt-run-all.txt|text|quandra-orders-pg16': 'a plan line `name = "a" -> "b"`: only the value before the arrow is read',
  'opentofu-state.json|text|nerida-sessions': "a replication group's member_clusters (cache cluster ids `<group>-001`) are no name field",
  'opentofu-state.json|json|nerida-sessions': "a replication group's member_clusters (cache cluster ids `<group>-001`) are no name field",
  'cdktf-synth.json|text|halvorn-ingest-handler': 'Terraform JSON (cdk.tf.json): the `name` of a resource of type aws_iam_role is not read as a role name',
  'cdktf-synth.json|text|halvorn-ingest-handler-role': 'Terraform JSON (cdk.tf.json): the `name` of a resource of type aws_iam_role is not read as a role name',
  'cdktf-synth.json|json|halvorn-ingest-handler': 'Terraform JSON (cdk.tf.json): the `name` of a resource of type aws_iam_role is not read as a role name',
  'cdktf-synth.json|json|halvorn-ingest-handler-role': 'Terraform JSON (cdk.tf.json): the `name` of a resource of type aws_iam_role is not read as a role name',
  'aws-health-eventbridge.json|text|tavenko-reporting-mysql': "an AWS Health event's affectedEntities[].entityValue (and resources[]) names are not read",
  'aws-health-eventbridge.json|text|tavenko-reporting-mysql-replica': "an AWS Health event's affectedEntities[].entityValue (and resources[]) names are not read",
  'aws-health-eventbridge.json|json|tavenko-reporting-mysql': "an AWS Health event's affectedEntities[].entityValue (and resources[]) names are not read",
  'aws-health-eventbridge.json|json|tavenko-reporting-mysql-replica': "an AWS Health event's affectedEntities[].entityValue (and resources[]) names are not read",
  'pr-review-iam-policy.md|text|keep:break-glass user': 'prose `the break-glass user `name``: the hyphenated adjective before the noun is read as a user name',
  'makefile-justfile.txt|text|zentra-build-artifacts-usw2': 'Makefile / justfile assignments (`VAR := value`, `VAR ?= value`, `var := "value"`) are not read as KEY=value',
  'makefile-justfile.txt|text|zentra-prod-usw2': 'Makefile / justfile assignments (`VAR := value`, `VAR ?= value`, `var := "value"`) are not read as KEY=value',
  'makefile-justfile.txt|text|zentra-tf-locks': 'Makefile / justfile assignments (`VAR := value`, `VAR ?= value`, `var := "value"`) are not read as KEY=value',
  'makefile-justfile.txt|text|zentra-tfstate': 'Makefile / justfile assignments (`VAR := value`, `VAR ?= value`, `var := "value"`) are not read as KEY=value',
  'makefile-justfile.txt|text|zentra-staging-deploy': 'an ARN whose account is a just/Jinja template `{{var}}` is not read',
  'makefile-justfile.txt|text|keep:$(ARTIFACT_BUCKET)': 'a Make reference `s3://$(VAR)/` reads `$` as the bucket name',
  'localstack.log|text|keep:AWS s3.CreateBucket => 200': "LocalStack's `s3.CreateBucket => 200` reads the status code as the bucket name",
  'localstack.log|text|keep:lambda get-function-configuration': 'a global option between aws and the service (`aws --endpoint-url=... lambda get-...`) hides the subcommand: read as a function name',
}

documentSuite(DIR, KNOWN_GAPS, 18)
