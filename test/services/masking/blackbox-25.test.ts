// Black-box red team, twenty-sixth round: Windows workloads on AWS as Windows, .NET and DBA engineers
// paste them (test/fixtures/blackbox-25/): AWS Tools for PowerShell (`Get-EC2Instance | Format-List`,
// `Select-Object`, `Format-Table -AutoSize`, `Get-S3Object`, `Get-IAMRole`, `Get-SECSecretValue`,
// `Set-AWSCredential`, error records with `CategoryInfo` / `FullyQualifiedErrorId`); an EC2Launch v2
// agent-config.yml with its agent.log; `get-password-data` encrypted and decrypted with RDP through
// Session Manager port forwarding and Fleet Manager; SSM Run Command `AWS-RunPowerShellScript`
// invocations; a CloudWatch agent Windows config (Event Log and IIS); Event Viewer XML (4624 / 4625);
// IIS W3C logs behind an ALB with X-Forwarded-For; RDS for SQL Server (sqlcmd, native backup to S3);
// a .NET appsettings.json, a web.config with `<connectionStrings>` and an AWS SDK for .NET log; FSx for
// Windows with DFS and an AD domain join log; a `.reg` export with AWS keys; and a Teams message from
// a Windows admin. CRLF line endings in four documents.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-25/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 14)
