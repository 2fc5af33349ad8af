// An Amazon IVS stream key: `sk_<region>_<12 chars>_<30 chars>`. Whoever holds it can broadcast on
// the channel, and engineers paste it bare (OBS settings, the tail of an `rtmps://` ingest URL).
import type { MatchSink } from './detect-sink.js'

const STREAM_KEY = /sk_[a-z]{2}(?:-gov)?-[a-z]{4,9}-[1-9]_[A-Za-z0-9]{8,24}_[A-Za-z0-9]{16,64}(?![A-Za-z0-9_-])/y

/** At the word `sk` (text[i, i + 2), a `_` after): masks a whole stream key; its end, or -1. */
export function handleIvsStreamKey (text: string, i: number, sink: MatchSink): number {
  if (i > 0 && text.charCodeAt(i - 1) === 95) return -1 // inside a longer `x_sk_` word
  STREAM_KEY.lastIndex = i
  if (!STREAM_KEY.test(text)) return -1
  sink.push(i, STREAM_KEY.lastIndex, 'api_key')
  return STREAM_KEY.lastIndex
}
