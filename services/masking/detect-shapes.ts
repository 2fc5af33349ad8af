// The shapes the scanner runs, resolved once (sticky regex + handler), and the ASCII class table
// every reader uses to tell a word's chars cheaply.
import { ALTERNATIVES, type Alternative } from './detect-alternatives.js'
import type { MatchSink } from './detect-sink.js'

/** A shape ready to run: its alternative and its sticky regex (resolved once, not by name per call). */
export interface Shape { alt: Alternative, re: RegExp, notAfter: Uint8Array }
function shape (name: string): Shape {
  const alt = ALTERNATIVES[name]
  const notAfter = new Uint8Array(128) // by char code: no one-char string per attempt
  for (const ch of alt.notAfter ?? '') notAfter[ch.charCodeAt(0)] = 1
  return { alt, re: new RegExp(alt.source, 'y'), notAfter }
}
export const SHAPES = {
  url: shape('url'), arn: shape('arn'), dynamic_reference: shape('dynamic_reference'), sls_ssm: shape('sls_ssm'), ipv4: shape('ipv4'),
  account_id: shape('account_id'), access_key_id: shape('access_key_id'), session_token: shape('session_token'), ecr_token: shape('ecr_token'),
  ipv6: shape('ipv6'), key_value: shape('key_value'),
  noun: shape('noun'), self_describing_name: shape('self_describing_name'), bare_secret_key: shape('bare_secret_key'),
  email: shape('email'), aws_host: shape('aws_host'), log_group: shape('log_group'), private_key: shape('private_key'),
  elb_path: shape('elb_path'), tg_path: shape('tg_path'), encoded_arn: shape('encoded_arn'), dashed_ip_host: shape('dashed_ip_host'), s3_ls_line: shape('s3_ls_line')
}

/** Runs one shape at `pos`; returns where scanning continues, or -1 when it does not apply. */
export function attempt (shape: Shape, text: string, pos: number, sink: MatchSink): number {
  const before = text.charCodeAt(pos - 1) // NaN at 0
  if (before < 128 && shape.notAfter[before] === 1 && text.charCodeAt(pos - 2) !== 92) return -1
  const re = shape.re
  re.lastIndex = pos
  if (!re.test(text)) return -1 // test(): no match array, no substring
  return shape.alt.handle(text, pos, re.lastIndex, sink)
}

// Character classes of ASCII codes: 1 digit, 2 lower, 4 upper.
export const CLASS = new Uint8Array(128)
for (let c = 48; c <= 57; c++) CLASS[c] = 1
for (let c = 97; c <= 122; c++) CLASS[c] = 2
for (let c = 65; c <= 90; c++) CLASS[c] = 4
export const HEX = new Uint8Array(128)
for (const ch of '0123456789abcdefABCDEF') HEX[ch.charCodeAt(0)] = 1

export function cls (c: number): number { return c < 128 ? CLASS[c] : 0 }
