// A Windows security identifier of a domain or machine account, `S-1-5-21-<a>-<b>-<c>-<rid>`
// (event logs' `TargetUserSid`, `HKEY_USERS\S-1-5-21-…`): the three numbers identify the
// customer's domain (or the machine), the same in every SID of it; the RID after them says which
// account (500 Administrator, 512 Domain Admins) and stays readable, as does `S-1-5-21-`.
import { pushCapture, type MatchSink } from './detect-sink.js'

/** `S-1-5-21-` then the domain's three 32-bit numbers (captured), then the RID or the end (a domain SID alone). */
const DOMAIN_SID = /S-1-5-21-([0-9]{1,10}-[0-9]{1,10}-[0-9]{1,10})(?:-[0-9]{1,10})?(?![0-9A-Za-z_-])/yd

/** At `S` (text[i]) before `-1`: masks a domain SID's domain part; its end, or -1. */
export function handleDomainSid (text: string, i: number, sink: MatchSink): number {
  return pushCapture(DOMAIN_SID, text, i, 'resource_name', sink)
}
