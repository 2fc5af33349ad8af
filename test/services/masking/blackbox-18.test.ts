// Black-box red team, nineteenth round: observability, HashiCorp and CI tooling around AWS
// (test/fixtures/blackbox-18/): X-Ray trace summaries and raw segment documents with the daemon's
// journal, an ADOT collector config (awsxray, awsemf, sigv4auth, Amazon Managed Prometheus
// remote_write) with its stderr, a CloudWatch Synthetics canary script and run log, a CloudWatch
// RUM app monitor with a batch of events, a Packer Windows template with its build log and manifest,
// Vault's AWS secrets engine and AWS auth method with an audit log line, a Jenkins pipeline console
// log, Buildkite and CircleCI assuming roles with OIDC, a serverless.yml with `sls deploy` and
// `sls info`, a Nomad job with Consul configs and a node's AWS attributes, an on-call chat.
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round19-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-18/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: customer domains, Vault lease ids and token
// accessors, Vault and Buildkite role names, STS external ids and session names, CLI profiles,
// a Cognito identity pool id and a RUM app monitor's id, Consul's gossip key and ACL token, the
// Serverless Framework's service name and API key names, a CloudWatch custom namespace, tag values.
// Found in round 19 and fixed later (fixes-gaps-22-*.test.ts), so now under `mask`: a Secrets Manager
// secret named only in a Buildkite plugin's env mapping (`DATADOG_API_KEY: quorvane/ci/datadog-api-key`),
// X-Ray's segment `name` of a service on EC2 (`"label-renderer"`).
// Found, not fixed, so under `extra` too (the proxy corpus test asserts every `mask` value): an IAM role
// named in chat without a noun the prose reader knows (`give quorvane-buildkite-agent its own Vault role`).
// Fixed in gaps-25 (fixes-gaps-25-bare-app-names), so now under `mask`: the RUM app monitor in `RUM on
// quorvane-portal-web`.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 12)
