// Known gap closed (round 26): base64 JSON runs were decoded and read only up to 8 KB; a longer
// run (an AppSync handshake with a big header, a claims blob, a pasted state document) was not read
// at all, so the ids and keys inside it went out. Runs up to 256 KB are now decoded and read; a
// longer one is masked whole (fail closed). JWT parts (`.` after them) stay for the JWT reader.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const b64 = (value: unknown, url = false): string => Buffer.from(JSON.stringify(value)).toString(url ? 'base64url' : 'base64')
/** `count` filler entries of ordinary text (about 40 bytes each), so the run grows past a bound. */
const filler = (count: number): string[] => Array.from({ length: count }, (_, k) => `entry number ${k} of the padding list`)

t.test('base64 JSON longer than 8 KB is decoded and read', async tt => {
  const blob = b64({ notes: filler(400), account: 'arn:aws:iam::815326049771:role/ledger-writer', 'x-api-key': 'da2-m8rq2xw6ktz4nbh7vpc3lfy5js' })
  tt.ok(blob.length > 16_000 && blob.length < 262_144, 'between the old and the new bound')
  tt.same(found(`payload ${blob} end`), [`api_key:${blob}`])
  const url = b64({ notes: filler(300), awsAccountId: '815326049771' }, true)
  tt.same(found(`?parameters=${url}&signature=x`), [`resource_name:${url}`])
  const masked = roundTripMasker(tt)
  tt.equal(await masked(`header=${blob}`), 'header=API_KEY_1')
})

t.test('base64 JSON longer than 256 KB is masked whole', async tt => {
  const huge = b64({ notes: filler(8000), user: 'nobody' })
  tt.ok(huge.length > 262_144, 'past the bound')
  tt.same(found(`blob: ${huge}\nnext line`), [`api_key:${huge}`])
})

t.test('long runs with nothing to mask, and JWT parts, stay', async tt => {
  const plain = b64({ notes: filler(400) })
  tt.same(found(`payload ${plain} end`), [])
  const part = b64({ notes: filler(8000) }, true)
  tt.same(found(`token ${b64({ alg: 'HS256' }, true)}.${part}.c2lnbmF0dXJl`).filter(m => m.startsWith('api_key:eyJub3Rlcy')), [])
})
