// Property tests: identifiers from generators, planted at random positions in random
// surrounding text (with separators), are always found with their exact span and kind.
import t from 'tap'
import fc from 'fast-check'
import { detect } from '../../../services/masking/detector.js'

const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`))
const upperAlnum = (n: number) => fc.stringMatching(new RegExp(`^[A-Z0-9]{${n}}$`))
const octet = fc.integer({ min: 0, max: 255 })

const identifiers: Array<fc.Arbitrary<[string, string]>> = [
  fc.tuple(fc.constantFrom('i', 'vol', 'sg', 'subnet', 'vpc', 'eni', 'ami', 'snap', 'tgw-attach', 'vpce-svc'), fc.oneof(hex(8), hex(17)))
    .map(([p, h]) => [`${p}-${h}`, ({ i: 'ec2_instance', vol: 'ebs_volume', sg: 'security_group', subnet: 'subnet', vpc: 'vpc', eni: 'network_interface', ami: 'ami', snap: 'ebs_snapshot', 'tgw-attach': 'transit_gateway_attachment', 'vpce-svc': 'vpc_endpoint_service' } as Record<string, string>)[p]]),
  fc.stringMatching(/^[1-9][0-9]{11}$/).map(a => [a, 'account_id']),
  fc.tuple(fc.constantFrom('AKIA', 'ASIA', 'AROA'), upperAlnum(16)).map(([p, s]) => [p + s, 'access_key_id']),
  fc.tuple(fc.integer({ min: 0, max: 255 }), octet, octet).map(([b, c, d]) => [`10.${b}.${c}.${d}`, 'ipv4_private']),
  fc.tuple(fc.integer({ min: 16, max: 31 }), octet, octet).map(([b, c, d]) => [`172.${b}.${c}.${d}`, 'ipv4_private']),
  fc.tuple(fc.integer({ min: 11, max: 99 }), fc.integer({ min: 10, max: 250 }), octet, octet)
    .filter(([a]) => a !== 10 && a !== 100 && a !== 127)
    .map(([a, b, c, d]) => [`${a}.${b}.${c}.${d}`, 'ipv4_public']),
  fc.tuple(fc.integer({ min: 0x2000, max: 0x3fff }), hex(4), hex(3)).map(([a, b, c]) => [`${a.toString(16)}:${b}::${c}`, 'ipv6']),
  fc.tuple(fc.stringMatching(/^[a-z0-9]{3,10}$/), fc.stringMatching(/^[a-z0-9]{2,8}$/)).map(([a, b]) => [`${a}.${b}@example.com`, 'email']),
  fc.constantFrom('SUBNET', 'EC2_INSTANCE', 'ACCOUNT_ID', 'S3_BUCKET').chain(l => fc.integer({ min: 1, max: 9999 }).map(n => [`${l}_${n}`, 'token_literal'] as [string, string]))
]

/** Filler that cannot glue onto an identifier: words and separators. */
const filler = fc.array(fc.constantFrom('the', 'instance', 'feedback', 'sandbox', 'us-east-1', 'm5.large', '443', 'tcp', 'ok', '=>', '|', 'note:'), { maxLength: 6 })
  .map(ws => ws.join(' '))
const left = fc.constantFrom(' ', '\n', '"', '(', '[', ', ', ': ', '=', '`', '\\n', '/', '\t')
const right = fc.constantFrom(' ', '\n', '"', ')', ']', ',', '.', ';', '`', '\\n', '\t', '')

t.test('planted identifiers are found with their exact span and kind', async tt => {
  fc.assert(fc.property(
    fc.array(fc.tuple(filler, left, fc.oneof(...identifiers), right), { minLength: 1, maxLength: 6 }), filler,
    (parts, tail) => {
      let text = ''
      const want: Array<[number, number, string]> = []
      for (const [pre, l, [id, kind], r] of parts) {
        text += `${pre}${l}`
        want.push([text.length, text.length + id.length, kind])
        text += `${id}${r} `
      }
      text += tail
      const got = detect(text)
      for (const [s, e, kind] of want) {
        if (!got.some(m => m.start === s && m.end === e && m.kind === kind)) {
          throw new Error(`missed ${text.slice(s, e)} (${kind}) in ${JSON.stringify(text)}: ${JSON.stringify(got)}`)
        }
      }
    }), { numRuns: 300, seed: 20261204 })
  tt.pass('300 random documents')
})

t.test('matches are always sorted, in bounds and non-overlapping on arbitrary text', async tt => {
  fc.assert(fc.property(fc.string({ maxLength: 400, unit: fc.constantFrom(...'ai-0123456789abcdef.:/@"\\n AKIASZ_r=') }), text => {
    let prev = 0
    for (const m of detect(text)) {
      if (m.start < prev || m.end <= m.start || m.end > text.length) throw new Error(`bad ${JSON.stringify(m)} in ${JSON.stringify(text)}`)
      prev = m.end
    }
  }), { numRuns: 500, seed: 42 })
  tt.pass('500 random strings')
})

t.test('detect is deterministic and bounded on adversarial input', async tt => {
  const evil = ['a'.repeat(50_000), '1.'.repeat(20_000), ':'.repeat(30_000), 'arn:aws:iam::'.repeat(3000), '-----BEGIN RSA PRIVATE KEY-----' + 'A'.repeat(30_000),
    'bucket '.repeat(5000), 'x@'.repeat(10_000), '"Key": "Name", '.repeat(3000)]
  for (const text of evil) {
    const t0 = performance.now()
    const a = detect(text)
    tt.same(detect(text), a, 'same result twice')
    tt.ok(performance.now() - t0 < 5000, `under 5 s on ${text.slice(0, 16)}...`)
  }
})
