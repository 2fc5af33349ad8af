// CodeBuild environment variables (a project, a pipeline's action configuration, Terraform's
// `environment_variable`, `--environment-variables-override`): of type PARAMETER_STORE or
// SECRETS_MANAGER the value is not the secret but the name of the SSM parameter or secret holding it.
import type { MatchSink } from './detect-sink.js'

/**
 * `value` then its value and, next, the variable's `type` (JSON, JSON in a JSON string, HCL, the
 * CLI's `name=X,value=/p,type=PARAMETER_STORE`). Group 2 is the value, group 3 the type.
 */
const VALUE_THEN_TYPE = /value(?:\\?["'])?[ \t]*[:=][ \t]*(\\?["']|)([A-Za-z0-9_./:@+=-]{1,512})\1[ \t]*,?[ \t]*\r?\n?[ \t]*(?:\\?["'])?type(?:\\?["'])?[ \t]*[:=][ \t]*(?:\\?["'])?(PARAMETER_STORE|SECRETS_MANAGER)\b/y

/** The scanner at a word `value`: masks a parameter's or secret's name given as a CodeBuild variable's value; returns where scanning continues, or -1. */
export function handleBuildEnvValue (text: string, i: number, sink: MatchSink): number {
  VALUE_THEN_TYPE.lastIndex = i
  const m = VALUE_THEN_TYPE.exec(text)
  if (m === null || m[2].startsWith('arn:')) return -1 // an ARN is the scanner's
  const start = text.indexOf(m[2], i + 5) // within the match
  const secret = m[3] === 'SECRETS_MANAGER'
  const colon = secret ? m[2].indexOf(':') : -1 // `secret-id:json-key:version-stage`: the key and stage are no names
  const end = start + (colon > 0 ? colon : m[2].length)
  sink.push(start, end, secret ? 'secret_name' : 'ssm_parameter')
  return start + m[2].length // past the json key and stage too: `password:` there is no key of a password
}
