// Round 17: a byte count of twelve digits under a key that says bytes anywhere but at its end
// (Athena's `BytesScannedCutoffPerQuery: 107374182400`, DataSync's `EstimatedBytesToTransfer`) read
// as an account id; SSH algorithm names (`chacha20-poly1305@openssh.com`, Transfer Family logs) and a
// forge's git login (`git@github.com:org/repo.git`, Amplify and CodeBuild logs) read as e-mail
// addresses. Regression tests, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('byte counts are measures', async (tt) => {
  tt.same(found('BytesScannedCutoffPerQuery: 107374182400\n"EstimatedBytesToTransfer": 182736451201, bytes_in_total: 123456789012'), [])
  tt.same(found('"AccountId": 123456789012, "OwnerId": "210987654321"'), ['account_id:123456789012', 'account_id:210987654321'], 'accounts are still masked')
})

t.test('SSH algorithm names and git logins are no mailboxes', async (tt) => {
  tt.same(found('"ciphers":"chacha20-poly1305@openssh.com,aes256-gcm@openssh.com", kex curve25519-sha256@libssh.org'), [])
  tt.same(found('# Cloning repository: git@github.com:kestrel-freight/tracking-portal.git; ssh -T git@gitlab.com'), [])
  tt.same(found('mail jane.git@github.com or git@git.acme-corp.com:team/repo'), ['email:jane.git@github.com', 'email:git@git.acme-corp.com'],
    'a person\'s address at a forge and a self-hosted forge are still masked')
})
