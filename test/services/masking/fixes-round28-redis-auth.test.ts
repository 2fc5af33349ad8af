// Round 28 (databases and caches): Redis / Valkey passwords typed at a prompt (ElastiCache and
// MemoryDB users, a self-managed node): `ACL SETUSER u on >x` (`<x` removes one), `AUTH [user] x`
// at a `host:port>` prompt, `requirepass x` / `masterauth x` (a redis.conf line, `CONFIG SET`,
// `redis-server --requirepass`) went out in clear. Users, key patterns, categories, SMTP's
// `AUTH LOGIN` and prose stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('Redis passwords', async tt => {
  tt.same(found('127.0.0.1:6379> ACL SETUSER batch_job on >Btch-J0b-p4ss-7Kq2 ~batch:* +@all'), ['connection_secret:Btch-J0b-p4ss-7Kq2'])
  tt.same(found('> ACL SETUSER alice on #abc123 resetpass <0ldPa55 >N3wPa55 ~*'), ['connection_secret:0ldPa55', 'connection_secret:N3wPa55'])
  tt.same(found('"acl setuser app on >Pw-In-Json-9 ~*"'), ['connection_secret:Pw-In-Json-9'])
  tt.same(found('127.0.0.1:6379> AUTH default S3cr3tPassw0rd!'), ['connection_secret:S3cr3tPassw0rd!'])
  tt.same(found('127.0.0.1:6379[2]> auth S3cr3tPassw0rd'), ['connection_secret:S3cr3tPassw0rd'])
  tt.same(found('CONFIG SET requirepass "S3cr3t Pass"'), ['connection_secret:S3cr3t Pass'])
  tt.same(found('requirepass foobared-x9\n  masterauth R3plica-Auth'), ['connection_secret:foobared-x9', 'connection_secret:R3plica-Auth'])
  tt.same(found('redis-server --requirepass Srv-Pass-1 --port 6380'), ['connection_secret:Srv-Pass-1'])
  for (const text of ['AUTH LOGIN', 'use requirepass to set it', 'masterauth <password>', 'ACL SETUSER app on nopass ~* +@all',
    'requirepass $REDIS_PASSWORD', '127.0.0.1:6379> AUTH', 'ACL SETUSER app on >', 'the ACL SETUSER command']) {
    tt.same(found(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('h:6379> ACL SETUSER u on >Xy-9-Zq ~*'), 'h:6379> ACL SETUSER u on >CONNECTION_SECRET_1 ~*')
})
