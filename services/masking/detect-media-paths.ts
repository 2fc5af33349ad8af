// Elemental media endpoints carry customer ids in the path, not the host:
// MediaPackage `<host>.mediapackage.<region>.amazonaws.com/in/v2/<channel>/<ingest endpoint>/channel`
// and `/out/v1/<origin endpoint>/index.m3u8`; MediaTailor `<host>.mediatailor.<region>.amazonaws.com/
// v1/master/<config hash>/<playback configuration>/`.
import type { MatchSink } from './detect-sink.js'

const PACKAGE_PATH = /\/(?:in\/v2|out\/v1)\/([0-9a-f]{16,32})(?:\/([0-9a-f]{16,32}))?(?![0-9A-Za-z])/yd
const TAILOR_PATH = /\/v1\/(?:master|session|dash|manifest|segment|tracking)\/([0-9a-f]{32})(?:\/([A-Za-z0-9_.-]{1,64}))?/yd

/** After a media host ending at `end` (its service label `service`): masks the path's ids; where scanning continues. */
export function maskMediaPath (text: string, service: string, end: number, sink: MatchSink): number {
  const re = service === 'mediapackage' ? PACKAGE_PATH : service === 'mediatailor' ? TAILOR_PATH : null
  if (re === null || text.charCodeAt(end) !== 47) return end
  re.lastIndex = end
  const m = re.exec(text)
  if (m?.indices === undefined) return end
  for (const span of m.indices.slice(1)) if (span !== undefined) sink.push(span[0], span[1], 'resource_name')
  return re.lastIndex
}
