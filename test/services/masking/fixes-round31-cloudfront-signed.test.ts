// Round 31 (media): CloudFront signed URLs and cookies. The signature (`&Signature=x`,
// `CloudFront-Signature=x`) opens private content until it expires and went upstream; so did the
// key group's public key ids (`Key-Pair-Id=K2XW8NQ4ZT7RLM`, `"Items": ["K..."]`, prose).
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

const SIG = 'Xq3Lm~9vTzR2pK8wN4bYc1H-jE6sFgU0aDoQiVnB5rM7tWyZ2xC9kL3eJ8pR4mN1qS6v'

t.test("a signed URL's signature and key pair id are masked", async tt => {
  tt.same(found(`/a.mp4?Expires=1765130400&Signature=${SIG}&Key-Pair-Id=K1D8ZRW5YH0SFE`),
    [`api_key:${SIG}`, 'resource_name:K1D8ZRW5YH0SFE'])
  tt.same(found(`Set-Cookie: CloudFront-Signature=${SIG}; Path=/premium`), [`api_key:${SIG}`])
  tt.same(found('their key pair id K2XW8NQ4ZT7RLM'), ['resource_name:K2XW8NQ4ZT7RLM'])
})

t.test('other signatures and upper-case words stay', async tt => {
  for (const text of ['Authorization: AWS4-HMAC-SHA256 Credential=x, SignedHeaders=host, Signature=5d41c8e0b7a39f2e6c14d8b0a7f3e92c1b5d6a4e8f0c2b7d9e1a3f5c7b9d2e4f',
    'X-Amz-Signature=2c1e0f5b4d7a9e8c3b6f1a0d9e8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c', 'Signature=short',
    'KUBERNETESPODS K8S KEEPALIVE123', 'TheSignature=abcdefabcdefabcdefabcdefabcdefabcdefabcdef']) {
    tt.same(found(text), [], text)
  }
})
