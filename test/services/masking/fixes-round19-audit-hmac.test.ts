// Round 19: Vault's audit log hashes each secret it returns (`"secret_key":"hmac-sha256:..."`); the
// digest was masked as a secret access key under its key. A digest is kept, as hashes are.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

const DIGEST = 'hmac-sha256:3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e'

t.test('Vault audit HMACs under secret keys stay', async (tt) => {
  tt.same(found(`{"data":{"access_key":"hmac-sha256:9d1f3a","secret_key":"${DIGEST}","security_token":"${DIGEST}"}}`), [])
  tt.same(found(`{"data":{"secret_key":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLE12"}}`),
    ['secret_access_key:wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLE12'], 'a real secret key stays masked')
})
