// Credentials of other services that AWS material carries (a CodeBuild env, an alarm's Slack
// webhook, a Lambda's config, an engineer's pasted Anthropic key): masked as `api_key` by their
// published prefixes, which nothing else shares. A prefix alone is no key: the random part must
// have the issuer's length and mix cases and digits, so `sk-learn-...` or `ghp_docs` stay.
import type { MatchSink } from './detect-sink.js'
import { WordSet } from './detect-sink.js'

/** The word before the first `-` or `_` of each shape (the scanner's words are alphanumeric; SendGrid's `SG.` is the caller's). */
export const THIRD_PARTY_HEADS = new WordSet(['xoxb', 'xoxp', 'xoxa', 'xoxe', 'xoxs', 'xoxr', 'ghp', 'gho', 'ghu', 'ghs', 'ghr',
  'github', 'glpat', 'sk', 'rk', 'whsec', 'npm', 'hvs', 'hvb', 'hvr', 'da2'])

// Each sticky at the word's start; `(?![A-Za-z0-9_-])`: the key ends where the issuer's alphabet does.
const SHAPES: RegExp[] = [
  /xox[bpaesr]-[0-9]{6,15}-[A-Za-z0-9-]{8,200}(?![A-Za-z0-9_-])/y, // Slack bot / user / app tokens
  /gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_-])/y, // GitHub
  /github_pat_[A-Za-z0-9_]{50,240}(?![A-Za-z0-9-])/y,
  /glpat-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])/y, // GitLab
  /[sr]k_(?:live|test)_[A-Za-z0-9]{20,247}(?![A-Za-z0-9_-])/y, // Stripe secret / restricted keys
  /whsec_[A-Za-z0-9+/]{24,128}={0,2}(?![A-Za-z0-9_-])/y, // Stripe webhook signing secrets
  /npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_-])/y,
  /hv[sbr]\.[A-Za-z0-9_-]{24,400}(?![A-Za-z0-9_-])/y, // HashiCorp Vault service, batch and recovery tokens (`vault login`'s `token hvs.CAES...`)
  /SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/y, // SendGrid
  /sk-ant-(?:api|admin|oat|ort)[0-9]{2}-[A-Za-z0-9_-]{32,200}(?![A-Za-z0-9_-])/y, // Anthropic
  /sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{40,200}(?![A-Za-z0-9_-])/y, // OpenAI
  /da2-[a-z0-9]{26}(?![A-Za-z0-9_-])/y // AppSync API keys (lower case and digits, as Slack's)
]
/** Issuers whose keys are lower case and digits only: a digit in the random part is enough. */
const LOWER_CASE_HEADS = /^(?:xox|da2-)/
/** An incoming webhook's path after `hooks.slack.com/services/`: the workspace, the channel and the secret that lets anyone post there. */
const SLACK_WEBHOOK = /T[A-Z0-9]{6,12}\/[A-Za-z0-9]{6,16}\/[A-Za-z0-9]{16,40}(?![A-Za-z0-9_-])/y
const GOOGLE_API_KEY = /AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/y

/** A generated secret mixes lower case, upper case and digits (`sk-proj-...`), where a slug or a word does not (the prefix gives the lower case). */
function looksGenerated (text: string, start: number, end: number): boolean {
  let lower = 0
  let upper = 0
  let digit = 0
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c >= 97 && c <= 122) lower++
    else if (c >= 65 && c <= 90) upper++
    else if (c >= 48 && c <= 57) digit++
  }
  return lower > 0 && upper > 0 && digit > 0
}

function hasDigit (text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) return true
  return false
}

/** A third-party credential starting at `i` (its head word is in THIRD_PARTY_HEADS): the end of what was masked, or -1. */
export function thirdPartyKeyAt (text: string, i: number, sink: MatchSink): number {
  for (const re of SHAPES) {
    re.lastIndex = i
    if (!re.test(text)) continue
    const end = re.lastIndex
    if (!looksGenerated(text, i, end) && !(LOWER_CASE_HEADS.test(text.slice(i, i + 4)) && hasDigit(text, i + 4, end))) return -1
    sink.push(i, end, 'api_key')
    return end
  }
  return -1
}

/** `hooks.slack.com/services/T.../B.../...`: `i` is at the word after `hooks.slack.com/` (the caller checked it). */
export function slackWebhookAt (text: string, i: number, j: number, sink: MatchSink): number {
  SLACK_WEBHOOK.lastIndex = j + 1
  if (!SLACK_WEBHOOK.test(text)) return -1
  sink.push(j + 1, SLACK_WEBHOOK.lastIndex, 'api_key')
  return SLACK_WEBHOOK.lastIndex
}

/** `AIza...`: a Google API key (Maps, Firebase, Gemini), 39 chars. */
export function googleApiKeyAt (text: string, i: number, sink: MatchSink): number {
  GOOGLE_API_KEY.lastIndex = i
  if (!GOOGLE_API_KEY.test(text)) return -1
  sink.push(i, GOOGLE_API_KEY.lastIndex, 'api_key')
  return GOOGLE_API_KEY.lastIndex
}
