// The shapes the scanner knows: a regex source (run sticky at a candidate position) and a
// handler that validates it and emits matches. A handler returns where scanning continues,
// or -1 to let the next candidate shape try the same position.
import { ACCESS_KEY_PREFIXES, MEASURE_KEY, SESSION_TOKEN_PREFIXES } from './catalogue.js'
import type { MatchSink } from './detect-sink.js'
import { KIND_LABELS } from './token-format.js'
import { ipv4Kind, ipv6Kind, mayBeIpv6 } from './detect-ip.js'

import { ECS_METADATA_HOST, URL_SOURCE, handleUrl, maskEcsTaskId } from './detect-url.js'
import { ARN_SOURCE, ENCODED_ARN_SOURCE, handleArn, handleEncodedArn } from './detect-arn.js'
import { AWS_SUFFIX_SOURCE } from './detect-host.js'
import { LOG_GROUP_SOURCE, maskLogGroupName } from './detect-loggroup.js'
import { KV_SOURCE, handleKeyValue } from './detect-kv.js'
import { NOUN_SOURCE, SELF_NAME_SOURCE, handleNoun } from './detect-prose.js'
import { selfDescribingKind } from './prose-noun-kind.js'
import { handleBareHost, handleEmail } from './detect-backward.js'

/** A port number after an IPv6 address. */
const PORT = /^[0-9]{2,5}$/

export interface Alternative {
  name: string
  source: string
  handle: (text: string, start: number, end: number, sink: MatchSink) => number
  /** Characters that must not stand right before a match (checked cheaply instead of a lookbehind). */
  notAfter?: string
}

/** An alternative whose whole match is one identifier of a fixed kind. */
function whole (name: string, source: string, kind: string, notAfter = ''): Alternative {
  return { name, source, notAfter, handle: (_t, s, e, sink) => { sink.push(s, e, kind); return e } }
}

const SESSION_AFTER_ID = /:[A-Za-z0-9+=,.@_-]{2,64}/y
/** What follows a key: `= value`, `: value` (a host:port has no space after the colon). */
const KEY_AFTER = /\\?["']?[ \t]*(=(?!=)|:(?:[ \t\r\n"']|$))/y
const LINE_HEAD = /(?:^|[\n{,])[ \t]*(?:- )?\\?["']?$/

/** `x_db = 1` anywhere; `x_db: 1` only where a key stands (line head, after `{`/`,`, quoted). */
function isKeyAt (t: string, s: number, e: number): boolean {
  KEY_AFTER.lastIndex = e
  const m = KEY_AFTER.exec(t)
  return m !== null && (m[1] === '=' || LINE_HEAD.test(t.slice(Math.max(0, s - 40), s)))
}
/** `version 10.1.2.3`, `v10.1.2.3`: the word must stand alone (`...KEYV 10.1.2.3` is an address after a key); `node 10.1.2.3` is a node's address (Node.js and Python versions have three parts). */
const VERSION_BEFORE = /(?<![A-Za-z0-9_])(?:version|release|ver|engine|v)[\s:=@]*$/i

const LIST: Alternative[] = [
  whole('token_literal', `(?:${KIND_LABELS.join('|')})_[1-9][0-9]*(?![0-9])`, 'token_literal'),
  whole('private_key',
    // PEM private keys (a PGP one's armour says BLOCK), and OpenVPN's static key (`<tls-auth>`, `<tls-crypt>`: a shared secret)
    '-----BEGIN (?:(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V1)-----(?:[\\s\\S]{0,20000}?-----END (?:(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V1)-----|[A-Za-z0-9+/=\\s\\\\]*)',
    'private_key'),
  { name: 'url', source: URL_SOURCE, handle: handleUrl, notAfter: '+.-' },
  { name: 'arn', source: ARN_SOURCE, handle: handleArn },
  {
    // CloudFormation dynamic references: {{resolve:secretsmanager:prod/db/creds}}, {{resolve:ssm:/app/url}}
    name: 'dynamic_reference',
    source: 'resolve:(?:ssm-secure|ssm|secretsmanager):(?!arn:)[A-Za-z0-9/_.+=@-]+',
    handle: (t, s, e, sink) => {
      const nameStart = t.indexOf(':', s + 8) + 1
      const secret = t.startsWith('resolve:secretsmanager', s)
      if (!secret && t.startsWith('/aws/', nameStart)) return e // AWS's public parameters: no customer names one under `aws`
      sink.push(nameStart, e, secret ? 'secret_name' : 'ssm_parameter')
      return e
    }
  },
  {
    // Serverless Framework variables: ${ssm:/app/stripe-key}, ${ssm:/aws/reference/secretsmanager/app/db}
    name: 'sls_ssm',
    source: 'ssm:(?!arn:)(?:/aws/reference/secretsmanager/)?[A-Za-z0-9/_.+=@-]{1,1011}',
    handle: (t, s, e, sink) => {
      const secret = t.startsWith('/aws/reference/secretsmanager/', s + 4)
      sink.push(secret ? s + 34 : s + 4, e, secret ? 'secret_name' : 'ssm_parameter')
      return e
    }
  },
  {
    // ELB resource ids outside ARNs (ENI descriptions, access logs): app/<name>/<16 hex>, and
    // app.<name>.<16 hex> in access-log file names (..._elasticloadbalancing_<region>_app.<name>.<id>_<time>_...)
    name: 'elb_path',
    source: '(?:app|net|gwy)([/.])[A-Za-z0-9-]{1,32}\\1[0-9a-f]{16}(?![A-Za-z0-9])',
    notAfter: '/:',
    handle: (t, s, e, sink) => { sink.push(s + 4, e - 17, 'load_balancer'); sink.push(e - 16, e, 'load_balancer'); return e }
  },
  {
    // The ARN suffix of a target group (CloudWatch's `TargetGroup` dimension, ALB logs): `targetgroup/<name>/<16 hex>`
    name: 'tg_path',
    source: 'targetgroup/[A-Za-z0-9-]{1,32}/[0-9a-f]{16}(?![A-Za-z0-9])',
    notAfter: '/:',
    handle: (t, s, e, sink) => { sink.push(s + 12, e - 17, 'resource_name'); sink.push(e - 16, e, 'target_group'); return e }
  },
  {
    // Bare EC2 host names (`ip-10-0-1-23` in syslog, prompts): the address they embed
    name: 'dashed_ip_host',
    source: '(?:ip|ec2)-[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,3}(?![A-Za-z0-9_-])',
    notAfter: '-./',
    handle: (t, s, e, sink) => {
      const from = t.indexOf('-', s) + 1
      const kind = ipv4Kind(t, from, e, 45)
      if (kind === null) return -1
      sink.push(from, e, kind)
      return e
    }
  },
  {
    // `aws s3 ls` lists buckets as `2023-01-04 10:22:13 bucket-name`, one a line; a plain word
    // there (`... 06:13:20 shutdown`) is more likely a log line
    name: 's3_ls_line',
    source: '[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} (?=[a-z]*[0-9.-])[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](?=\\r?\\n|$)',
    handle: (t, s, e, sink) => { sink.push(s + 20, e, 's3_bucket'); return e }
  },
  { name: 'encoded_arn', source: ENCODED_ARN_SOURCE, handle: handleEncodedArn },
  { name: 'log_group', source: LOG_GROUP_SOURCE, handle: (t, s, e, sink) => { maskLogGroupName(t, s, e, sink); return e } },
  { name: 'aws_host', source: `(?<=[A-Za-z0-9-])${AWS_SUFFIX_SOURCE}`, handle: handleBareHost },
  { name: 'email', source: '(?<=[A-Za-z0-9_%+-])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![A-Za-z0-9-])', handle: handleEmail },
  {
    name: 'access_key_id',
    source: `(?:${ACCESS_KEY_PREFIXES.join('|')})[A-Z0-9]{16,17}(?![A-Za-z0-9])`,
    handle: (t, s, e, sink) => {
      sink.push(s, e, 'access_key_id')
      // CloudTrail principalId `AROA...:session-name`: the session name is a person or job.
      SESSION_AFTER_ID.lastIndex = e
      if (!SESSION_AFTER_ID.test(t)) return e
      sink.push(e + 1, SESSION_AFTER_ID.lastIndex, 'resource_name')
      return SESSION_AFTER_ID.lastIndex
    }
  },
  whole('session_token', `(?:${SESSION_TOKEN_PREFIXES.join('|')})[A-Za-z0-9/+=%]*`, 'session_token', '/+'),
  // ECR authorization tokens (`aws ecr get-login-password`, `docker login -p ...`): base64 of `{"payload":"`
  whole('ecr_token', 'eyJwYXlsb2FkIjoi[A-Za-z0-9/+=]{16,}', 'api_key', '/+'),
  {
    // `_` may stand on either side: file names embed addresses (ELB logs `..._20250212T0615Z_10.0.1.5_2k9x.log.gz`)
    name: 'ipv4',
    notAfter: '.',
    // no `.digit` after it (a version, an OID), save tcpdump's `.port` before ` >` or `:` (`10.0.1.5.43190 > 10.0.2.9.5432:`)
    source: '[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?![A-Za-z0-9]|\\.(?![0-9]{1,5}(?: >|:))[0-9])',
    handle: (t, s, e, sink) => {
      const kind = ipv4Kind(t, s, e)
      if (kind !== null && !VERSION_BEFORE.test(t.slice(Math.max(0, s - 40), s))) sink.push(s, e, kind)
      return kind === null && e - s === 13 && t.startsWith(ECS_METADATA_HOST, s) ? maskEcsTaskId(t, e, sink) : e // `169.254.170.2/v4/<task id>-1`
    }
  },
  {
    name: 'ipv6',
    notAfter: '_:.',
    // 39 chars at most, and `:port`; a `.digit` after it is an embedded IPv4's, save tcpdump's `.port` (`2600:…:e6c5.5432:`)
    source: '[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]{2,44}(?![A-Za-z0-9_:]|\\.(?![0-9]{1,5}(?![0-9.]))[0-9])',
    handle: (t, s, e, sink) => {
      const ipv6At = (end: number): string | null => mayBeIpv6(t, s, end) ? ipv6Kind(t.slice(s, end)) : null
      const kind = ipv6At(e)
      if (kind !== null) {
        sink.push(s, e, kind)
        return e
      }
      // ALB/NLB logs write `address:port` without brackets: a decimal last group that is no
      // hex group (61220) or a ninth group is a port after the address
      const colon = t.lastIndexOf(':', e - 1)
      if (colon <= s || !PORT.test(t.slice(colon + 1, e))) return -1
      const before = ipv6At(colon)
      if (before === null) return -1
      sink.push(s, colon, before)
      return e
    }
  },
  {
    // not the counter of a Kinesis `shardId-000000000001`, Firehose `destinationId-...`; not the
    // integer part of a decimal (`.5`, `,5`), but a CSV column (`,<id>,<digits>`, `<id>,<id>`) is no fraction
    name: 'account_id',
    source: '(?<!-[0-9A-Fa-f]{4}-|[a-z]Id-)(?:[0-9]{12}|[0-9]{4}-[0-9]{4}-[0-9]{4}(?!-[0-9]))(?![0-9]|\\.[0-9]|(?<!,[0-9]{12}),(?![0-9]{12}(?![0-9]))[0-9])',
    notAfter: '.',
    handle: (t, s, e, sink) => {
      if (afterMeasureKey(t, s)) return e
      sink.push(s, e, 'account_id')
      return accountLogGroup(t, e, sink)
    }
  },
  { name: 'key_value', source: KV_SOURCE, handle: handleKeyValue, notAfter: '_.-' },
  { name: 'noun', source: NOUN_SOURCE, handle: handleNoun, notAfter: '_.-' },
  {
    name: 'self_describing_name',
    source: SELF_NAME_SOURCE,
    notAfter: '_./-',
    handle: (t, s, e, sink) => {
      const kind = selfDescribingKind(t.slice(s, e))
      if (kind === null) return -1
      if (isKeyAt(t, s, e)) return -1 // `replicate_source_db = ...`: a key, not a name
      sink.push(s, e, kind)
      return e
    }
  },
  {
    name: 'bare_secret_key',
    notAfter: '/+_.-',
    source: '[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=_-])',
    handle: (t, s, e, sink) => {
      if (!looksLikeSecretKey(t.slice(s, e))) return -1
      sink.push(s, e, 'secret_access_key')
      return e
    }
  }
]

/** The alternatives by name; the detector decides at each position which ones may apply. */
export const ALTERNATIVES: Readonly<Record<string, Alternative>> = Object.fromEntries(LIST.map(a => [a.name, a]))

/** Is text[s] the value of a measure key (`"storedBytes": 412002286110`, `size=...`)? Looks back a few chars only. */
function afterMeasureKey (t: string, s: number): boolean {
  let k = s
  while (k > 0 && k > s - 4 && (t.charCodeAt(k - 1) === 32 || t.charCodeAt(k - 1) === 9)) k--
  const sep = t.charCodeAt(k - 1)
  if (sep !== 58 && sep !== 61) return false
  k--
  while (k > 0 && k > s - 10 && (t.charCodeAt(k - 1) === 32 || t.charCodeAt(k - 1) === 34 || t.charCodeAt(k - 1) === 39 || t.charCodeAt(k - 1) === 92)) k--
  const keyEnd = k
  while (k > 0 && keyEnd - k < 48 && isKeyChar(t.charCodeAt(k - 1))) k--
  return k < keyEnd && MEASURE_KEY.test(t.slice(k, keyEnd))
}

function isKeyChar (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45
}

/** A bare 40-char key mixes cases with digits or `/`/`+`; SHAs, paths and words do not. */
function looksLikeSecretKey (s: string): boolean {
  let upper = 0; let lower = 0; let other = 0; let slashes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 65 && c <= 90) upper++
    else if (c >= 97 && c <= 122) lower++
    else { other++; if (c === 47) slashes++ }
  }
  return upper >= 2 && lower >= 2 && other >= 2 && slashes <= 4 && !s.includes('//')
}

/** Log group names are at most 512 chars of `[A-Za-z0-9_./#-]`. */
const LOG_GROUP_MAX = 512

function isLogGroupChar (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 47 || c === 35 || c === 45
}

/**
 * `<account>:<log group>` as Logs Insights writes `@log` and cross-account queries name log
 * groups (`568182566734:/ecs/orders-api`): the name after the account is a log group, whatever
 * its path, masked as log group names are (`/aws/<service>/` stays); `e` is past the account id.
 */
function accountLogGroup (t: string, e: number, sink: MatchSink): number {
  if (t.charCodeAt(e) !== 58 || t.charCodeAt(e + 1) !== 47) return e
  const limit = Math.min(t.length, e + 1 + LOG_GROUP_MAX)
  let k = e + 2
  while (k < limit && isLogGroupChar(t.charCodeAt(k))) k++
  while (k > e + 2 && (t.charCodeAt(k - 1) === 46 || t.charCodeAt(k - 1) === 47)) k-- // sentence end, a trailing slash
  if (k === e + 2 || !/[A-Za-z0-9]/.test(t.slice(e + 2, k))) return e
  maskLogGroupName(t, e + 1, k, sink)
  return k
}
