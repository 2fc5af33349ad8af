// Windows administration as pasted from a server: PowerShell's `ConvertTo-SecureString 'x'
// -AsPlainText`, `cmdkey /pass:x`, the password `Get-EC2PasswordData -Decrypt` prints on the next
// line, EC2Launch v2's `setAdminAccount` password (`password:` then `data: x`), the host names
// Windows and FSx give themselves (`IP-0A4D012D`, `amznfsxq7k2m4xv`), and a browser's version in a
// user agent (`Chrome/131.0.0.0`), which is no address.
import { indexWithin, type MatchSink } from './detect-sink.js'
import { fieldRole, parseValue, type FieldRole } from './detect-fields.js'
import { namingTagKey, publicAmiNameEnd } from './detect-filters.js'

/** How far along its line a command's arguments are read. */
const LINE_MAX = 512

/** `ConvertTo-SecureString [-String] 'x'`: the literal after the cmdlet (a `$variable` is none). */
const SECURE_STRING_ARG = /[ \t]{1,8}(?:-String[ \t]{1,8})?(?:'([^'\r\n]{1,256})'|"([^"$\r\n][^"\r\n]{0,255})")/iy
/** `'x' | ConvertTo-SecureString`: the literal piped into the cmdlet, at the end of the text before it. */
const PIPED_LITERAL = /(?:'([^'\r\n]{1,256})'|"([^"$\r\n][^"\r\n]{0,255})")[ \t]{0,8}\|[ \t]{0,8}$/

/**
 * At the word `ConvertTo` (text[i, i + 9)) of `ConvertTo-SecureString`: with `-AsPlainText` on the
 * line, the literal given to it (after it, or piped into it) is a password in clear. Deferred, so
 * the scan reads the line as usual; -1 always.
 */
export function handleSecureString (text: string, i: number, sink: MatchSink): number {
  if (text.slice(i, i + 22).toLowerCase() !== 'convertto-securestring') return -1
  const lineEnd = lineEndFrom(text, i)
  if (!text.slice(i + 22, lineEnd).toLowerCase().includes('-asplaintext')) return -1
  SECURE_STRING_ARG.lastIndex = i + 22
  const m = SECURE_STRING_ARG.exec(text)
  if (m !== null) {
    const value = m[1] ?? m[2]
    const end = SECURE_STRING_ARG.lastIndex - 1
    ;(sink.deferred ??= []).push({ start: end - value.length, end, kind: 'connection_secret' })
    return -1
  }
  const before = text.slice(Math.max(lineStartFrom(text, i), i - 300), i)
  const p = PIPED_LITERAL.exec(before)
  if (p !== null) {
    const value = p[1] ?? p[2]
    const start = i - before.length + p.index + 1
    ;(sink.deferred ??= []).push({ start, end: start + value.length, kind: 'connection_secret' })
  }
  return -1
}

/** `/pass:x`, `/password:x` (cmdkey, runas-like tools, `netdom /PasswordD:x`): quoted or bare. */
const SLASH_PASS_VALUE = /(?:"([^"\r\n]{1,256})"|'([^'\r\n]{1,256})'|([^\s"'*][^\s]{0,255}))/y

/**
 * At the word `pass` / `password` / `passwordd` (text[i, j)) after a `/` that follows a blank,
 * before `:`: the option's value is a password (`cmdkey /generic:TERMSRV/h /user:u /pass:x`).
 * Returns its end, or -1.
 */
export function handleSlashPass (text: string, i: number, j: number, sink: MatchSink): number {
  const c = text.charCodeAt(i - 2)
  if (c !== 32 && c !== 9) return -1
  const word = text.slice(i, j).toLowerCase()
  if (word !== 'pass' && word !== 'password' && word !== 'passwordd') return -1
  SLASH_PASS_VALUE.lastIndex = j + 1
  const m = SLASH_PASS_VALUE.exec(text)
  if (m === null) return -1
  const value = m[1] ?? m[2] ?? m[3]
  if (value.startsWith('%') || value.startsWith('$') || value.startsWith('<')) return -1 // a variable, a placeholder
  const end = SLASH_PASS_VALUE.lastIndex - (m[3] === undefined ? 1 : 0)
  sink.push(end - value.length, end, 'connection_secret')
  return SLASH_PASS_VALUE.lastIndex
}

/** The one word `Get-EC2PasswordData -Decrypt` prints: the Administrator password. */
const PRINTED_PASSWORD = /^[ \t]{0,8}([^\s]{6,128})[ \t]*$/

/**
 * At `Decrypt` or `PemFile` after a `-` on a line running `Get-EC2PasswordData`: the next line,
 * one word alone (not an error record), is the decrypted password. Deferred; -1 always.
 */
export function handleDecryptedPassword (text: string, i: number, sink: MatchSink): number {
  const start = lineStartFrom(text, i)
  if (!text.slice(start, i).toLowerCase().includes('get-ec2passworddata')) return -1
  const end = lineEndFrom(text, i)
  if (end >= text.length) return -1
  const next = end + 1
  const nextEnd = lineEndFrom(text, next)
  const line = text.slice(next, nextEnd).replace(/\r$/, '')
  const m = PRINTED_PASSWORD.exec(line)
  if (m === null || /^(?:PS|Get-EC2PasswordData)\b/.test(m[1]) || m[1].includes('>')) return -1
  const at = next + line.indexOf(m[1])
  ;(sink.deferred ??= []).push({ start: at, end: at + m[1].length, kind: 'connection_secret' })
  return -1
}

/**
 * EC2Launch v2's `setAdminAccount`: `password:` on a line of its own, then `type: static` and
 * `data: x` indented under it. At the word `data` (before `:`), the value is masked when the
 * closest less-indented line above it within three lines is `password:`. Returns the value's end, or -1.
 */
export function handleYamlPasswordData (text: string, i: number, sink: MatchSink): number {
  const start = lineStartFrom(text, i)
  if (text.slice(start, i).trim() !== '') return -1
  const indent = i - start
  let lineEnd = start - 1
  for (let n = 0; n < 3 && lineEnd > 0; n++) {
    const ls = lineStartFrom(text, lineEnd)
    const line = text.slice(ls, lineEnd).replace(/\r$/, '')
    const lead = line.length - line.trimStart().length
    if (lead < indent) {
      if (line.trim() !== 'password:') return -1
      let v = i + 5
      while (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9) v++
      const value = parseValue(text, v)
      if (value === null || value.end === value.start) return -1
      sink.push(value.start, value.end, 'connection_secret')
      return value.next
    }
    lineEnd = ls - 1
  }
  return -1
}

/** A Windows host named after its address in hex (`IP-0A4D012D`, AWS Managed AD's domain controllers, old EC2 defaults). */
export function handleHexIpHost (text: string, i: number, sink: MatchSink): number {
  const from = i + 3
  for (let k = from; k < from + 8; k++) if (!isHex(text.charCodeAt(k))) return -1
  const c = text.charCodeAt(from + 8)
  if (isAlnum(c) || c === 45 || !/[0-9]/.test(text.slice(from, from + 8))) return -1
  sink.push(i, from + 8, 'aws_hostname')
  return from + 8
}

/** FSx for Windows' file server name, `amznfsx` and 8 letters or digits (`amznfsxq7k2m4xv.corp.example.com`). */
export function handleFsxHost (text: string, i: number, j: number, sink: MatchSink): number {
  if (j - i !== 15 || !text.startsWith('amznfsx', i)) return -1
  sink.push(i, j, 'aws_hostname')
  return j
}

/** Products of a user agent whose version has four parts, as an address has (`Chrome/131.0.0.0`). */
const BROWSER_PRODUCTS = new Set(['Chrome', 'Chromium', 'HeadlessChrome', 'CriOS', 'Edg', 'EdgA', 'EdgiOS', 'OPR', 'YaBrowser',
  'SamsungBrowser', 'Vivaldi', 'Brave', 'Electron', 'Version', 'MSIE', 'Trident'])

/** At a number after `/`: when a browser's product name is before the `/`, the end of its dotted version, else -1. */
export function browserVersionEnd (text: string, i: number): number {
  let s = i - 1
  while (s > 0 && i - s <= 16 && isLetter(text.charCodeAt(s - 1))) s--
  if (!BROWSER_PRODUCTS.has(text.slice(s, i - 1))) return -1
  let e = i
  while (e < text.length && e - i <= 24 && (isDigitCode(text.charCodeAt(e)) || text.charCodeAt(e) === 46)) e++
  return e
}

function lineStartFrom (text: string, i: number): number {
  let s = i
  while (s > 0 && i - s < LINE_MAX && text.charCodeAt(s - 1) !== 10) s--
  return s
}

function lineEndFrom (text: string, i: number): number {
  const nl = indexWithin(text, '\n', i, i + LINE_MAX + 1) // bounded: an unbounded search is quadratic on a long single-line text
  return nl < 0 ? Math.min(text.length, i + LINE_MAX) : nl
}

function isHex (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
}

function isLetter (c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isDigitCode (c: number): boolean {
  return c >= 48 && c <= 57
}

function isAlnum (c: number): boolean {
  return isLetter(c) || isDigitCode(c)
}

/**
 * The scanner's one call for these readers, at the word text[i, j) (`first` its first char,
 * `prev` / `after` the chars around it): each checks its cheap shape first. Returns where scanning
 * goes on, or -1.
 */
export function handleWindowsWord (text: string, i: number, j: number, first: number, prev: number, after: number, sink: MatchSink): number {
  const len = j - i
  if (len === 9 && after === 45 && (first === 67 || first === 99)) return handleSecureString(text, i, sink)
  if (prev === 47 && after === 58 && (first === 112 || first === 80) && len >= 4 && len <= 9) return handleSlashPass(text, i, j, sink)
  if (prev === 45 && len === 7 && (first === 68 || first === 80) && (text.startsWith('Decrypt', i) || text.startsWith('PemFile', i))) return handleDecryptedPassword(text, i, sink)
  if (len === 4 && after === 58 && first === 100 && text.startsWith('data', i)) return handleYamlPasswordData(text, i, sink)
  if (len === 2 && after === 45 && (first | 32) === 105 && (text.charCodeAt(i + 1) | 32) === 112) return handleHexIpHost(text, i, sink)
  if (len === 15 && first === 97) return handleFsxHost(text, i, j, sink)
  return -1
}

/** Windows event XML's elements whose `Name` attribute names a field or a provider (`<Data Name="IpPort">`): no resource. */
const EVENT_NAME_ELEMENT = /<(?:Data|Provider|Param|Property|EventData|Binary)[ \t]{1,4}$/
/** The last cmdlet before a `-Name` parameter in its pipeline segment (`Set-ItemProperty IIS:\x -Name y`). */
const CMDLET_BEFORE = /(?:^|[\s|;(>+"'])([A-Z][a-z]{1,11})-([A-Za-z0-9]{2,40})\b[^|;\r\n]*$/
/** AWS Tools for PowerShell's nouns start with the service's prefix in capitals (`EC2Instance`, `SSMParameter`, `S3Object`, `IAMRole`). */
const AWS_CMDLET_NOUN = /^[A-Z0-9]{2,}[A-Z][a-z]|^(?:AWS|EC2|S3|SSM|IAM|KMS)/
/** Keys that name an image (`AMIName`, `ImageName`): AWS's public Windows and Linux images stay. */
const IMAGE_NAME_KEY = /^(?:ami_?name|image_?name)$/i

/**
 * A `Name` that is no resource's: an attribute of event XML, a `-Name` parameter of a cmdlet that
 * is not AWS's; or an AMI name AWS publishes; a registry export's secret in binary (`"Password"=hex:…`),
 * masked whole. Returns -1 (nothing to mask, scan on), the end of a kept or masked value, or -2
 * when the key is not one of these.
 */
export function windowsKeptValue (text: string, start: number, end: number, key: string, sink: MatchSink): number {
  if (text.startsWith('hex', end) && text.charCodeAt(start - 1) === 34) return regHexSecret(text, end, key, sink)
  if (key === 'Name') {
    const c = text.charCodeAt(start - 1)
    if ((c === 32 || c === 9) && EVENT_NAME_ELEMENT.test(text.slice(Math.max(0, start - 16), start))) return -1
    if (c === 45) {
      const m = CMDLET_BEFORE.exec(text.slice(Math.max(lineStartFrom(text, start), start - 300), start - 1))
      if (m !== null && !AWS_CMDLET_NOUN.test(m[2])) return -1
    }
    return -2
  }
  if (key.length < 7 || key.length > 10 || (key.charCodeAt(key.length - 1) | 32) !== 101 || !IMAGE_NAME_KEY.test(key)) return -2 // cheap first: every key passes here
  const kept = publicAmiNameEnd(text, end)
  return kept >= 0 ? kept : -2
}

/** A `Name` tag's value: the resource's name. */
const NAME_TAG: FieldRole = { kind: 'resource_name', role: 'name' }

/** At most this many rows of a `Key Value` table are read. */
const TAG_TABLE_ROWS = 200

/**
 * PowerShell's table of tags (`(Get-EC2Instance x).Instances.Tags`): `Key` and `Value` columns
 * over dashes, a row's value a name when its key says so (`aws:cloudformation:stack-name`,
 * `aws:autoscaling:groupName`) or is `Name`. `header` is the title line,
 * `groups` the dash runs (offsets in the line), `eol` the underline's end. Deferred.
 */
export function handleTagTable (text: string, header: string, groups: Array<[number, number]>, eol: number, sink: MatchSink): void {
  if (groups.length !== 2 || header.slice(groups[0][0], groups[0][1]).trim() !== 'Key' || header.slice(groups[1][0]).trim() !== 'Value') return
  let rowStart = eol + 1
  for (let rows = 0; rowStart < text.length && rows < TAG_TABLE_ROWS; rows++) {
    let rowEnd = text.indexOf('\n', rowStart)
    if (rowEnd < 0 || rowEnd - rowStart > 4096) rowEnd = Math.min(text.length, rowStart + 4096)
    const row = text.slice(rowStart, rowEnd).replace(/\r$/, '')
    if (row.trim() === '') break
    const key = row.slice(0, groups[1][0]).trim()
    const value = row.slice(groups[1][0]).trim()
    const role = key === 'Name' ? NAME_TAG : key.includes(':') ? namingTagKey(key) : null
    if (role !== null && value !== '' && !/\s/.test(value) && !value.startsWith('arn:')) {
      const at = rowStart + groups[1][0] + row.slice(groups[1][0]).indexOf(value)
      ;(sink.deferred ??= []).push({ start: at, end: at + value.length, kind: role.kind })
    }
    rowStart = rowEnd + 1
  }
}

/** At most this many chars of a registry value's hex bytes are read. */
const REG_HEX_MAX = 65_536

/**
 * A `.reg` export's binary value, `"Key"=hex:01,00,…` (`hex(2):` too, lines continued with `\`),
 * at `pos` (the `hex`): under a secret's key (`EncryptedPassword`, `SecretKey`) its bytes are masked
 * whole, `hex:` stays. Returns their end, or -2.
 */
function regHexSecret (text: string, pos: number, key: string, sink: MatchSink): number {
  const role = fieldRole(key)
  if (role === null || role.role !== 'secret') return -2
  let from = pos + 3
  if (text.charCodeAt(from) === 40) from += 3 // `hex(2):`
  if (text.charCodeAt(from) !== 58) return -2
  from++
  let k = from
  const limit = Math.min(text.length, from + REG_HEX_MAX)
  while (k < limit) {
    const c = text.charCodeAt(k)
    if (isHex(c) || c === 44) k++
    else if (c === 92 && (text.charCodeAt(k + 1) === 10 || text.charCodeAt(k + 1) === 13)) { // `\` then the next line's indent
      let n = k + 1
      while (n < limit && (text.charCodeAt(n) === 10 || text.charCodeAt(n) === 13 || text.charCodeAt(n) === 32)) n++
      if (!isHex(text.charCodeAt(n))) break
      k = n
    } else break
  }
  while (k > from && text.charCodeAt(k - 1) === 44) k--
  if (k - from < 2) return -2
  sink.push(from, k, role.kind)
  return k
}
