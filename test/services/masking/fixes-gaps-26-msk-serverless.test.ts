// Known gap closed (round 26, from round 24): an MSK Serverless bootstrap host
// (`boot-<id>.c<n>.kafka-serverless.<region>.amazonaws.com`) had its cell label `c3` masked as a
// host name, as MSK's `c2` before `kafka.` was once; the cell is AWS's and stays, the cluster's
// label is masked. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("MSK Serverless' cell label stays, the cluster's label is masked", async tt => {
  tt.same(found('bootstrap boot-x7k2m9q4.c3.kafka-serverless.eu-west-1.amazonaws.com:9098'), ['aws_hostname:boot-x7k2m9q4'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('| MSK Serverless | boot-7xq2k9m4.c1.kafka-serverless.eu-central-1.amazonaws.com:9098 |'),
    '| MSK Serverless | AWS_HOSTNAME_1.c1.kafka-serverless.eu-central-1.amazonaws.com:9098 |')
  tt.same(found('b-1.orders.x7k2m9.c2.kafka.eu-west-1.amazonaws.com:9098'), ['aws_hostname:orders', 'aws_hostname:x7k2m9'], 'provisioned MSK as before')
})
