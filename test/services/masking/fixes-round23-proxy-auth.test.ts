// Round 23 (network troubleshooting): credentials in the configs of the proxies an EC2 host goes
// through stayed in clear, no `key: value` field holding them: Squid's `cache_peer ... login=user:x`,
// HAProxy's `stats auth user:x` and `user u insecure-password x`, nginx's `proxy_set_header
// Authorization "Basic x"`. The secret is masked; the user, the scheme and variables stay.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const secrets = (text: string): string[] => found(text).filter(m => m.startsWith('connection_secret') || m.startsWith('api_key'))

t.test('proxy credentials', async tt => {
  tt.same(secrets('cache_peer 10.50.0.40 parent 8080 0 no-query default login=svc-aws-egress:Sq!dPeer-2026#b'), ['connection_secret:Sq!dPeer-2026#b'])
  tt.same(secrets('listen stats\n    stats enable\n    stats auth ops-admin:Hq7!zLp2Xv-stats\n    stats uri /haproxy'), ['connection_secret:Hq7!zLp2Xv-stats'])
  tt.same(secrets('userlist admins\n    user lkovacs insecure-password Lk#ledger-Admin9\n    user ops password $6$rounds=5000$abc'), ['connection_secret:Lk#ledger-Admin9'])
  tt.same(secrets('        proxy_set_header Authorization "Basic b3NrZXJyYS1sZWRnZXI6VGFsbG93IVBhcnRuZXI3";'), ['api_key:b3NrZXJyYS1sZWRnZXI6VGFsbG93IVBhcnRuZXI3'])
  tt.same(secrets('    add_header Authorization Bearer.eyJhbGciOi-x_y;'), ['api_key:Bearer.eyJhbGciOi-x_y'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('    stats auth ops-admin:Hq7!zLp2Xv-stats\n'), '    stats auth ops-admin:CONNECTION_SECRET_1\n')
})

t.test('look-alikes stay', async tt => {
  for (const text of ['cache_peer p parent 3128 0 login=PASSTHRU', 'cache_peer p parent 3128 0 login=*:$PEER_PASS',
    '    proxy_set_header Authorization $http_authorization;', '    proxy_set_header Authorization "";', 'the stats auth line needs a user',
    '    stats auth', 'insecure-password is discouraged', 'Authorization "Basic b3NrZXJyYS1sZWRnZXI6VGFsbG93"; in prose']) {
    tt.same(secrets(text), [], text)
  }
})
