// Names with no noun the prose reader knows stayed in clear (rounds 19 and 21: blackbox-18,
// blackbox-20): after a chat mention (`@here orders-sync is stuck again`), after an AWS service
// acting on an app (`RUM on checkout-web`), before `service` (`the orders-api service`). English
// compounds stand there too, so only a name with a clue of its own counts: a digit, two dashes, or
// an app or environment suffix (`-api`, `-web`, `-sync`, `-prod`). Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('names after a mention, after RUM on, before service', async tt => {
  tt.same(found('@here orders-sync is stuck again'), ['resource_name:orders-sync'])
  tt.same(found('@channel: fw-search-indexer is stuck since 9'), ['resource_name:fw-search-indexer'], 'two dashes')
  tt.same(found('we set up RUM on checkout-web last week; X-Ray on quorvane-portal-web too'),
    ['resource_name:checkout-web', 'resource_name:quorvane-portal-web'])
  tt.same(found('no config change for the orders-api service.'), ['resource_name:orders-api'])
  tt.same(found('restart our billing-v2 service'), ['resource_name:billing-v2'], 'a digit')
  const masked = await maskedWithRoundTrip('@here orders-sync is stuck again; RUM on checkout-web shows it; the orders-api service too')
  tt.notOk(masked.includes('orders-sync') || masked.includes('checkout-web') || masked.includes('orders-api'))
})

t.test('English compounds, AWS names and regions stay', async tt => {
  tt.same(found('the on-call rota, a read-only role, a well-known port, the long-running service, the built-in service'), [])
  tt.same(found('the third-party service, the order-processing service, the api-gateway service, the kube-proxy service'), [])
  tt.same(found('the us-east-1 service, the utf-8 service, the x86-64 service'), [])
  tt.same(found('restart the ec2-instance-connect service; the nvidia-device-plugin service crashed; the ebs-csi-node-2 service'), [], 'AWS agents and cluster add-ons')
  tt.same(found('@here heads-up, deploy at 5; @here sign-off needed; WAF on the ALB; RUM on top-level pages'), [])
  tt.same(found('mail bob@here.com'), ['email:bob@here.com'])
})
