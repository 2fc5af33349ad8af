// AWS Backup (and S3 Glacier) vaults named in prose beyond `Backup vault x`: after a region (`copy to
// eu-central-1 vault fw-vault-dr`) and after a vault's policy (`fix vault access policy on
// fw-vault-dr-xacct`, `Backup vault policy (fw-vault-dr-xacct)`). A bare `vault policy` is
// HashiCorp Vault's as often (`vault policy write x`): it needs `Backup`, `Glacier` or a region before.
import type { MatchSink } from './detect-sink.js'
import { isNameCandidate } from './detect-prose.js'
import { isBareName } from './prose-name-shape.js'
import { isAwsVaultBefore } from './prose-noun-kind.js'

/** After `vault`: its policy or lock, how the vault is named (`on`, `for`, `of`, `:`, `(`), then the name, perhaps quoted. */
const POLICY_AFTER = /[ \t]{1,4}(access[ \t]{1,4}policy|lock(?:[ \t]{1,4}configuration)?|policy)(?:[ \t]{1,4}(?:on|for|of)[ \t]{1,4}(?:the[ \t]{1,4}(?:vault[ \t]{1,4})?)?|[ \t]{0,4}[:(][ \t]{0,4}|[ \t]{1,4})[`'"]?([A-Za-z0-9][A-Za-z0-9._-]{1,49}[A-Za-z0-9])(?![A-Za-z0-9_-])/y

/** text[i, j) is the word `vault`: masks the name after its access policy or lock; returns its end, or -1. */
export function handleVaultPolicy (text: string, i: number, j: number, sink: MatchSink): number {
  POLICY_AFTER.lastIndex = j
  const m = POLICY_AFTER.exec(text)
  if (m === null) return -1
  if (m[1] === 'policy' && !isAwsVaultBefore(text, i)) return -1
  const name = m[2]
  if (!isNameCandidate(name) || !isBareName(name)) return -1
  const start = POLICY_AFTER.lastIndex - name.length
  sink.push(start, POLICY_AFTER.lastIndex, 'resource_name')
  return POLICY_AFTER.lastIndex
}
