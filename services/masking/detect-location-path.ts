// Amazon Location Service's (v0) API paths name the customer's resource after its collection:
// `/maps/v0/maps/<map>/style-descriptor`, `/places/v0/indexes/<index>/search/text`,
// `/routes/v0/calculators/<calculator>/calculate/route`, `/tracking/v0/trackers/<tracker>/positions`,
// `/geofencing/v0/collections/<collection>/geofences` (a browser console's request, a CloudTrail
// event's path). The name is masked; the API's words stay.
import type { MatchSink } from './detect-sink.js'

/** Before `v0`: `/<api>/`; after it: `/<collection>/<name>` ending at `/`, `?`, a quote, a blank or the end. */
const API_BEFORE = /\/(?:maps|places|routes|tracking|geofencing)\/$/
const NAME_AFTER = /\/(?:maps|indexes|calculators|trackers|collections)\/([A-Za-z0-9._-]{1,100})(?=[/?#"'\s`)]|$)/yd

/** At `v0` (text[i, i + 2), between slashes): masks the resource named in the path; its end, or -1. */
export function handleLocationPath (text: string, i: number, sink: MatchSink): number {
  if (!API_BEFORE.test(text.slice(Math.max(0, i - 12), i))) return -1
  NAME_AFTER.lastIndex = i + 2
  const span = NAME_AFTER.exec(text)?.indices?.[1]
  if (span === undefined) return -1
  sink.push(span[0], span[1], 'resource_name')
  return span[1]
}
