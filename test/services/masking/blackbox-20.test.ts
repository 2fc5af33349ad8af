// Black-box red team, twenty-first round: prose engineers write about their AWS setup
// (test/fixtures/blackbox-20/): questions typed to an AI assistant (one careful, one in lower case
// with typos, one about CDK stacks), a Jira story with comments, a PR description, a post-mortem, a
// Slack thread with emoji and @mentions, a FinOps e-mail hard-wrapped at 72 columns, meeting notes,
// stand-up notes with lists, and a hand-over in German, French, Spanish, Portuguese and Japanese.
// Names appear after `called`, `named`, `function name`, in backticks, in parentheses, in lists,
// after a service word in French order and before a Japanese noun. AWS product names, instance
// types, zones, English compounds and library names must stay. Same checks as the earlier rounds
// (documentSuite), plus one regression test per fix in fixes-round21-*.test.ts.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-20/', import.meta.url))

// Beyond the spec's contexts, so listed under `extra`: names with no noun saying what they are
// (`back into fw-pricing-events`; `@here fw-search-indexer is stuck` and `the orders-api service` are
// masked since gaps-25, fixes-gaps-25-bare-app-names, and under `mask`), a
// lifecycle rule's and an SES configuration set's names, CDK stack and construct ids in CamelCase, an
// STS session name, an event source mapping's UUID, support case numbers.
// Found in round 21 and fixed later (fixes-gaps-22-*.test.ts), so now under `mask`: a role after a
// relative clause (`the role it uses is fw-pricing-sync-role`), a typo for the noun (`the buckt x`),
// the Spanish `clúster de ElastiCache x` (accented noun, `de` before the service), a Backup vault
// after a region or in `vault access policy on x`, a name owning a resource (`invoice-renderer's role`).

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 11)
