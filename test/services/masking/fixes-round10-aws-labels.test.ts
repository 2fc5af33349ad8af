// AWS's own words read as customer names, then replaced in every ARN, key and sentence: the host
// reader masked a region inside ARC's cluster endpoints (`host-x.us-east-1.example.route53-recovery-
// cluster.amazonaws.com`: `"Region": "us-east-1"` and `arn:aws:dynamodb:us-east-1:` lost their
// region), the service of a VPC endpoint's name (`vpce-x.storagegateway.<region>.vpce...`: the
// service of every `arn:aws:storagegateway:` too) and RUM's `client.` / `dataplane.` (every
// `client` in the page); nested ARNs learned their type words as names (`mesh/M/virtualNode/N`:
// the JSON key `"virtualNode"`). Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip, openScope } from './blackbox-helpers.js'

t.test('AWS hosts: only the customer labels are found', async (tt) => {
  tt.same(found('https://host-dxz7q2.us-east-1.example.route53-recovery-cluster.amazonaws.com/v1'), ['aws_hostname:host-dxz7q2'], 'ARC cluster endpoint')
  tt.same(found('vpce-0a2c4e6f8b1d3a5c7-x9k2m4q7.storagegateway.eu-west-1.vpce.amazonaws.com'), ['vpc_endpoint:vpce-0a2c4e6f8b1d3a5c7', 'aws_hostname:x9k2m4q7'], 'VPC endpoint DNS name: its id, then its suffix (since fixes-gaps-15-vpce-hosts)')
  tt.same(found('https://client.rum.us-east-1.amazonaws.com/1.19.0/cwr.js https://dataplane.rum.eu-west-1.amazonaws.com'), [], 'RUM endpoints')
  tt.same(found('{ "Address": "ingest-cell2.timestream.eu-west-1.amazonaws.com" }'), [], 'Timestream cell endpoint')
  tt.same(found('db.abc123xyz.eu-west-1.rds.amazonaws.com'), ['rds_instance:db', 'aws_hostname:abc123xyz'], 'customer labels still found')
})

t.test('nested ARNs keep their type words', async (tt) => {
  const cases: Array<[string, string[]]> = [
    ['arn:aws:appmesh:eu-west-1:730291845566:mesh/pay-mesh/virtualNode/writer-vn', ['pay-mesh', 'writer-vn']],
    ['arn:aws:route53-recovery-control::730291845566:controlpanel/2a4c6e8f0b1d4f3a/routingcontrol/7c9e1a3b5d7f9b2d', ['2a4c6e8f0b1d4f3a', '7c9e1a3b5d7f9b2d']],
    ['arn:aws:globalaccelerator::730291845566:accelerator/0f4c2a8e-6b1d-4e3f-a5c7-9b1d3f5e7a92/listener/6e1a3c5f/endpoint-group/b2d4f6a8c0e1', ['0f4c2a8e-6b1d-4e3f-a5c7-9b1d3f5e7a92', '6e1a3c5f', 'b2d4f6a8c0e1']],
    ['arn:aws:timestream:eu-west-1:518734206915:database/iot_db/table/meter_readings', ['iot_db', 'meter_readings']],
    ['arn:aws:connect:eu-central-1:518734206915:instance/6a8c0e2f-4b6d-4f8a-9c1e-3b5d7f9a1c3e/queue/3c5e7a9b', ['6a8c0e2f-4b6d-4f8a-9c1e-3b5d7f9a1c3e', '3c5e7a9b']]
  ]
  for (const [arn, names] of cases) tt.same(found(arn).slice(1).map(m => m.slice(m.indexOf(':') + 1)), names, arn)
})

t.test('the words stay readable elsewhere in the text', async (tt) => {
  const arc = await maskedWithRoundTrip('{"Endpoint": "https://host-kp4m9w.eu-west-1.example.route53-recovery-cluster.amazonaws.com/v1", "Region": "eu-west-1", "ResourceArn": "arn:aws:dynamodb:eu-west-1:518734206915:table/carts"}')
  tt.ok(arc.includes('"Region": "eu-west-1"') && arc.includes('arn:aws:dynamodb:eu-west-1:') && arc.includes('.example.'), arc)
  tt.notOk(arc.includes('host-kp4m9w'), 'the cluster host hidden')
  const sgw = await maskedWithRoundTrip('"VPCEndpoint": "vpce-0a2c4e6f8b1d3a5c7-x9k2m4q7.storagegateway.eu-west-1.vpce.amazonaws.com", "GatewayARN": "arn:aws:storagegateway:eu-west-1:518734206915:gateway/sgw-7A3C9E1B"')
  tt.ok(sgw.includes('arn:aws:storagegateway:eu-west-1:') && sgw.includes('.storagegateway.eu-west-1.vpce.amazonaws.com'), sgw)
  const rum = await maskedWithRoundTrip("z.src = 'https://client.rum.us-east-1.amazonaws.com/1.19.0/cwr.js'; const client = new EvidentlyClient({})")
  tt.ok(rum.includes('const client = new'), rum)
  const mesh = await maskedWithRoundTrip('{"virtualNode": {"arn": "arn:aws:appmesh:eu-west-1:730291845566:mesh/pay-mesh/virtualNode/writer-vn"}}')
  tt.ok(mesh.startsWith('{"virtualNode": {') && mesh.includes('/virtualNode/'), mesh)
  tt.notOk(mesh.includes('pay-mesh') || mesh.includes('writer-vn'), 'the names hidden')
})

t.test('the masked hosts pass the leak check (it reads the masked text again)', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  for (const text of ['"VPCEndpoint": "vpce-0a2c4e6f8b1d3a5c7-x9k2m4q7.storagegateway.eu-west-1.vpce.amazonaws.com"',
    'https://host-dxz7q2.us-east-1.example.route53-recovery-cluster.amazonaws.com/v1']) {
    const masked = await scope.maskText(text)
    await tt.resolves(scope.assertClean(masked), masked)
  }
})
