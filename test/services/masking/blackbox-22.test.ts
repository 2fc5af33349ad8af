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
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'dig-nslookup-private-zones.txt|text|keep:.cluster-ro-': 'an Aurora reader endpoint host is masked with its `cluster-ro-` label',
  'openssl-s-client-chain.txt|text|9E4B7C21D3F5A8062B1C4E7F9A3D5B8C0E2F4A6B8D0C2E4F6A8B0D2C4E6F8A0B2D4C6E8F0A2B4C6D8E0F2A4B6C8D0E2': 'TLS master key of openssl s_client',
  'openssl-s-client-chain.txt|text|3fd1779b9cebf67cf80caa03964a30eab35a1b12bd5c655e3d07a91919a447348b817e10bdf3fe7e9cda9a321776cfab': 'TLS key log secret',
  'openssl-s-client-chain.txt|text|d757a0ec3b38e8b3b77a49db22bcaebaaa818015b77dc2b5fdcd1814218c4d027e0779e4a99289cba2a1f2f57430b71e': 'TLS key log secret',
  'openssl-s-client-chain.txt|text|76b76feebf444c88244226367dbbf38e16b353a667d8c984e79c7407473d471f89a41d994d2571012c30e577a9d741fd': 'TLS key log secret',
  'openssl-s-client-chain.txt|text|4bc6ec4a51908eb479f09c917b77c7408ee9e0a1423d042639f8cd28293438b207280f2f6c4fceb863435c35e5ff20c8': 'TLS key log secret',
  'openssl-s-client-chain.txt|text|54519048514c6e67dd3c57dc47591ad2f67b5316c1a4dbb4aa5efabd51e5a64af2445d1bd67d90e0ecfbbff85455597f': 'TLS key log secret',
  'openssl-s-client-chain.txt|text|b2071c9a2f48199ad83285954107830af20819bae2fd388c87c70d487f545e4f8f407a6841c65e12811747f5b7b43dc9': 'TLS key log secret',
  'imds-identity-document.txt|text|oskerra-ledger-workers': 'security group name printed by ec2-metadata',
  'imds-identity-document.txt|text|oskerra-ledger-worker-07': 'Name tag read from IMDS tags/instance/Name',
  'vpc-flow-logs-v8-ecs.txt|text|oskerra-ledger-prod': 'ECS cluster name in a flow log column'
}

documentSuite(DIR, KNOWN_GAPS, 14)
