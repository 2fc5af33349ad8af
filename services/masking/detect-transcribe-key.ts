// Transcribe writes a job's redacted transcript to `<prefix>/redacted-<job name>.json`: the job's
// name (the customer's, masked under `TranscriptionJobName`) is glued to `redacted-`, so it is no
// whole value there and went upstream. It is masked as itself (the same token as elsewhere).
import { pushCapture, type MatchSink } from './detect-sink.js'

/** After `/redacted`: `-`, the job's name (captured: Transcribe allows `[0-9a-zA-Z._-]`), `.json`. */
const REDACTED_KEY = /-([0-9A-Za-z._-]{1,200}?)\.json(?![0-9A-Za-z_-])/yd

/** At the end `j` of a path's `redacted` word: masks the job name after it; its end, or -1. */
export function handleRedactedTranscript (text: string, j: number, sink: MatchSink): number {
  return pushCapture(REDACTED_KEY, text, j, 'resource_name', sink)
}
