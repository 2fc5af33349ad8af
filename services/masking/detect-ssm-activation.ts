// An SSM hybrid activation's code kept in a PowerShell or shell variable and handed to the agent
// later (`$code = "x"`, a shell's `code=x` ... `amazon-ssm-agent.exe -register -code $code -id $id`, AWS's Windows
// script's `AmazonSSMAgentSetup.exe ... "CODE=$code"`): the code is a secret, as under
// `ActivationCode`; the activation id stays (alone it registers nothing).
import type { MatchSink } from './detect-sink.js'

/** `$code`, `$activationCode`, `$ssm_activation_code`: the variable's name, after its `$`. */
const CODE_VARIABLE = /^(?:ssm_?)?(?:activation_?)?code$/i
/** ` = "x"`, `='x'`, `=x`: an activation code is 20 base64 chars; placeholders (`activation-code`) have a `-`. */
const QUOTED_VALUE = /[ \t]*=[ \t]*(["']?)([A-Za-z0-9+/=]{16,64})\1(?![A-Za-z0-9+/=_-])/y
const AGENT_NAMES = ['amazon-ssm-agent', 'AmazonSSMAgentSetup', 'ssm-setup-cli']
/** How far from the assignment the agent's command may stand (a script of a few dozen lines). */
const WINDOW = 4096

/** Where the agent's names stand in the text being scanned: found once per scan (a text of many `$code = ...` lines costs one pass). */
const agentPositions = new WeakMap<MatchSink, number[]>()

function agentNear (text: string, from: number, to: number, sink: MatchSink): boolean {
  let at = agentPositions.get(sink)
  if (at === undefined) {
    at = []
    for (const name of AGENT_NAMES) for (let p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + name.length)) at.push(p)
    at.sort((a, b) => a - b)
    agentPositions.set(sink, at)
  }
  let lo = 0
  let hi = at.length
  while (lo < hi) { // the first position at or after `from`
    const mid = (lo + hi) >> 1
    if (at[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo < at.length && at[lo] < to
}

/** `i`, `j`: the variable's name (after a `$`, or a shell's `code=`). Returns past the value when it is an activation code, else -1. */
export function handleActivationCodeVariable (text: string, i: number, j: number, sink: MatchSink): number {
  if (!CODE_VARIABLE.test(text.slice(i, j))) return -1
  QUOTED_VALUE.lastIndex = j
  const m = QUOTED_VALUE.exec(text)
  if (m === null) return -1
  const end = QUOTED_VALUE.lastIndex
  if (!agentNear(text, i - WINDOW, end + WINDOW, sink)) return -1
  const valueEnd = end - m[1].length
  sink.push(valueEnd - m[2].length, valueEnd, 'api_key')
  return end
}
