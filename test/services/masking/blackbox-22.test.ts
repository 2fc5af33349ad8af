// Black-box red team, twenty-third round: what engineers paste when a connection fails on AWS
// (test/fixtures/blackbox-22/): `ip link/addr/route/neigh`, `arp`, `ethtool -S` allowances and
// `tcpdump -e` on an EC2 host; `iptables-save`, nftables, /etc/hosts, resolv.conf, resolvectl and
// dhclient.conf; dig, nslookup and host against Route 53 private zones, Resolver endpoints and VPC
// endpoints; mtr and traceroute over a TGW and Direct Connect; `curl -v` to a private API through
// `vpce-` hosts; `openssl s_client -showcerts` with its session and an SSLKEYLOGFILE; `ssh -vvv`
// through SSM and EC2 Instance Connect (endpoint and tunnel); the IMDS identity document,
// ec2-metadata and interface metadata; `nc -zv`, `ss`, `netstat`, conntrack and Test-NetConnection;
// strongSwan `ipsec statusall` / `swanctl --list-sas` with FRR BGP; a downloaded Site-to-Site VPN
// config for Juniper SRX and Cisco ASA; a Client VPN `.ovpn` with its key and connection log;
// Network Firewall rules and eve.json alert, netflow and TLS logs; a Reachability Analyzer analysis;
// VPC flow logs v8 with the ECS fields. Link-local addresses (169.254/16), BGP ASNs, AWS's resolver
// addresses (169.254.169.253, fd00:ec2::253) and AWS hosts must stay.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-22/', import.meta.url))

// Beyond the spec, so listed under `extra`: MAC addresses, customer domains and host names outside
// AWS (`*.oskerra.internal`, `corp.oskerra.com`, ISP routers in mtr), certificate serials, TLS session
// ids, the suffix AWS adds to a VPC endpoint's DNS name, Direct Connect ids (`dxcon-`, `dxvif-`, the
// gateway's UUID), Resolver IP and query-log-config ids, SSH public keys, an SSM session id, free
// comments and descriptions, the identity document's base64 inside the pkcs7 block.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 14)
