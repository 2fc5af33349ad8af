// Round 23 (network troubleshooting): names the instance metadata service prints with nothing
// around them stayed in clear: the security groups' names (`ec2-metadata -s` prints
// `security-groups: a b`, `curl .../meta-data/security-groups` one a line) and the Name tag
// (`curl .../meta-data/tags/instance/Name`, on the line after the command). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const CURL = 'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data'

t.test('ec2-metadata security-groups row', async tt => {
  tt.same(found('instance-type: m6i.xlarge\nsecurity-groups: web-tier-sg ops_ssh\nplacement: eu-west-1a'),
    ['resource_name:web-tier-sg', 'resource_name:ops_ssh'])
  tt.same(found('security-groups: Acme-Bastion\r\npublic-hostname: none'), ['resource_name:Acme-Bastion'])
  tt.same(found('security-groups: default'), [], 'the VPC default group is named by AWS')
})

t.test('IMDS output after the command', async tt => {
  tt.same(found(`$ ${CURL}/security-groups\nlb-ingress\nnode-sg-7\n$ whoami`), ['resource_name:lb-ingress', 'resource_name:node-sg-7'])
  tt.same(found(`[ec2-user@host ~]$ curl ${'http://169.254.169.254/latest/meta-data/security-groups'}\nbilling-workers[ec2-user@host ~]$ `),
    ['resource_name:billing-workers'], 'a curl without a trailing newline: the prompt is glued to the name')
  tt.same(found(`PS> Invoke-RestMethod -Uri 'http://169.254.169.254/latest/meta-data/tags/instance/Name' -Headers $h\r\nOrders API worker 3\r\nPS>`),
    ['resource_name:Orders API worker 3'])
  tt.same(found(`$ ${CURL}/tags/instance/Name\nledger-worker-07\n$ ${CURL}/instance-id\ni-07b2e9c4a1d53f806`),
    ['resource_name:ledger-worker-07', 'ec2_instance:i-07b2e9c4a1d53f806'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked(`${CURL}/tags/instance/Name\nledger-worker-07\n`), `${CURL}/tags/instance/Name\nRESOURCE_NAME_1\n`)
})

t.test('look-alikes stay', async tt => {
  for (const text of [
    `${CURL}/security-groups/\n`, // a listing path, not the value
    `${CURL}/network/interfaces/macs/0a:3c:4e:91:d2:7b/security-group-ids\n`,
    'see security-groups.md\nfor the rules',
    'the security-groups: field of ec2-metadata',
    `${CURL}/tags/instance/Name\n\n`,
    'tags/instance/Names\nweb-1'
  ]) tt.same(found(text), [], text)
})
