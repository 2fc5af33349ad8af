// Black-box red team, thirty-first round: media, games and customer communications on AWS as
// engineers paste them (test/fixtures/blackbox-30/): GameLift fleet, build and game session
// describe output with upload credentials, a server SDK log with FlexMatch events, a rule set and
// a queue; Amazon IVS channels, stream keys, OBS / ffmpeg ingest, playback tokens and IVS Chat;
// a MediaConvert job with SPEKE; MediaLive input security groups and inputs, MediaPackage ingest
// credentials and CDN authorization, MediaTailor; CloudFront signed URLs, cookies, key groups and
// an access log line; an Amazon Connect contact trace record with a contact flow, and Connect CLI
// output; SES SMTP credentials, DKIM and bounce / complaint notifications; End User Messaging SMS
// pools and sender ids with Chime SDK meetings; a support engineers' escalation chat.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-30/', import.meta.url))

// Beyond the spec, so listed under `extra`: E.164 phone numbers (customers', origination numbers),
// caller names and CTR attributes, player ids and player data, FlexMatch match and ticket ids
// (`ticket-<uuid>`: a client-chosen id), request and message ids, Connect queue and routing
// profile names in free fields, SMS sender ids, APNs team and key ids, DKIM tokens (public DNS),
// SNS message signatures, CloudFront policies (base64 JSON, no secret), Chime attendee ids and
// media host hashes, customer domains. MediaLive's numeric input, channel and input security
// group ids are masked in their ARNs but stay where they stand bare (`"Id": "4817203"`,
// `--input-id 6692014`): seven-digit numbers are no id by shape.
// Fixed in this round (fixes-round31-*.test.ts): GameLift's `build-`, `alias-`, `script-`,
// `psess-` + UUID ids, and the custom id of a game session ARN (no account field); IVS stream keys
// (`sk_<region>_..._...`), `*.live-video.net` ingest and playback hosts, the account in a playback
// path (`us-west-2.<account>.channel.<id>`); CloudFront signatures (`&Signature=`,
// `CloudFront-Signature=`) and public key ids (`K` + 13); MediaPackage / MediaTailor ids in
// endpoint paths; MediaConvert's `EncryptedDecryptionKey`, MediaPackage's CDN identifier header,
// MediaLive's `PasswordParam`, `OptOutListName`, Connect's `InstanceAlias` and
// `<alias>.my.connect.aws`; a bearer token in prose; a UUID after a `--<resource>-id` option.
// Kept: IVS Chat's `edge.ivschat.<region>` endpoint, well-known DRM system ids, CloudFront ETags,
// Lex's `TSTALIASID`.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 11)
