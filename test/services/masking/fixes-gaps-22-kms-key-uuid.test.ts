// Red team round 20, left over: `needs kms:Decrypt on the ML key\n  3f9c1e72-…` left the KMS key's id
// in clear: a UUID after `key` was read only after `KMS key` or `key id`. A UUID after `<word> key`
// is a KMS key's, unless the word names another key (an object's, a partition's, an idempotency
// key); `key:` starting a YAML line says nothing. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a UUID after a key in prose', async tt => {
  tt.same(found('training role needs kms:Decrypt on the ML key\n  3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e38; endpoint'), ['kms_key:3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e38'])
  tt.same(found('the data key is 1234abcd-12ab-34cd-56ef-1234567890ab.'), ['kms_key:1234abcd-12ab-34cd-56ef-1234567890ab'])
  tt.same(found('rotate the CMK KEY: `0987dcba-09fe-87dc-65ba-ab0987654321` and kms-key=0987dcba-09fe-87dc-65ba-ab0987654322'),
    ['kms_key:0987dcba-09fe-87dc-65ba-ab0987654321', 'kms_key:0987dcba-09fe-87dc-65ba-ab0987654322'])
  tt.same(found(JSON.stringify({ content: 'Encrypted with the backup key\n  9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d' })), ['kms_key:9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d'], 'in a JSON string')
  tt.same(found('our API key 9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e'), ['api_key:9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e'], 'a credential stays one')
})

t.test('no KMS key where the key is another', async tt => {
  for (const text of [
    'the S3 object key 3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e38 was deleted',
    'partition key 3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e38, sort key 3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e39',
    'retry with idempotency_key=3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e38',
    'tags:\n  - key: 3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e38\n    value: x',
    'the key 3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e38x is no UUID',
    'the monkey 3f9c1e72-8a4d-4b05-b6e1-d2a7c9f04e38'
  ]) tt.same(found(text), [], text)
})
