// Round 30 (deployment platforms and governance): a Lightsail container service's public URL
// (`<service>.<id>.<region>.cs.amazonlightsail.com`) went out whole, its id in clear; Verified
// Access endpoint domains lost AWS's `prod` stage label; and a region in an IAM role's path
// (Lightsail's `role/amazon/lightsail/<region>/containers/…`) was learned as a name, so the region
// was masked in every host after it. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('Lightsail and Verified Access hosts', async tt => {
  const ls = found('"url": "https://corvid-shop-api.4kzq8xm2vt7wn.us-east-2.cs.amazonlightsail.com/"')
  tt.ok(ls.some(f => f.endsWith(':4kzq8xm2vt7wn')), 'the container service id is masked')
  tt.ok(ls.some(f => f.endsWith(':corvid-shop-api')), 'the service name is masked')
  const va = await maskedWithRoundTrip('"EndpointDomain": "grafana.edge-0f3a9c7e1b2d48065.vai-09c4e2a7f1b3d8605.prod.verified-access.us-east-1.amazonaws.com"')
  tt.ok(va.includes('.prod.verified-access.us-east-1.amazonaws.com'), 'AWS\'s stage label kept')
  tt.notOk(va.includes('vai-09c4e2a7f1b3d8605') || va.includes('grafana.edge'), 'customer labels masked')
})

t.test('a region in an IAM path is kept, and not learned as a name', async tt => {
  const out = await maskedWithRoundTrip('"principalArn": "arn:aws:iam::621804375219:role/amazon/lightsail/us-east-2/containers/corvid-shop-api/1k9q2m7xzt4wb",\n' +
    '"regionName": "us-east-2", "url": "https://x.y.us-east-2.elb.amazonaws.com/"')
  tt.ok(out.includes('/lightsail/us-east-2/') || out.includes('/us-east-2/'), 'the region in the path is kept')
  tt.ok(out.includes('x.y.us-east-2.elb') === false && out.includes('.us-east-2.elb.amazonaws.com'), 'the host keeps its region')
  tt.notOk(out.includes('corvid-shop-api') || out.includes('621804375219'))
})
