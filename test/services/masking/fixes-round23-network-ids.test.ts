// Round 23 (network troubleshooting): ids of the usual `prefix-<17 hex>` shape that stayed in clear
// where nothing else named them: a Client VPN connection (`cvpn-connection-`) in the endpoint's
// connection log, its target network association (`cvpn-assoc-`), an EC2 Instance Connect endpoint
// (`eice-`) in an ssh ProxyCommand, traffic mirror filters, rules, targets and sessions, Network
// Access Analyzer scopes and analyses. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('network ids of the usual shape are masked wherever they stand', async tt => {
  tt.same(found('{"connection-id":"cvpn-connection-0b1e8d4a9c27f3516","connection-log-type":"connection-reset"}'),
    ['resource_name:cvpn-connection-0b1e8d4a9c27f3516'])
  tt.same(found('aws ec2 terminate-client-vpn-connections --connection-id cvpn-connection-04e7a9c2d1b3f5860'),
    ['resource_name:cvpn-connection-04e7a9c2d1b3f5860'])
  tt.same(found('ASSOCIATION\tcvpn-assoc-0a1b2c3d4e5f67890\tassociated'), ['resource_name:cvpn-assoc-0a1b2c3d4e5f67890'])
  tt.same(found('ProxyCommand aws ec2-instance-connect open-tunnel --instance-connect-endpoint-id eice-0b7d3f91a2c64e058 --instance-id %h'),
    ['resource_name:eice-0b7d3f91a2c64e058'])
  tt.same(found('"TrafficMirrorFilterId": "tmf-04812ff784b25ae67", "TrafficMirrorTargetId": "tmt-0c2f7a9e1d3b58460"'),
    ['resource_name:tmf-04812ff784b25ae67', 'resource_name:tmt-0c2f7a9e1d3b58460'])
  tt.same(found('session tms-0d0a8e1d3a5b7c9e1 mirrors eni-0a1b2c3d4e5f67890 with rule tmfr-0123456789abcdef0'),
    ['resource_name:tms-0d0a8e1d3a5b7c9e1', 'network_interface:eni-0a1b2c3d4e5f67890', 'resource_name:tmfr-0123456789abcdef0'])
  tt.same(found('NETWORKINSIGHTSACCESSSCOPEANALYSES\tnisa-0f1e2d3c4b5a69788\tnis-0a9b8c7d6e5f43210\tsucceeded'),
    ['resource_name:nisa-0f1e2d3c4b5a69788', 'resource_name:nis-0a9b8c7d6e5f43210'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('"EICE-ID" eice-0b7d3f91a2c64e058.'), '"EICE-ID" RESOURCE_NAME_1.')
})

t.test('words with those heads stay', async tt => {
  for (const text of ['tms-rollout', 'nis-domain', 'the eice-endpoint docs', 'cvpn-connection-log', 'tmf-0123']) tt.same(found(text), [], text)
})
