import t from 'tap'
import fc from 'fast-check'
import { createUnmasker, jsonTextBoundary, replaceTokens, tokenBoundary } from '../../../services/masking/unmask.js'
import { createTokenRegex } from '../../../services/masking/token-format.js'
import type { MappingValue } from '../../../services/masking/types.js'

function unmaskerFor (entries: Record<string, MappingValue>, restoreSecrets = true) {
  const map = new Map(Object.entries(entries))
  let unresolved = 0
  const unmasker = createUnmasker({ lookup: (token) => map.get(token), restoreSecrets, onUnresolved: () => { unresolved++ } })
  return { unmasker, unresolved: () => unresolved }
}

const MAP = {
  EC2_INSTANCE_1: { kind: 'ec2_instance', value: 'i-0a1b2c3d4e5f67890' },
  EC2_INSTANCE_10: { kind: 'ec2_instance', value: 'i-0123456789abcdef0' },
  SECURITY_GROUP_2: { kind: 'security_group', value: 'sg-12345678' },
  SECRET_ACCESS_KEY_1: { kind: 'secret_access_key', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  TOKEN_LITERAL_1: { kind: 'token_literal', value: 'SUBNET_1' },
  S3_BUCKET_1: { kind: 's3_bucket', value: 'acme "quoted"\nbucket' }
}

t.test('restores only known tokens, respecting prefixes and boundaries', async (t) => {
  const { unmasker, unresolved } = unmaskerFor(MAP)
  t.equal(unmasker.unmaskText('EC2_INSTANCE_1 and EC2_INSTANCE_10.'), 'i-0a1b2c3d4e5f67890 and i-0123456789abcdef0.')
  t.equal(unmasker.unmaskText('`SECURITY_GROUP_2`, _SECURITY_GROUP_2_, /SECURITY_GROUP_2:'), '`sg-12345678`, _sg-12345678_, /sg-12345678:')
  t.equal(unmasker.unmaskText('xSECURITY_GROUP_2 SECURITY_GROUP_23'), 'xSECURITY_GROUP_2 SECURITY_GROUP_23', 'no match inside words or longer numbers')
  t.equal(unresolved(), 1, 'SECURITY_GROUP_23 is token-shaped but unknown')
  t.equal(unmasker.unmaskText('TOKEN_LITERAL_1'), 'SUBNET_1', 'a literal comes back, not restored twice')
  t.equal(unmasker.unmaskText('SUBNET_1 EC2_INSTANCE_2'), 'SUBNET_1 EC2_INSTANCE_2')
  t.equal(unresolved(), 3)
  t.equal(unmasker.unmaskText('no tokens at all'), 'no tokens at all')
})

t.test('secrets stay one-way when restoreSecrets is false', async (t) => {
  const { unmasker, unresolved } = unmaskerFor(MAP, false)
  t.equal(unmasker.unmaskText('key SECRET_ACCESS_KEY_1 on EC2_INSTANCE_1'), 'key SECRET_ACCESS_KEY_1 on i-0a1b2c3d4e5f67890')
  t.equal(unresolved(), 0, 'a kept secret is not an unresolved token')
})

t.test('raw JSON text: escaped insertion and escapes as boundaries', async (t) => {
  const { unmasker } = unmaskerFor(MAP)
  const raw = JSON.stringify({ a: 'S3_BUCKET_1', b: 'line\nEC2_INSTANCE_1\tSECURITY_GROUP_2', c: '\u00e9EC2_INSTANCE_1' })
  const restored = JSON.parse(unmasker.unmaskJsonText(raw))
  t.same(restored, { a: 'acme "quoted"\nbucket', b: 'line\ni-0a1b2c3d4e5f67890\tsg-12345678', c: '\u00e9i-0a1b2c3d4e5f67890' })
  t.equal(unmasker.unmaskJsonText('"\\u0041EC2_INSTANCE_1 \\\\\\\\qEC2_INSTANCE_1"'), '"\\u0041EC2_INSTANCE_1 \\\\\\\\qEC2_INSTANCE_1"',
    'an escaped letter, and a letter after two escaped backslashes, are not boundaries')
  t.equal(JSON.parse(unmasker.unmaskJsonText('"\\\\\\\\nEC2_INSTANCE_1"')), '\\\\ni-0a1b2c3d4e5f67890',
    'n after two escaped backslashes is a newline escaped twice: a boundary')
  // Regression (every-byte stream test): a tool input string holding the two characters `\n` before
  // an id (printf, a log line seen flat) is masked after them; raw, that is `\\n`, and the
  // streamed tool input kept the token where the JSON answer restored it.
  t.equal(JSON.parse(unmasker.unmaskJsonText('"a\\\\nEC2_INSTANCE_1 \\u00e9SECURITY_GROUP_2"')), 'a\\ni-0a1b2c3d4e5f67890 \u00e9sg-12345678',
    'n after one escaped backslash, and an escaped non-ASCII letter, are boundaries')
  t.equal(unmasker.unmaskText('log: \\nEC2_INSTANCE_1 \\tSECURITY_GROUP_2'), 'log: \\ni-0a1b2c3d4e5f67890 \\tsg-12345678',
    'escapes in flat text are boundaries too (the detector masks ids after them)')
  t.equal(unmasker.unmaskText('x\\fEC2_INSTANCE_1 \\bSECURITY_GROUP_2 \\\\fEC2_INSTANCE_1 \\\\qEC2_INSTANCE_1'),
    'x\\fi-0a1b2c3d4e5f67890 \\bsg-12345678 \\\\fi-0a1b2c3d4e5f67890 \\\\qEC2_INSTANCE_1',
    'any escape letter (the detector steps over every escape), a control letter after any run (text escaped twice), no other letter after an even run')
})

t.test('the scanner agrees with createTokenRegex on arbitrary text', async (t) => {
  const piece = fc.constantFrom('EC2_INSTANCE_', 'SUBNET_', 'VPC_', 'VPC_ENDPOINT_', 'IPV4_PRIVATE_', '1', '0', '12', '_', 'x', ' ', '-', '\n', 'é')
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
    const text = pieces.join('')
    const viaRegex = text.replace(createTokenRegex(), (token) => `<${token}>`)
    const viaScanner = replaceTokens(text, 0, tokenBoundary, (token) => `<${token}>`)
    return viaRegex === viaScanner
  }), { numRuns: 2000 })
  t.pass('2000 random texts agree')
})

t.test('raw JSON restoration equals restoring the decoded string, for any escapes', async (t) => {
  const { unmasker } = unmaskerFor(MAP)
  // each piece is whole JSON string text, so any sequence of them is a valid string body
  const piece = fc.constantFrom('EC2_INSTANCE_1', 'SECURITY_GROUP_2', 'S3_BUCKET_1', 'EC2_INSTANCE_', '1', '0', 'x', 'n', 'u', 'F',
    ' ', '_', '%2', '%2F', '\\n', '\\t', '\\f', '\\\\', '\\"', '\\u00e9', '\\u0041', '\\u005c', '\\ud83d\\ude00', 'é', '/')
  fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
    const raw = `"${pieces.join('')}"`
    return JSON.parse(unmasker.unmaskJsonText(raw)) === unmasker.unmaskText(JSON.parse(raw) as string)
  }), { numRuns: 5000 })
  t.pass('5000 random JSON strings agree')
  t.equal(jsonTextBoundary('"\\\\\\\\\\\\nE', 8), true, 'six raw backslashes are three decoded: n is escaped')
})
