// The hand-written id matchers must answer exactly as the regexes they replace in the detector.
import t from 'tap'
import fc from 'fast-check'
import { resourceIdAt, shapedIdAt, wholeIdKind } from '../../../services/masking/detect-ids.js'
import { MatchSink } from '../../../services/masking/detect-sink.js'
import { RESOURCE_ID_PREFIXES, SHAPED_IDS } from '../../../services/masking/catalogue.js'

const prefixes = Object.keys(RESOURCE_ID_PREFIXES).sort((a, b) => b.length - a.length)
const RESOURCE = new RegExp(`(${prefixes.join('|')})-(?:[0-9a-f]{17}|[0-9a-f]{8})(?![A-Za-z0-9]|-[0-9a-f]{4}-[0-9a-f]{4}-)`, 'y')
const SHAPED = new RegExp(`(?:${SHAPED_IDS.map(s => s.source).join('|')})(?![A-Za-z0-9])`, 'y')
const RESOURCE_WHOLE = new RegExp(`^(${prefixes.join('|')})-(?:[0-9a-f]{17}|[0-9a-f]{8})$`)
const SHAPED_WHOLE = SHAPED_IDS.map(s => ({ kind: s.kind, re: new RegExp(`^(?:${s.source})$`) }))

function shapedKindByRegex (s: string): string | null {
  for (const { kind, re } of SHAPED_WHOLE) if (re.test(s)) return kind
  return null
}

function byRegex (re: RegExp, text: string, at: number, kindOf: (m: RegExpExecArray) => string | null): string {
  re.lastIndex = at
  const m = re.exec(text)
  return m === null ? '-1' : `${at}-${re.lastIndex}:${kindOf(m) ?? ''}`
}

function byHand (find: (text: string, at: number, sink: MatchSink) => number, text: string, at: number): string {
  const sink = new MatchSink()
  const end = find(text, at, sink)
  const m = sink.list[0]
  return end < 0 ? '-1' : `${m.start}-${end}:${m.kind}`
}

function wholeByRegex (s: string): string | null {
  if (s.length < 6 || s.length > 48) return null
  const m = RESOURCE_WHOLE.exec(s)
  return m !== null ? RESOURCE_PREFIX_KIND(m[1]) : shapedKindByRegex(s)
}
function RESOURCE_PREFIX_KIND (p: string): string { return RESOURCE_ID_PREFIXES[p] }

t.test('examples', async t => {
  t.equal(byHand(resourceIdAt, 'x tgw-attach-0123456789abcdef0 y', 2), '2-30:transit_gateway_attachment')
  t.equal(byHand(resourceIdAt, 'eni-0123abcd', 0), '0-12:network_interface')
  t.equal(byHand(resourceIdAt, 'sg-0123abcd-1234-5678-', 0), '-1', 'the head of a UUID')
  t.equal(byHand(resourceIdAt, 'vpc-0123abcdX', 0), '-1')
  t.equal(byHand(shapedIdAt, 'o-abcdef1234 ', 0), '0-12:organization')
  t.equal(byHand(shapedIdAt, 'Z0123456789ABC', 0), '0-14:hosted_zone')
  t.equal(wholeIdKind('i-0123456789abcdef0'), 'ec2_instance')
  t.equal(wholeIdKind('mrk-0123456789abcdef0123456789abcdef'), 'kms_key')
  t.equal(wholeIdKind('deployer-7'), null)
})

t.test('property: same match and kind as the regexes at every position', async t => {
  const piece = fc.oneof(
    fc.constantFrom(...prefixes, 'db', 'cluster', 'mrk', 'fleet', 'ou', 'o', 'r', 'us-east', 'eu-west', 'gov', 'Z', 'E'),
    fc.constantFrom('-', '_', '1_', ' ', 'x', 'X', '.'),
    fc.stringMatching(/^[0-9a-f]{1,18}$/), fc.stringMatching(/^[0-9A-Z]{1,27}$/), fc.stringMatching(/^[a-z0-9]{1,12}$/)
  )
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
    const text = pieces.join('')
    for (let at = 0; at <= text.length; at++) {
      if (byHand(resourceIdAt, text, at) !== byRegex(RESOURCE, text, at, m => RESOURCE_ID_PREFIXES[m[1]])) return false
      if (byHand(shapedIdAt, text, at) !== byRegex(SHAPED, text, at, m => shapedKindByRegex(m[0]))) return false
      for (let end = at + 6; end <= Math.min(text.length, at + 48); end++) {
        const s = text.slice(at, end)
        if (wholeIdKind(s) !== wholeByRegex(s)) return false
      }
    }
    return true
  }), { numRuns: 2000 })
  t.pass('2000 generated texts')
})
