// Black-box red team, ninth round: kinds of AWS material the earlier rounds lack
// (test/fixtures/blackbox-8/).
// Same checks as the earlier rounds (documentSuite), plus one regression test per fix in
// fixes-round9-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-8/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra` (the proxy corpus test asserts every `mask`
// value): names the document masks elsewhere that also stand glued into a longer word no context
// names (a bucket and a user at the end of a Prowler finding id, a canary name before `-4a1` in an
// S3 key); a learned value is replaced only where it stands alone (known-values.ts).
/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
  ['cdk-diff.txt', ['text'], 'keep:${ReconcilerFn/ServiceRole.Arn}', 'the construct id after `AWS::Lambda::Function` is read as a function name'],
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 25)
