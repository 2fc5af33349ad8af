// An SSM hybrid activation's code kept in a PowerShell or shell variable and handed to the agent
// later (`$code = "x"`, a shell's `code=x` ... `amazon-ssm-agent.exe -register -code $code -id $id`, AWS's Windows
// script's `AmazonSSMAgentSetup.exe ... "CODE=$code"`): the code is a secret, as under
// `ActivationCode`; the activation id stays (alone it registers nothing).
import { indexWithin, type MatchSink } from './detect-sink.js'

/** `$code`, `$activationCode`, `$ssm_activation_code`: the variable's name, after its `$`. */
const CODE_VARIABLE = /^(?:ssm_?)?(?:activation_?)?code$/i
/** ` = "x"`, `='x'`, `=x`: an activation code is 20 base64 chars; placeholders (`activation-code`) have a `-`. */
const QUOTED_VALUE = /[ \t]*=[ \t]*(["']?)([A-Za-z0-9+/=]{16,64})\1(?![A-Za-z0-9+/=_-])/y
const AGENT_NAMES = ['amazon-ssm-agent', 'AmazonSSMAgentSetup', 'ssm-setup-cli']
/** How far from the assignment the agent's command may stand (a script of a few dozen lines). */
const WINDOW = 4096

/** `i`, `j`: the variable's name (after a `$`, or a shell's `code=`). Returns past the value when it is an activation code, else -1. */
export function handleActivationCodeVariable (text: string, i: number, j: number, sink: MatchSink): number {
  if (!CODE_VARIABLE.test(text.slice(i, j))) return -1
  QUOTED_VALUE.lastIndex = j
  const m = QUOTED_VALUE.exec(text)
  if (m === null) return -1
  const end = QUOTED_VALUE.lastIndex
  const from = Math.max(0, i - WINDOW)
  if (!AGENT_NAMES.some(name => indexWithin(text, name, from, end + WINDOW) >= 0)) return -1
  const valueEnd = end - m[1].length
  sink.push(valueEnd - m[2].length, valueEnd, 'api_key')
  return end
}
