// Round 22 left over (blackbox-21): KMS plaintext built by a shell snippet, `aws kms encrypt
// --plaintext fileb://<(echo -n 'x')` (the flag's value is the substitution, the secret inside it),
// and a data key printed by `xxd` after `kms decrypt` / `generate-data-key` (bare hex lines of
// `xxd -p`, or xxd's dump), stayed in clear. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the secret a substitution echoes into --plaintext', async tt => {
  tt.same(found("aws kms encrypt --key-id alias/app --plaintext fileb://<(echo -n '6qGwgD^ocq13Ka#yOG7') --output json").filter(m => m.startsWith('api_key')),
    ['api_key:6qGwgD^ocq13Ka#yOG7'])
  tt.same(found('aws kms encrypt --key-id alias/app --plaintext "$(printf \'%s\' "Hunter2#pass" | base64)" --query CiphertextBlob').filter(m => m.startsWith('api_key')),
    ['api_key:Hunter2#pass'], 'printf in a command substitution')
  tt.same(found('aws kms encrypt --key-id alias/app --plaintext $(echo -n pl41nS3cret | base64)').filter(m => m.startsWith('api_key')),
    ['api_key:pl41nS3cret'], 'bare, unquoted')
  tt.same(found('aws kms encrypt --plaintext fileb://<(echo "Tr0ub4dor&3")').filter(m => m.startsWith('api_key')), ['api_key:Tr0ub4dor&3'], 'echo without -n')
  const masked = await maskedWithRoundTrip("$ aws kms encrypt --key-id 8cca8ad4-77d4-45d6-9e5d-011b60511181 --plaintext fileb://<(echo -n 'S3cr3t!x') --output json\n")
  tt.notOk(masked.includes('S3cr3t!x'))
  tt.ok(masked.includes('fileb://<(echo -n \''), 'the snippet stays readable')
})

t.test('a file or no substitution after --plaintext is no secret here', async tt => {
  tt.same(found('aws kms encrypt --plaintext fileb://secret.txt').filter(m => m.startsWith('api_key')), [])
  tt.same(found('echo -n hello | base64').filter(m => m.startsWith('api_key')), [])
})

t.test('a data key printed by xxd after kms decrypt', async tt => {
  const hex = 'cbf9839ee574d26ff4f8a04bc09d1c583ee0318ff9115ce4838eae3f7fb4815c'
  tt.same(found(`$ aws kms decrypt --ciphertext-blob fileb://k.enc --query Plaintext --output text | base64 -d | xxd -p -c 64\n${hex}\n$ ls\n`),
    [`api_key:${hex}`])
  tt.same(found(`aws kms decrypt --ciphertext-blob fileb://k.enc --query Plaintext --output text | base64 -d | xxd -p\n${hex.slice(0, 60)}\n${hex.slice(60)}`),
    [`api_key:${hex.slice(0, 60)}`, `api_key:${hex.slice(60)}`], 'wrapped at 30 bytes')
  const dump = 'aws kms generate-data-key --key-id alias/x --key-spec AES_256 --query Plaintext --output text | base64 --decode | xxd\n' +
    '00000000: cbf9 839e e574 d26f f4f8 a04b c09d 1c58  ...........K...X\n'
  tt.same(found(dump).filter(m => m.startsWith('api_key')), ['api_key:cbf9 839e e574 d26f f4f8 a04b c09d 1c58  ...........K...X'], "xxd's dump")
  const masked = await maskedWithRoundTrip(`$ aws kms decrypt --ciphertext-blob fileb://k.enc --query Plaintext --output text | base64 -d | xxd -p\n${hex}\n`)
  tt.notOk(masked.includes(hex))
})

t.test('hex after xxd with no KMS plaintext stays', async tt => {
  const hex = 'cbf9839ee574d26ff4f8a04bc09d1c583ee0318ff9115ce4838eae3f7fb4815c'
  tt.same(found(`sha256sum file | cut -c1-64 | xxd -r -p | xxd -p\n${hex}`), [])
  tt.same(found(`git rev-parse HEAD\n${hex.slice(0, 40)}`), [])
})
