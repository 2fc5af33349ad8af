// Credentials in the configs of the proxies an EC2 host reaches the world or its backends through,
// where no `key: value` field holds them: Squid's `cache_peer ... login=user:x`, HAProxy's
// `stats auth user:x` and `user u insecure-password x`, nginx's `proxy_set_header Authorization
// "Basic x"`. The user and the auth scheme stay.
import { pushCapture, type MatchSink } from './detect-sink.js'

/** `=user:x` (Squid): the part after the user's `:`; `login=PASS`, `login=*:$VAR`-less forms name no secret. */
const SQUID_LOGIN = /=[^\s:='"]{1,64}:([^\s'"$][^\s'"]{0,255})/yd
/** ` user:x` after HAProxy's `stats auth`. */
const STATS_AUTH = /[ \t]+[^\s:]{1,64}:([^\s'"$][^\s'"]{0,255})/yd
/** ` x` after `insecure-password`. */
const INSECURE_PASSWORD = /-password[ \t]+([^\s'"$][^\s'"]{0,255})/yd
/** HAProxy's userlist entry before `insecure-password`: `user <name> `. */
const USER_BEFORE = /(?:^|\s)user[ \t]+[^\s]{1,64}[ \t]+$/
/** ` "Basic x"` after a header directive's `Authorization` (quoted or bare, the scheme kept). */
const HEADER_VALUE = /[ \t]+"?(?:(?:Basic|Bearer|Digest|Token)[ \t]+)?([A-Za-z0-9+/=._~-]{8,4096})"?[ \t]*;/yd
/** nginx's and HAProxy's header directives before `Authorization`. */
const HEADER_DIRECTIVE = /(?:proxy_set_header|add_header|more_set_headers|grpc_set_header|set-header|add-header)[ \t]+$/

/** At a word text[i, j) (`login`, `auth`, `insecure`, `Authorization`): masks the credential its directive gives; its end, or -1. */
export function handleProxyAuth (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  if (len === 5 && text.startsWith('login=', i)) return pushCapture(SQUID_LOGIN, text, j, 'connection_secret', sink)
  if (len === 4 && text.startsWith('auth', i) && text.endsWith('stats ', i)) return pushCapture(STATS_AUTH, text, j, 'connection_secret', sink)
  if (len === 8 && text.startsWith('insecure-password', i) && USER_BEFORE.test(text.slice(Math.max(0, i - 80), i))) return pushCapture(INSECURE_PASSWORD, text, j, 'connection_secret', sink)
  if (len === 13 && text.startsWith('Authorization', i) && HEADER_DIRECTIVE.test(text.slice(Math.max(0, i - 24), i))) {
    return pushCapture(HEADER_VALUE, text, j, 'api_key', sink)
  }
  return -1
}
