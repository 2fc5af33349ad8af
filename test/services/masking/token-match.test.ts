// tokenEndAt must answer exactly as the sticky regex of every label it replaces in the detector.
import t from 'tap'
import fc from 'fast-check'
import { tokenEndAt } from '../../../services/masking/token-match.js'
import { KIND_LABELS } from '../../../services/masking/token-format.js'

const STICKY = new RegExp(`(?:${KIND_LABELS.join('|')})_[1-9][0-9]*(?![0-9])`, 'y')

function byRegex (text: string, at: number): number {
  STICKY.lastIndex = at
  return STICKY.test(text) ? STICKY.lastIndex : -1
}

t.test('examples', async t => {
  t.equal(tokenEndAt('SECURITY_GROUP_3 x', 0), 16)
  t.equal(tokenEndAt('VPC_ENDPOINT_SERVICE_12', 0), 23, 'the longest label wins')
  t.equal(tokenEndAt('IPV4_PRIVATE_1X', 0), 14, 'a letter may follow')
  t.equal(tokenEndAt('SUBNET_0', 0), -1, 'no leading zero')
  t.equal(tokenEndAt('SUBNET_', 0), -1)
  t.equal(tokenEndAt('xSUBNET_1', 1), 9, 'boundaries are the caller\'s')
})

t.test('property: same end as the regex at every position', async t => {
  const piece = fc.oneof(fc.constantFrom(...KIND_LABELS), fc.constantFrom('_', '0', '1', '9', '_1', '_12', ' ', 'x', 'EC2', 'IPV4', 'S', '\\n'))
  fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
    const text = pieces.join('')
    for (let at = 0; at <= text.length; at++) if (tokenEndAt(text, at) !== byRegex(text, at)) return false
    return true
  }), { numRuns: 2000 })
  t.pass('2000 generated texts')
})
