// A URL host that stays (no AWS host, no address) was stepped over whole, so text shaped like a
// token in it (`thes3://TOKEN_LITERAL_1`, found by the property test of named scopes) was not
// masked as a literal and came back as another value of the conversation.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('token-shaped text in a URL host is a literal', async tt => {
  tt.same(found('thes3://TOKEN_LITERAL_1'), ['token_literal:TOKEN_LITERAL_1'], 'unknown scheme')
  tt.same(found('http://VPC_1.example.com/x'), ['token_literal:VPC_1'], 'first label')
  tt.same(found('http://TOKEN_LITERAL_1:8080/x and http://my-VPC_1/'), ['token_literal:TOKEN_LITERAL_1', 'token_literal:VPC_1'], 'with a port, after a dash')
  tt.same(found('https://github.com/x http://localhost:3000'), [], 'other hosts stay')
  await maskedWithRoundTrip('see thes3://TOKEN_LITERAL_1 and http://EC2_INSTANCE_12x.example')
})

t.test('a resent answer with a token-shaped host restores as written', async tt => {
  const store = createMemoryStore({ maxMappings: 1000 })
  const masker = createMasker({ store })
  const text = 'SUBNET_1 i-00000000000000000  192.168.1.1 '
  const first = await masker.openScope({ id: 'c1' })
  const answer = first.unmaskText(await first.maskText(text))
  await first.release()
  const second = await masker.openScope({ id: 'c1' })
  const [resent] = await second.maskStrings([`${answer}\nthes3://TOKEN_LITERAL_1`])
  tt.equal(second.unmaskText(resent), `${answer}\nthes3://TOKEN_LITERAL_1`)
  await second.release()
  await store.close()
})
