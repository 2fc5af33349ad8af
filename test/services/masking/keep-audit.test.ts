// Keep audit: every value of the spec's keep table, in every notation (JSON, YAML, CLI flags and
// tables, markdown, code, XML, prose), in documents quoted in JSON, code fences, block scalars and
// CRLF lines, reaches the model unchanged: no detector match touches it and the masked text holds
// it as often as the original. Generated documents mix them with customer identifiers, which are
// still masked. Cases: keep-audit-cases.ts.
import t from 'tap'
import fc from 'fast-check'
import { detect } from '../../../services/masking/detector.js'
import { openScope } from './blackbox-helpers.js'
import { CATEGORIES, SENTENCES, WRAPPERS, notations, render, type Rendered } from './keep-audit-cases.js'

/** Over-masks left as they are: the value may as well be a customer's name, and masking wins (spec). */
const CONFLICTS: Readonly<Record<string, string>> = {
  'the database ⟦aurora-postgresql⟧ engine': 'an engine name is also a valid DB identifier',
  'the Lambda function ⟦aurora-postgresql⟧ runtime': 'a valid function name',
  'the cluster ⟦aurora-postgresql⟧ platform': 'a valid cluster name',
  'the database ⟦aurora-mysql⟧ engine': 'an engine name is also a valid DB identifier',
  'the Lambda function ⟦aurora-mysql⟧ runtime': 'a valid function name',
  'the cluster ⟦aurora-mysql⟧ platform': 'a valid cluster name',
  'the parameter ⟦aws-marketplace⟧': 'a valid SSM parameter name'
}

/** Values a detector match overlaps, as `value -> kind:matched` lines. */
function touched ({ text, spans }: Rendered): string[] {
  const matches = detect(text)
  const out: string[] = []
  for (const [s, e] of spans) {
    const hit = matches.find(m => m.start < e && m.end > s)
    if (hit !== undefined) out.push(`${text.slice(s, e)} -> ${hit.kind}:${text.slice(hit.start, hit.end)}`)
  }
  return out
}

function occurrences (text: string, value: string): number {
  let n = 0
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) n++
  return n
}

for (const category of CATEGORIES) {
  t.test(`keep: ${category.name}, in every notation and wrapper`, async tt => {
    for (const value of category.values) {
      const failures: string[] = []
      for (const marked of notations(category, value)) {
        const conflict = CONFLICTS[marked]
        const wrappers = WRAPPERS.filter(({ wrap }) => touched(render(wrap(marked))).length > 0).map(w => w.name)
        if (wrappers.length > 0 && conflict === undefined) failures.push(`${render(marked).text} (${wrappers.join(', ')})`)
        if (conflict !== undefined) tt.same(touched(render(marked)), [], marked, { todo: conflict })
      }
      tt.same(failures, [], `${value} kept`)
    }
  })
}

t.test('keep: ordinary words after the nouns, AWS documents and templates', async tt => {
  for (const marked of SENTENCES) {
    for (const { name, wrap } of WRAPPERS) tt.same(touched(render(wrap(marked))), [], `${name}: ${render(marked).text}`)
  }
})

/** Customer identifiers planted beside the keep values: they must still go. */
const CUSTOMER = ['i-0a1b2c3d4e5f67890', '123456789012', '10.0.1.23', 'arn:aws:iam::123456789012:role/deploy-bot', 'jane.doe@acme-corp.com',
  'S3 bucket acme-payroll-exports', 'sg-0123456789abcdef0', 'AKIAIOSFODNN7EXAMPLE']
const SECRET_PARTS = ['i-0a1b2c3d4e5f67890', '123456789012', '10.0.1.23', 'deploy-bot', 'jane.doe@acme-corp.com', 'acme-payroll-exports', 'sg-0123456789abcdef0', 'AKIAIOSFODNN7EXAMPLE']

const keepSnippet = fc.oneof(
  fc.constantFrom(...CATEGORIES).chain(c => fc.constantFrom(...c.values).chain(v => fc.constantFrom(...notations(c, v)))),
  fc.constantFrom(...SENTENCES)
).filter(s => CONFLICTS[s] === undefined)
const joint = fc.constantFrom('\n', '\n\n', ' ', '; ', '\n- ', '\n| ')

t.test('generated documents: keep values survive masking beside customer identifiers, which go', async tt => {
  await fc.assert(fc.asyncProperty(
    fc.array(fc.tuple(joint, fc.oneof({ arbitrary: keepSnippet, weight: 4 }, { arbitrary: fc.constantFrom(...CUSTOMER), weight: 1 })), { minLength: 1, maxLength: 12 }),
    fc.constantFrom(...WRAPPERS),
    async (parts, { wrap }) => {
      const rendered = render(wrap(parts.map(([j, s]) => j + s).join('')))
      const hits = touched(rendered)
      if (hits.length > 0) throw new Error(`touched ${hits.join('; ')} in ${JSON.stringify(rendered.text)}`)
      // a conversation that already knows the customer values: they are looked for everywhere
      const { scope, close } = await openScope()
      try {
        await scope.maskText(CUSTOMER.join('\n'))
        check(rendered, await scope.maskText(rendered.text), scope.unmaskText)
      } finally { await close() }
    }), { numRuns: 400, seed: 20261205, includeErrorInReport: true })
  tt.pass('400 generated documents')
})

function check (rendered: Rendered, masked: string, unmask: (text: string) => string): void {
  for (const [s, e] of rendered.spans) {
    const value = rendered.text.slice(s, e)
    if (occurrences(masked, value) < occurrences(rendered.text, value)) throw new Error(`${value} lost in ${JSON.stringify(masked)}`)
  }
  // keep values may hold a customer value's digits (`0.123456789012`): look for them outside those
  let rest = masked
  for (const [s, e] of rendered.spans) rest = rest.split(rendered.text.slice(s, e)).join(' ')
  for (const secret of SECRET_PARTS) if (rest.includes(secret)) throw new Error(`${secret} survived in ${JSON.stringify(masked)}`)
  if (unmask(masked) !== rendered.text) throw new Error(`no round trip for ${JSON.stringify(rendered.text)}`)
}
