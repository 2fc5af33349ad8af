// git-remote-codecommit's URLs name the repository after `://`: `codecommit::<region>://<repo>`,
// `codecommit://<repo>`, with a CLI profile before `@` (`codecommit::us-east-2://prod-admin@<repo>`).
// The repository is masked as in its HTTPS URL (`/v1/repos/<repo>`); the region and profile stay.
import type { MatchSink } from './detect-sink.js'

/** After `codecommit`: `::<region>` or nothing, `://`, an optional `<profile>@`, the repository (100 chars at most, `.git` after it kept). */
const GRC_URL = /(?:::[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d)?:\/\/(?:[A-Za-z0-9_.+-]{1,64}@)?([A-Za-z0-9._-]{1,100}?)(?:\.git)?(?![A-Za-z0-9._@-])/yd

/** At `codecommit` (text[i, j), `:` after it): masks the repository of a git-remote-codecommit URL; its end, or -1. */
export function handleGrcUrl (text: string, j: number, sink: MatchSink): number {
  GRC_URL.lastIndex = j
  const span = GRC_URL.exec(text)?.indices?.[1]
  if (span === undefined) return -1
  sink.push(span[0], span[1], 'resource_name')
  return span[1]
}
