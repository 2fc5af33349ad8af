// Black-box red team, eighteenth round: code and config in languages and formats earlier rounds
// lack, each touching AWS (test/fixtures/blackbox-17/): aws-sdk-go-v2 config with `go test` error
// output, an ASP.NET appsettings.json with Serilog compact JSON and NLog, a Laravel .env with
// config/filesystems.php, decrypted Rails credentials with Sidekiq / Shoryuken logs, a NestJS config
// module with serverless-offline output, Django settings (django-storages, Celery on SQS), a Spring
// Cloud AWS application.yml, nginx and Envoy proxying to AWS endpoints, a systemd unit with a
// crontab, an AWS Tools for PowerShell session, aws-sdk-kotlin and a Rust service's TOML config.
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round18-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-17/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: AWS CLI / SDK profile names, STS external ids,
// Rails' secret_key_base and Laravel's APP_KEY, customer domains, a Cognito app client id, Spring's
// parameter store prefix under a bare `prefix:` key, a CloudWatch custom namespace, database users.
// A security group's name in PowerShell's Format-List collection (`SecurityGroups : {tarnwell-sql-sg}`),
// found in this round, is masked since gaps-19 (fixes-gaps-19-powershell-collections).

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
// Kept since gaps-19: Serilog's `"EnvironmentName":"Production"`, ASP.NET's environment
// (fixes-gaps-19-kept-values), and Envoy's upstream cluster names (fixes-gaps-19-envoy-clusters).
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 11)
