// Black-box red team, twenty-fifth round: application front ends, end-user computing and business
// services as app and IT engineers paste them (test/fixtures/blackbox-24/): Amplify Gen 2
// `amplify_outputs.json`, Gen 1 `aws-exports.js` / `amplifyconfiguration.json` with team-provider-info
// and DataStore logs; a Next.js `.env.local` with the browser console and a copied cURL; Cognito
// hosted UI redirects, a custom domain and the token endpoint; SES SMTP in msmtp, Postfix, a swaks
// AUTH LOGIN session and the maillog; End User Messaging SMS events and phone numbers; a Transfer
// Family server, its users, structured logs and an `sftp -v` session; WorkSpaces and AppStream;
// Directory Service with an AD Connector, FSx for Windows and ONTAP (`net use`, `mount -t cifs`,
// the ONTAP CLI); an Amazon Connect contact flow and CTR; a Chime SDK meeting and IoT Core
// (certificate ids, `mosquitto_pub`, rule SQL); a CloudFront + S3 static site deploy with Location
// Service keys; and a chat question to an assistant from a one-person IT team.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-24/', import.meta.url))

// Beyond the spec, so listed under `extra`: Cognito app client ids, Amplify app ids in prose, phone
// numbers and End User Messaging pool / registration ids, Pinpoint application ids, WorkSpaces
// registration codes and computer names, customer domains outside AWS (AD domains,
// web sites), Connect contact, agent and queue UUIDs and names, Chime attendee ids and external
// ids, IoT rule and Timestream database names, CloudFront invalidation and OAC ids, SSH public keys.
// Fixed in this round (fixes-round25-*.test.ts): Directory Service ids (`d-` + 10 hex) and ONTAP's
// `FsxId<17 hex>` prompt; the bucket of a Transfer Family home directory (`HomeDirectory`, a
// mapping's `Target`, `home-dir`, `--home-directory`); base64 JSON holding ids or keys (AppSync's
// real-time `header=`, AppStream's `parameters=`); Location API keys (`v1.public.`); SMTP AUTH LOGIN
// and PLAIN passwords in a swaks transcript; curl `-u id:secret` on a continued line; `net use`'s
// password argument; WorkSpaces and bundle ids (`ws-` / `wsb-` + 9 chars). Kept: Amazon
// Location's `maps.geo.<region>` hosts, SES's `250-email-smtp.amazonaws.com` reply, Lex's
// `TSTALIASID`, and ordinary words once a one-word host label (an Amplify branch `dev`) was masked.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 14)
