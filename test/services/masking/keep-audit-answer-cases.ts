// Model answers quoting the tokens of a masked request back, generated: tokens glued to
// punctuation and markdown, in plurals, backticks, URLs, ARNs, JSON in code fences, tables and
// lists, beside tokens the model invented (never issued) and look-alikes. Each answer is built
// twice, from tokens (what the model writes) and from originals (what the client must get).
import fc from 'fast-check'
import { KIND_LABELS } from '../../../services/masking/token-format.js'

/** Customer values of one request (each on its own line, after the words that say what it is). */
export const REQUEST_VALUES: Array<[string, string]> = [
  ['instance', 'i-0a1b2c3d4e5f67890'],
  ['account', '123456789012'],
  ['private ip', '10.0.1.23'],
  ['public ip', '203.0.113.25'],
  ['email', 'jane.doe@acme-corp.com'],
  ['role', 'arn:aws:iam::123456789012:role/deploy-bot'],
  ['S3 bucket', 'acme-payroll-exports'],
  ['Lambda function', 'invoice-sync'],
  ['DynamoDB table', 'orders-v2'],
  ['security group', 'sg-0123456789abcdef0'],
  ['aws_secret_access_key =', 'q8Fz/2kLmN0pQ+rS4tUvWxYz1AbCdEfGhIjKlMnO'],
  ['access key', 'AKIAIOSFODNN7EXAMPLE'],
  ['ipv6', '2600:1f18:24e6:b900::1'],
  ['host', 'ip-10-0-1-23.ec2.internal'],
  ['queue', 'https://sqs.us-east-1.amazonaws.com/123456789012/billing-dlq'],
  ['literal', 'ACCOUNT_ID_7'],
  ['password:', `'Tr0ub\\4d"or!'`] // a quote and a backslash: restored JSON-escaped in JSON
]

export function requestText (): string {
  return REQUEST_VALUES.map(([what, value], i) => `${i}. ${what} ${value}`).join('\n')
}

/** A token issued for the request, and the value it stands for. */
export interface Issued { token: string, value: string }

/** Before a token: anything but an ASCII letter or digit (else no token starts there). */
const LEFT = [' ', '\n', '(', '[', '`', '**', '"', "'", '/', ':', '=', '<', '_', '|', '\\n', '%2F', '%3A', '%3D', '%20', 'é', '日本', '\t', '> ', '- ', '1. ']
/** After a token: anything but a digit (else it is another number). */
const RIGHT = [' ', '\n', ')', ']', '`', '**', '"', "'", '/', ':', '.', ',', ';', '>', '|', 's', "'s", 'es', '-prod', '_arn', '…', 'é', '🙂', '\\n', '?', '!']
const FILLER = ['The fix:', 'Check', 'in us-east-1 on m5.large', '```json', '```', '| a | b |', '|---|---|', '- ', '## Cause', '> note',
  'then run `aws sts get-caller-identity`', '0.0.0.0/0', 'HTTP 403', '→', '"', '{', '}', '\n', '\n\n', ' ', 'arn:aws:iam::aws:policy/ReadOnlyAccess']

/** Token-shaped text the request never created: other counters, lower case, unknown labels, glued letters. */
function invented (): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(fc.constantFrom(...KIND_LABELS), fc.integer({ min: 90, max: 99_999 })).map(([l, n]) => `${l}_${n}`),
    fc.constantFrom('ACCOUNT_ID_99', 'iam_role_1', 'ROLE_1', 'BUCKET_2', 'ACCOUNT_ID_0', 'ACCOUNT_ID_', 'S3_BUCKET', 'ACCOUNT_ID_01', 'MY_TOKEN_1')
  )
}

/** A piece of an answer: [as the model writes it, as the client must read it]. */
type Piece = [string, string]

function piece (issued: Issued[]): fc.Arbitrary<Piece> {
  const pick = fc.integer({ min: 0, max: issued.length - 1 }).map(i => issued[i])
  const glued = fc.tuple(fc.constantFrom(...LEFT), pick, fc.constantFrom(...RIGHT))
    .map(([l, { token, value }, r]): Piece => [l + token + r, l + value + r])
  const madeUp = fc.tuple(fc.constantFrom(...LEFT), invented(), fc.constantFrom(...RIGHT)).map(([l, s, r]): Piece => [l + s + r, l + s + r])
  const filler = fc.constantFrom(...FILLER).map((s): Piece => [s, s])
  const templated = fc.tuple(pick, pick, fc.constantFrom(
    (a: string, b: string) => ` arn:aws:iam::${a}:role/${b} `,
    (a: string, b: string) => ` https://${a}.s3.amazonaws.com/${b}/key `,
    (a: string, b: string) => ` s3://${a}/${b}/* `,
    (a: string, b: string) => `\n{"Role": "${a}", "Owner": "${b}"}\n`,
    (a: string, b: string) => `\n| \`${a}\` | ${b} |\n`,
    (a: string, b: string) => `\n- **${a}** → ${b}\n`,
    (a: string, b: string) => ` [${a}](https://console.aws.amazon.com/?q=${b}) `,
    (a: string, b: string) => ` ${a}/${b} `,
    (a: string, b: string) => ` https://console.aws.amazon.com/iam/home?arn=arn%3Aaws%3Aiam%3A%3A${a}%3Arole%2F${b}&q=${a}%20${b} `
  )).map(([a, b, f]): Piece => [f(a.token, b.token), f(a.value, b.value)])
  return fc.oneof({ arbitrary: glued, weight: 5 }, { arbitrary: madeUp, weight: 2 }, { arbitrary: filler, weight: 2 }, { arbitrary: templated, weight: 2 })
}

/** An answer: [what the model writes, what the client must get, where a stream cuts it]. */
export function answers (issued: Issued[]): fc.Arbitrary<{ masked: string, expected: string, cuts: number[] }> {
  return fc.array(piece(issued), { minLength: 1, maxLength: 30 }).chain(pieces => {
    const masked = pieces.map(p => p[0]).join('')
    const expected = pieces.map(p => p[1]).join('')
    return fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, masked.length - 1) }), { maxLength: 8 })
      .map(cuts => ({ masked, expected, cuts: cuts.sort((a, b) => a - b) }))
  })
}

/** `text` cut at `cuts` (ascending). */
export function cutAt (text: string, cuts: number[]): string[] {
  const out: string[] = []
  let last = 0
  for (const c of cuts) { if (c > last && c < text.length) { out.push(text.slice(last, c)); last = c } }
  out.push(text.slice(last))
  return out
}
