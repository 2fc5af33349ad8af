// Round 30 (deployment platforms and governance): names went out in clear where their noun was new:
// Copilot's `secretsmanager: <secret name>` in a manifest, Private CA's `AuditReportId`, and prose
// `Image Builder pipeline x`, `the Lightsail box x`, `Network Firewall x`. The nouns need their
// qualifier (`the pipeline failed`, `the box is old` name nothing), and an IAM action after
// `secretsmanager:` is AWS's word. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('platform names by field and by noun', async tt => {
  tt.same(found("secrets:\n  DB_SECRET:\n    secretsmanager: 'ferncliffprodAuroraSecret-Hq7v2Xm4Kz9t'\n"), ['secret_name:ferncliffprodAuroraSecret-Hq7v2Xm4Kz9t'])
  tt.same(found('"AuditReportId": "c8e1f3a9-2d7b-4c60-95e4-7a1b3f2d9c08",'), ['resource_name:c8e1f3a9-2d7b-4c60-95e4-7a1b3f2d9c08'])
  tt.same(found('Image Builder pipeline otterbay-al2023-golden failed again'), ['resource_name:otterbay-al2023-golden'])
  tt.same(found('the lightsail box `otterbay-legacy-ftp` still receives drops'), ['resource_name:otterbay-legacy-ftp'])
  tt.same(found('the Network Firewall ospreyfin-fw-01 drops it'), ['resource_name:ospreyfin-fw-01'])
  for (const text of ['Action: secretsmanager:GetSecretValue', '- secretsmanager:Describe*', 'the Image Builder pipeline failed again',
    'the box otterbay-x1 is old', 'Network Firewall rule sid 2000417 is live', 'a firewall rule']) {
    tt.same(found(text), [], text)
  }
})
