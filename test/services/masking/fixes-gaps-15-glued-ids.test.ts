// The EBS CSI driver keys an in-flight operation by a volume id glued to an instance id
// (`key="vol-0b3e8d1a6f4c92570i-0a7f3c1e9d5b28464"`, red team round 15): neither was masked, a
// glued word is no id. Two 17-hex ids glued together are masked as one token (a token glued to
// another would not be read back).
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('a 17-hex id glued to another is masked whole', async tt => {
  tt.same(found('"Node Service: volume operation finished" key="vol-0b3e8d1a6f4c92570i-0a7f3c1e9d5b28464"'),
    ['ebs_volume:vol-0b3e8d1a6f4c92570i-0a7f3c1e9d5b28464'])
  tt.same(found('vol-0a1b2c3d4e5f60718i-0123456789abcdef0 then i-0123456789abcdef0vol-0a1b2c3d4e5f60718.'),
    ['ebs_volume:vol-0a1b2c3d4e5f60718i-0123456789abcdef0', 'ec2_instance:i-0123456789abcdef0vol-0a1b2c3d4e5f60718'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('key="vol-0b3e8d1a6f4c92570i-0a7f3c1e9d5b28464"'), 'key="EBS_VOLUME_1"')
})

t.test('other glued words stay as they were', async tt => {
  for (const text of ['vol-0a1b2c3d4e5f60718xyz', 'vol-0a1b2c3d4e5f60718i-0123', 'vol-0a1b2c3d4e5f60718i-0123456789abcdef01']) tt.same(found(text), [], text)
  tt.same(found('vol-0a1b2c3d4e5f60718s, i-0123456789abcdef0'), ['ebs_volume:vol-0a1b2c3d4e5f60718', 'ec2_instance:i-0123456789abcdef0'], 'a plural s is prose')
})
