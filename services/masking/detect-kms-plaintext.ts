// KMS plaintext a shell snippet builds: `aws kms encrypt --plaintext fileb://<(echo -n 'x')`,
// `--plaintext "$(printf '%s' 'x' | base64)"` (the flag's value is the command, the secret inside
// it), and a data key printed by `xxd` after `kms decrypt` / `generate-data-key` (`| base64 -d |
// xxd -p`: bare hex lines, or xxd's `00000000: cbf9 839e ...` dump), a digest's shape with no field.
import type { MatchSink } from './detect-sink.js'

/**
 * After `--plaintext`: `[=]`, an optional quote, a process or command substitution, `echo` or
 * `printf` with its options (printf's `'%s'` format too), then the secret, quoted or bare.
 */
const PLAINTEXT_SNIPPET = /[ \t=]{1,4}["']?(?:fileb?:\/\/)?[<$]\([ \t]{0,4}(?:echo(?:[ \t]{1,4}-[neE]{1,3}){0,2}|printf(?:[ \t]{1,4}(?:'%s'|"%s"|%s))?)[ \t]{1,4}(?:'([^'\n]{1,512})'|"([^"\n]{1,512})"|([^\s'"|;)]{1,512}))/dy

/** After `--plaintext` (ending at `j`): masks the secret a substitution echoes; -1 when none. */
export function handlePlaintextSnippet (text: string, j: number, sink: MatchSink): number {
  PLAINTEXT_SNIPPET.lastIndex = j
  const m = PLAINTEXT_SNIPPET.exec(text)
  const span = m?.indices?.[1] ?? m?.indices?.[2] ?? m?.indices?.[3]
  if (m === null || span === undefined) return -1
  sink.push(span[0], span[1], 'api_key')
  return span[1]
}

/** A KMS command printing a plaintext key on the same line, before `xxd`. */
const KMS_PLAINTEXT_COMMAND = /kms[ \t]+(?:decrypt|generate-data-key(?:-without-plaintext)?|generate-random)[ \t]|Plaintext/
/** Lines of xxd output read after the command. */
const DUMP_LINES = 32
/** `xxd -p`: a line of hex digits only. */
const PLAIN_HEX_LINE = /[0-9a-f]{2,256}(?=\r?\n|$)/y
/** xxd's default dump: offset, hex groups, then the bytes as text (the key too). */
const DUMP_LINE = /[0-9a-f]{8}: ((?:[0-9a-f]{2,4} ){1,16}[ ]{0,48}[^\n]{1,16})(?=\r?\n|$)/dy

/** At `xxd` (text[i, i + 3)) on a line that prints a KMS plaintext: masks the dump on the lines after it. */
export function handleXxdDump (text: string, i: number, sink: MatchSink): void {
  let s = i
  while (s > 0 && i - s < 512 && text.charCodeAt(s - 1) !== 10) s--
  if (!KMS_PLAINTEXT_COMMAND.test(text.slice(s, i))) return
  let p = text.indexOf('\n', i) // the command's line is short: the first newline after `xxd`
  if (p < 0 || p - i > 256) return
  p++
  for (let n = 0; n < DUMP_LINES && p < text.length; n++) {
    PLAIN_HEX_LINE.lastIndex = p
    let end = -1
    if (PLAIN_HEX_LINE.test(text)) {
      end = PLAIN_HEX_LINE.lastIndex
      ;(sink.deferred ??= []).push({ start: p, end, kind: 'api_key' })
    } else {
      DUMP_LINE.lastIndex = p
      const span = DUMP_LINE.exec(text)?.indices?.[1]
      if (span === undefined) return
      end = span[1]
      ;(sink.deferred ??= []).push({ start: span[0], end, kind: 'api_key' })
    }
    if (text.charCodeAt(end) === 13) end++
    if (text.charCodeAt(end) !== 10) return
    p = end + 1
  }
}
