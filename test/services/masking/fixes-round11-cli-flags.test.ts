// Round 11: passwords given to command-line clients as their own argument went out in clear:
// `redis-cli ... -a 'x'` (ElastiCache with AUTH), `sshpass -p 'x' ssh ...`, `curl -u user:x`
// (OpenSearch basic auth, a CI API). Only on that client's line: `-a`, `-p` and `-u` are other
// options elsewhere (`cp -a`, `ssh -p 22`, `sort -u`). Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['redis-cli -a quoted', "redis-cli -h master.orders-cache.x3k9qa.euw1.cache.amazonaws.com -p 6379 --tls -a 'Rd7pQ2mZk9Lx' PING", 'Rd7pQ2mZk9Lx'],
  ['redis-cli -a bare', 'redis-cli --tls -h 10.20.30.40 -a Rd7pQ2mZk9Lx --no-auth-warning INFO', 'Rd7pQ2mZk9Lx'],
  ['sshpass -p', "sshpass -p 'Ss7pQ2mZk9' ssh ec2-user@52.31.118.204", 'Ss7pQ2mZk9'],
  ['curl -u', 'curl -u deploy-bot:Gh7pQ2mZk9Lx https://ci.example.org/api', 'Gh7pQ2mZk9Lx'],
  ['curl -u quoted', "curl -s -u 'admin:Os7!pQ2mZk' -XGET https://search-orders-abc123.eu-west-1.es.amazonaws.com/_cat/indices", 'Os7!pQ2mZk'],
  ['curl --user', 'curl --user admin:Os7pQ2mZk9 https://vpc-logs-x7k2.eu-west-1.es.amazonaws.com/', 'Os7pQ2mZk9']
]

t.test('the password is hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
  const masked = await maskedWithRoundTrip('curl -u deploy-bot:Gh7pQ2mZk9Lx https://ci.example.org/api')
  tt.ok(masked.includes('-u deploy-bot:'), `the user stays readable: ${masked}`)
})

t.test('other commands and prompts stay', async (tt) => {
  tt.same(found('cp -a src dst; ssh -p 2222 host; sort -u list.txt; mkdir -p /tmp/x'), [], 'other commands')
  tt.same(found('curl -u deploy-bot https://ci.example.org/api'), [], 'curl prompting for the password')
  tt.same(found('redis-cli -a $REDIS_AUTH PING'), [], 'a shell variable')
  tt.same(found("mysql -u admin -p orders"), [], 'mysql prompting')
})
