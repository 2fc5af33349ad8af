// Black-box red team, twenty-ninth round: IoT, edge and hybrid connectivity on AWS (test/fixtures/blackbox-28/).
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-28/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 12)
