// OpenSearch Serverless (red team round 15): a collection's name in a policy rule's resources
// (`collection/orders-logs`, `index/orders-logs/*`, outside any ARN) and under
// `createCollectionDetail` / `collection` went out in clear. The same words elsewhere stay.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

t.test('collection names in policy rules and collection details', async (t) => {
  const masked = roundTripMasker(t)
  t.equal(await masked('[{"Rules":[{"ResourceType":"collection","Resource":["collection/orders-logs"]},{"ResourceType":"index","Resource":["index/orders-logs/*"]}]}]'),
    '[{"Rules":[{"ResourceType":"collection","Resource":["collection/RESOURCE_NAME_1"]},{"ResourceType":"index","Resource":["index/RESOURCE_NAME_1/*"]}]}]')
  t.equal(await masked('Rules:\n  - ResourceType: collection\n    Resource:\n      - collection/payments-*\n      - collection/*'),
    'Rules:\n  - ResourceType: collection\n    Resource:\n      - collection/RESOURCE_NAME_1\n      - collection/*')
  t.equal(await masked('{"createCollectionDetail":{"id":"07tjusf2h91cunochc","name":"orders-logs","status":"CREATING"}}'),
    '{"createCollectionDetail":{"id":"07tjusf2h91cunochc","name":"RESOURCE_NAME_1","status":"CREATING"}}')
})

t.test('the words with no policy rule around stay', async (t) => {
  const masked = roundTripMasker(t)
  for (const text of ['See collection/x in the docs', 'git index/HEAD', '{"collection": {"name": "Books"}}']) t.equal(await masked(text), text)
})
