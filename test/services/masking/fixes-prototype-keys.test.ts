// Words that name Object.prototype's members (`constructor`, `toString`, `__proto__`, ...) read
// as a field, a noun, an ARN's service or type, a host label or an env var's noun reached plain
// objects' prototypes through the detector's lookup tables: `constructor: foo-bar-12` (a line
// of JavaScript) threw inside masking and the request failed. Every template here must mask
// without throwing and restore byte for byte; the masked text of a name is checked too.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

const MEMBERS = Object.getOwnPropertyNames(Object.prototype)
const TEMPLATES = [
  (p: string) => `${p}: foo-bar-12`, (p: string) => `{"${p}": "abc123xyz", "${p}Name": "q-1"}`, (p: string) => `${p} = "y-1"`,
  (p: string) => `${p.toUpperCase()}=x-2`, (p: string) => `export ORDERS_${p.toUpperCase()}=orders-2`,
  (p: string) => `arn:aws:${p}:us-east-1:123456789012:${p}/x-1`, (p: string) => `arn:aws:iam::123456789012:${p}/ci-2`,
  (p: string) => `https://${p}.x1.us-east-1.amazonaws.com/${p}`, (p: string) => `the ${p} foo-bar-1 and the ${p.toLowerCase()} bar-2`,
  (p: string) => `/aws/${p}/x-1`, (p: string) => `${p}-0abc12345`, (p: string) => `https://console.aws.amazon.com/${p}/home#/${p}/x-1`,
  (p: string) => `<${p}>x-1</${p}>`, (p: string) => `resource "aws_${p}" "x" {\n  ${p} = "y-2"\n}`, (p: string) => `--${p} z-3 --${p}-name z-4`,
  (p: string) => `| ${p} | x-1 |\n|---|---|\n| ${p} | y-2 |`, (p: string) => `${p}/x-1 in Secrets Manager`, (p: string) => `"${p}":{"Name":"x-1"}`
]

t.test('Object.prototype member names in every reader\'s place mask without throwing and restore exactly', async (t) => {
  const masked = roundTripMasker(t)
  let failures = 0
  for (const member of [...MEMBERS, ...MEMBERS.map(m => m.toLowerCase())]) {
    for (const template of TEMPLATES) {
      const text = template(member)
      try {
        await masked(text)
      } catch (err) {
        failures++
        t.fail(`${JSON.stringify(text)}: ${(err as Error).message}`)
      }
    }
  }
  t.equal(failures, 0)
})

t.test('a field named constructor still has its value read as any unknown field\'s', async (t) => {
  const masked = roundTripMasker(t)
  t.equal(await masked('constructor: foo-bar-12'), 'constructor: foo-bar-12')
  t.equal(await masked('{"constructor": "i-0a1b2c3d4e5f67890"}'), '{"constructor": "EC2_INSTANCE_1"}')
})
