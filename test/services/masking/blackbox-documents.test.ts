// Black-box red team: unseen, real-shaped AWS documents (test/fixtures/blackbox/) masked through
// the public API, as flat text and (JSON documents) as parsed values. Each document lists the
// planted originals that must not survive, the values the model needs that must survive, and
// `extra` values beyond the spec's mask tables (customer domains, third-party keys), tracked as todos.
import t, { type Test } from 'tap'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { checkDocument, maskDocumentText, openScope, type Expectation } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox/', import.meta.url))

const EXPECTATIONS = JSON.parse(readFileSync(DIR + 'expectations.json', 'utf8')) as Record<string, Expectation>

/** Known gaps, by `document|mode|value` (mode: text or json): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

function check (tt: Test, doc: string, mode: string, original: string, masked: string, exp: Expectation): void {
  checkDocument(tt, KNOWN_GAPS, doc, mode, original, masked, exp)
}

t.test('every document lists values that really occur in it', async tt => {
  tt.ok(Object.keys(EXPECTATIONS).length >= 25, 'at least 25 documents')
  for (const [doc, exp] of Object.entries(EXPECTATIONS)) {
    const text = readFileSync(DIR + doc, 'utf8')
    const absent = [...exp.mask, ...exp.keep, ...(exp.extra ?? [])].filter(v => !text.includes(v))
    tt.same(absent, [], `${doc}: every listed value occurs`)
  }
})

for (const [doc, exp] of Object.entries(EXPECTATIONS)) {
  t.test(doc, async tt => {
    const text = readFileSync(DIR + doc, 'utf8')
    await maskDocumentText(tt, KNOWN_GAPS, doc, text, exp)
    if (!doc.endsWith('.json')) return
    // a fresh scope: values the text pass learnt must not hide what the JSON walk misses
    const json = await openScope()
    tt.teardown(json.close)
    const value: unknown = JSON.parse(text)
    const maskedValue = await json.scope.maskJson(value)
    check(tt, doc, 'json', JSON.stringify(value, null, 4), JSON.stringify(maskedValue, null, 4), exp)
    tt.strictSame(json.scope.unmaskJson(maskedValue), value, 'json: restored exactly, types included')
  })
}
