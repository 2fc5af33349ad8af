// Red team round 8 (test/fixtures/blackbox-7/): an e-mail address whose `@` is URL-encoded
// (`%40`, as in S3 Inventory keys and query strings) was left in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('name%40domain is an e-mail address', async tt => {
  tt.same(found('subscribe?email=jane.doe%40acme-corp.com&x=1'), ['email:jane.doe%40acme-corp.com'], 'a query string')
  tt.same(found('"manifests/drivers%2Fkarlsson.erik%40corvina-freight.example/id.json"'), ['email:karlsson.erik%40corvina-freight.example'], 'after an encoded slash')
  for (const text of ['manifests/drivers%2Fkarlsson.erik%40corvina-freight.example.json', 'q=%22a.b%40corvina.example%22', 'to=ops%40lindgren-bygg.example']) {
    const masked = await maskedWithRoundTrip(text)
    tt.ok(!/karlsson|a\.b%40|ops%40|corvina\.example|lindgren/.test(masked), masked)
  }
})

t.test('other %40 escapes stay', async tt => {
  tt.same(found('text 100%40 percent, x%40y, a%40b'), [], 'no domain')
  tt.same(found('user%40sns.amazonaws.com'), [], 'an AWS service host')
  tt.same(found('%40scope/package'), [], 'an encoded npm scope: no local part')
})
