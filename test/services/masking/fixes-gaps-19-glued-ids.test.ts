// An 8-hex id glued to a 17-hex id (`sg-12345678i-0123456789abcdef0`, red team round 15's family of
// the EBS CSI driver's glued keys) stayed in clear: only two 17-hex ids glued were read. One long
// id of the two now suffices; the pair is masked as one token, as before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('a short id glued to a long one is masked whole', async tt => {
  tt.same(found('key="sg-12345678i-0123456789abcdef0"'), ['security_group:sg-12345678i-0123456789abcdef0'])
  tt.same(found('i-0123456789abcdef0sg-12345678 done'), ['ec2_instance:i-0123456789abcdef0sg-12345678'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('key="sg-12345678i-0123456789abcdef0"'), 'key="SECURITY_GROUP_1"')
})

t.test('two short ids glued, or a short id glued to a word, stay', async tt => {
  for (const text of ['sg-12345678i-01234567', 'sg-12345678xyz', 'sg-12345678i-0123456789abcdef01']) tt.same(found(text), [], text)
})
