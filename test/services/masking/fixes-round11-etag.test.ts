// Round 11: CloudFront's ETags (`"ETag": "ETVPDKIKX0DER"`, `--if-match E2QWRUHAPOMQZL`) have the
// shape of a distribution id (E + 12-13 upper-case letters and digits) and were masked as one;
// the spec keeps ETags. Only where an ETag stands (an `ETag` / `IfMatch` key, `--if-match`): a
// distribution id elsewhere is masked as before. Regression tests, failing before.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

t.test('an ETag stays', async (tt) => {
  tt.same(found('{\n    "ETag": "ETVPDKIKX0DER",\n    "KeyValueStore": {}\n}'), [], 'JSON ETag')
  tt.same(found('ETag: E2QWRUHAPOMQZL\nDistribution:'), [], 'YAML ETag')
  tt.same(found('aws cloudfront update-distribution --id E1ABCDEF2GHIJK --if-match E2QWRUHAPOMQZL --distribution-config file://d.json'),
    ['cloudfront_distribution:E1ABCDEF2GHIJK'], '--if-match, the id beside it masked')
  tt.same(found('{"IfMatch": "E3KLMNOP4QRSTU"}'), [], 'IfMatch')
  tt.same(found('|  ETag  |  E2QWRUHAPOMQZL  |'), [], 'a CLI table row')
})

t.test('an ETag in parsed JSON stays, the distribution id is masked', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = { ETag: 'ETVPDKIKX0DER', Distribution: { Id: 'E2QK7XW4M9ZR3T' } }
  const masked = await scope.maskJson(value) as typeof value
  tt.equal(masked.ETag, 'ETVPDKIKX0DER')
  tt.not(masked.Distribution.Id, 'E2QK7XW4M9ZR3T')
  tt.strictSame(scope.unmaskJson(masked), value)
})

t.test('a distribution id elsewhere is masked as before', async (tt) => {
  tt.same(found('"Id": "E2QK7XW4M9ZR3T", "ETag": "ETVPDKIKX0DER"'), ['cloudfront_distribution:E2QK7XW4M9ZR3T'])
  tt.same(found('associated with E2QK7XW4M9ZR3T viewer-request'), ['cloudfront_distribution:E2QK7XW4M9ZR3T'])
})
