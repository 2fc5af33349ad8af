// Black-box red team, second round: unseen, real-shaped AWS documents of other services and formats
// (test/fixtures/blackbox-2/) masked through the public API, as flat text and (JSON documents) as
// parsed values, restored in one piece and as a streamed echo. Each document lists the planted
// originals that must not survive, the values the model needs that must survive, and `extra`
// values beyond the spec's mask tables (customer domains, third-party keys), tracked as todos.
import t, { type Test } from 'tap'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { checkDocument, cutsAroundTokens, maskDocumentText, openScope, streamed, type Expectation } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-2/', import.meta.url))

const EXPECTATIONS = JSON.parse(readFileSync(DIR + 'expectations.json', 'utf8')) as Record<string, Expectation>

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
  // JSON documents: the masked text must stay JSON, the masked value must restore deep-equal
  ['accounts.auto.tfvars.json', ['text'], 'valid-json', 'an account id held as a JSON number becomes a bare token: "id": ACCOUNT_ID_2 is not JSON. ' +
    'Left by decision: keeping the number would send an account id (spec: mask, never in clear); quoting it needs the substitution to write ' +
    'quotes and restoration to drop them (scope/masker, and a change of the byte-for-byte contract); the spec asks no JSON validity of masked ' +
    'flat text, the value is hidden and restores byte for byte, and maskJson keeps it valid JSON']
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

function check (tt: Test, doc: string, mode: string, original: string, masked: string, exp: Expectation): void {
  checkDocument(tt, KNOWN_GAPS, doc, mode, original, masked, exp)
}

/** Gap keys that name a whole-document check rather than a value. */
const CHECKS = ['roundtrip', 'valid-json']

function todo (key: string): { todo?: string } {
  const gap = KNOWN_GAPS[key]
  return gap === undefined ? {} : { todo: gap }
}

t.test('every document lists values that really occur in it', async tt => {
  tt.ok(Object.keys(EXPECTATIONS).length >= 30, 'at least 30 documents')
  for (const [doc, exp] of Object.entries(EXPECTATIONS)) {
    const text = readFileSync(DIR + doc, 'utf8')
    const absent = [...exp.mask, ...exp.keep, ...(exp.extra ?? [])].filter(v => !text.includes(v))
    tt.same(absent, [], `${doc}: every listed value occurs`)
  }
})

t.test('every known gap names a listed value of a listed document', async tt => {
  for (const key of Object.keys(KNOWN_GAPS)) {
    const [doc, mode] = key.split('|', 2) as [string, string]
    const value = key.slice(doc.length + mode.length + 2) // a value may itself hold '|'
    const exp = EXPECTATIONS[doc]
    const check = CHECKS.includes(value) && doc.endsWith('.json')
    const listed = check || (value.startsWith('keep:') ? exp?.keep.includes(value.slice(5)) : exp?.mask.includes(value))
    tt.ok(exp !== undefined && listed === true && (mode === 'text' || doc.endsWith('.json')), key)
  }
})

for (const [doc, exp] of Object.entries(EXPECTATIONS)) {
  t.test(doc, async tt => {
    const text = readFileSync(DIR + doc, 'utf8')
    const { scope, masked } = await maskDocumentText(tt, KNOWN_GAPS, doc, text, exp)

    const cuts = cutsAroundTokens(masked)
    tt.ok(cuts.length > 0, 'text: has tokens')
    tt.equal(cuts.find(c => streamed(scope, [masked.slice(0, c), masked.slice(c)], false) !== text), undefined, 'stream: every cut around a token restores the text')
    const quoted = JSON.stringify(masked)
    const quotedCuts = cutsAroundTokens(quoted)
    tt.equal(quotedCuts.find(c => JSON.parse(streamed(scope, [quoted.slice(0, c), quoted.slice(c)], true)) !== text), undefined, 'stream: inside a JSON string, every cut restores the text')

    if (!doc.endsWith('.json')) return
    tt.doesNotThrow(() => JSON.parse(masked), 'text: still valid JSON', todo(`${doc}|text|valid-json`))
    // a fresh scope: values the text pass learnt must not hide what the JSON walk misses
    const json = await openScope()
    tt.teardown(json.close)
    const value: unknown = JSON.parse(text)
    const maskedValue = await json.scope.maskJson(value)
    check(tt, doc, 'json', JSON.stringify(value, null, 4), JSON.stringify(maskedValue, null, 4), exp)
    tt.strictSame(json.scope.unmaskJson(maskedValue), value, 'json: restored deep-equal (types too)', todo(`${doc}|json|roundtrip`))
  })
}
