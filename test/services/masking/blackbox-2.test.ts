// Black-box red team, second round: unseen, real-shaped AWS documents of other services and formats
// (test/fixtures/blackbox-2/) masked through the public API, as flat text and (JSON documents) as
// parsed values, restored in one piece and as a streamed echo. Each document lists the planted
// originals that must not survive, the values the model needs that must survive, and `extra`
// values beyond the spec's mask tables (customer domains, third-party keys), tracked as todos.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-2/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
  // JSON documents: the masked text must stay JSON, the masked value must restore deep-equal
  ['accounts.auto.tfvars.json', ['text'], 'valid-json', 'an account id held as a JSON number becomes a bare token: "id": ACCOUNT_ID_2 is not JSON. ' +
    'Left by decision: keeping the number would send an account id (spec: mask, never in clear); quoting it needs the substitution to write ' +
    'quotes and restoration to drop them (scope/masker, and a change of the byte-for-byte contract); the spec asks no JSON validity of masked ' +
    'flat text, the value is hidden and restores byte for byte, and maskJson keeps it valid JSON']
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 30)
