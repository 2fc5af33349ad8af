// Round 19: `vault login -method=aws` prints the Vault token it got (`token hvs.CAES...`); it stayed
// in clear. Vault's service, batch and recovery tokens are masked as third-party credentials.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

const HVS = 'hvs.CAESIPq3xTz7mN2vK9wR4bL1cY8fJ6hD0gS5aE3uQ7iO2pXnGh4KHGh2cy5MbTRyQzdXeE45bUsyVjhQcTF3Wg'
const HVB = 'hvb.AAAAAQJx7Lm2Vq9Tz4Rw8Nb1Kc6Pd3Hf5Gs0Ja7Ye2Uo9Ni4Qs1Xw6Zk3Ml8Rt5Vb2Nc7Pd0Hf'

t.test('Vault tokens are masked', async (tt) => {
  tt.same(found(`Key                  Value\ntoken                ${HVS}\ntoken_duration       20m\n`), [`api_key:${HVS}`])
  tt.same(found(`export VAULT_TOKEN=${HVB}`), [`api_key:${HVB}`])
  tt.same(found('curl -H "X-Vault-Token: hvs.Q2xWm8Tz4Rb7Nk1Pc6Hd3Jf9" https://vault:8200/v1/aws/creds/x'), ['api_key:hvs.Q2xWm8Tz4Rb7Nk1Pc6Hd3Jf9'])
  tt.same(found('see hvs.example and hvs.docs-page-link-here-ok-aaaa'), [], 'no generated mix of cases and digits: no token')
})
