// Black-box red team, twenty-ninth round: IoT, edge and hybrid connectivity on AWS as embedded,
// OT and network engineers paste them (test/fixtures/blackbox-28/): IoT Core CLI output (things,
// `iot:Data-ATS` and credential-provider endpoints, certificates with their PEMs and keys, policies,
// role aliases, a credentials call), a fleet provisioning template with its claim and RegisterThing
// exchange, device shadows, MQTT topics, a topic rule and an OTA job with a presigned URL, a custom
// authorizer Lambda with its test-invoke, a Greengrass v2 greengrass.log and component recipe /
// deployment, SiteWise / TwinMaker / Kinesis Video Streams / Ground Station describe output,
// Outposts and a Snowball Edge session (unlock code, manifest, local keys), Storage Gateway with
// iSCSI and CHAP secrets, Direct Connect and Transit Gateway Connect with router configs, a
// mosquitto bridge and paho client log, a FreeRTOS credentials header, and a team chat.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-28/', import.meta.url))

// Beyond the spec, so listed under `extra`: IoT certificate ids (64 hex, a digest's shape; masked
// inside certificate ARNs), thing ids, job, deployment and contact UUIDs, thing attributes, serial
// numbers, IMEI / ICCID, MQTT client ids and broker host names (`clientid gw-hamburg-hafen-02`),
// MAC addresses, ASNs, link-local BGP peer addresses, DX device names, LOA panel ids, AD and IQN
// initiator host names, Greengrass component names (masked in their log groups), SiteWise
// property aliases, a mosquitto password hash, chat names and a phone number. Also beyond reach:
// a thing name glued into a `clientToken` (`<thing>-7782`, a free idempotency string; its topics
// and flags are masked), a VPN PSK in prose (`PSK for tunnel 1: x`), and in the chat, secrets and
// names with no field or noun before them (`new key is x`, `their token … is x`, `password in
// clear (x)`, `rule x` with no `IoT` / `topic` before it, `core at Rotterdam (x)`, a custom
// tool's `--template x`).
// Fixed in this round (fixes-round29-*.test.ts): Direct Connect ids (`dxcon-`, `dxlag-`, `dxvif-`,
// `dxpeer-`), `directConnectGatewayId`, Storage Gateway `sgw-` / `share-` ids, Snowball unlock codes
// and gateway activation keys (5 x 5), IoT / Greengrass prose nouns (`thing x`, `thing group x`,
// `core device x`, `custom authorizer x`, `IoT rule x`), `roleAlias`, C `#define <ns>THING_NAME "x"`
// macros, AWS's IQN prefix and the iSCSI target after it (bare and in target ARNs), Wi-Fi `psk`,
// CHAP secrets (`SecretToAuthenticateTarget`, `password_in`), `--token-signature`, key/value header
// pairs (`{"key": "x-api-key", "value": x}`), `mosquitto_sub -P x`, the thing / template / rule in
// IoT's reserved topics (`$aws/things/<thing>/shadow`, bare and in topic ARNs, whose `$aws/` words
// stay). Kept: `aws.greengrass.*` components, Greengrass's system log group, SiteWise capability
// namespaces. Known gap: an MQTT username carrying `?x-amz-customauthorizer-name=` is masked whole.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'custom-authorizer-handler.py|text|keep:x-amz-customauthorizer-name': 'an MQTT username is masked whole; the authorizer query AWS reads from it goes with it'
}

documentSuite(DIR, KNOWN_GAPS, 12)
