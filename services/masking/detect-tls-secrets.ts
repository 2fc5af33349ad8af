// TLS session secrets that troubleshooting prints: `openssl s_client`'s session block
// (`Master-Key: <hex>`, TLS 1.3's `Resumption PSK: <hex>`) and the lines of an SSLKEYLOGFILE
// (NSS key log format: `<LABEL> <client random> <secret>`), which decrypt a capture. The client
// random is public and stays; the secret after it is masked.
import { pushCapture, type MatchSink } from './detect-sink.js'

/** After `Master`: the rest of the key and its hex value (48 bytes in TLS 1.2). */
const MASTER_KEY = /-Key:[ \t]{0,4}([0-9A-Fa-f]{32,128})(?![0-9A-Za-z])/yd
/** `Resumption PSK: <hex>` of a TLS 1.3 session. */
const RESUMPTION_PSK = /Resumption PSK:[ \t]{0,4}([0-9A-Fa-f]{32,128})(?![0-9A-Za-z])/yd
/** A key log line: its label, the 32-byte client random, then the secret. */
const KEY_LOG_LINE = /(?:CLIENT_RANDOM|CLIENT_EARLY_TRAFFIC_SECRET|CLIENT_HANDSHAKE_TRAFFIC_SECRET|SERVER_HANDSHAKE_TRAFFIC_SECRET|CLIENT_TRAFFIC_SECRET_[0-9]|SERVER_TRAFFIC_SECRET_[0-9]|EARLY_EXPORTER_SECRET|EXPORTER_SECRET)[ \t]+[0-9A-Fa-f]{64}[ \t]+([0-9A-Fa-f]{32,128})(?![0-9A-Za-z])/yd

/** Does a line start at `i` (the text's start, a newline, or a JSON-escaped `\n`)? */
function atLineStart (text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1)
  return i === 0 || prev === 10 || prev === 13 || (prev === 110 && text.charCodeAt(i - 2) === 92)
}

/** At an upper-case word text[i, j) (`Master`, `Resumption`, `CLIENT`...): masks the TLS secret it opens; its end, or -1. */
export function handleTlsSecret (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  const after = text.charCodeAt(j)
  if (len === 6 && after === 45 && text.startsWith('Master', i)) return pushCapture(MASTER_KEY, text, j, 'connection_secret', sink)
  if (len === 10 && after === 32 && text.startsWith('Resumption', i)) return pushCapture(RESUMPTION_PSK, text, i, 'connection_secret', sink)
  if (after === 95 && (len === 5 || len === 6 || len === 8) && atLineStart(text, i)) return pushCapture(KEY_LOG_LINE, text, i, 'connection_secret', sink)
  return -1
}
