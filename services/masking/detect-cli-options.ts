// The AWS CLI's global options read back from a service word: `aws --profile prod --endpoint-url=http://localhost:4566 lambda`
// is still a command (its subcommand no resource's name).
import { indexWithin } from './detect-sink.js'

/** Options read back between `aws` and its service (`aws --profile prod --endpoint-url=http://localhost:4566 lambda`). */
const GLOBAL_OPTIONS_MAX = 6
/** Longest option or option value read back. */
const OPTION_WORD_MAX = 120

/** Where the word before a run of `--option[=value]` / `--option value` words ending at `end` ends; -1 when no option ends there. */
export function beforeGlobalOptions (text: string, end: number): number {
  let pos = end
  for (let n = 0; n < GLOBAL_OPTIONS_MAX; n++) {
    let s = wordStartBefore(text, pos)
    if (s === pos) break
    if (!text.startsWith('--', s)) { // the value of the option before it (`--profile prod`)?
      const option = wordStartBefore(text, spacesBefore(text, s))
      if (!text.startsWith('--', option) || indexWithin(text, '=', option, s) >= 0 || spacesBefore(text, s) === s) break
      s = option
    }
    pos = spacesBefore(text, s)
    if (pos === s) return -1
  }
  return pos === end ? -1 : pos
}

function wordStartBefore (text: string, end: number): number {
  let s = end
  while (s > 0 && end - s < OPTION_WORD_MAX && !isBlankCode(text.charCodeAt(s - 1))) s--
  return s
}

function spacesBefore (text: string, pos: number): number {
  let p = pos
  while (p > 0 && pos - p < 8 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--
  return p
}

function isBlankCode (c: number): boolean { return c === 32 || c === 9 || c === 10 || c === 13 }
