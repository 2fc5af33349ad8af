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
// positional metadata columns, GitHub orgs and repos, PagerDuty people and bridges, a Makefile's
// bare `CLUSTER := x` (a generic key: ECS or EKS). Datadog's lower-cased `name:` tag in a tag list
// is masked since gaps-19 (fixes-gaps-19-datadog-name-tag).

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 18)
