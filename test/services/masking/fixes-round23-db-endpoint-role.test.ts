// Round 23 (network troubleshooting): an Aurora endpoint's host was masked with AWS's role label
// (`cluster-`, `cluster-ro-`, `cluster-custom-`, an RDS Proxy's `proxy-`), so the model could not tell
// the writer from the reader in `nslookup` output, and the account's id in it got another token in
// each form. The role stays readable; the id after it is masked, the same in every form.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('the endpoint role stays, the id after it is masked', async tt => {
  tt.same(found('nslookup ledger.cluster-ro-c2mxq8vh41ze.us-east-1.rds.amazonaws.com'), ['rds_cluster:ledger', 'aws_hostname:c2mxq8vh41ze'])
  tt.same(found('"Endpoint": "ledger.cluster-c2mxq8vh41ze.eu-west-1.rds.amazonaws.com"'), ['rds_cluster:ledger', 'aws_hostname:c2mxq8vh41ze'])
  tt.same(found('reporting.cluster-custom-c2mxq8vh41ze.eu-west-1.rds.amazonaws.com:3306'), ['rds_cluster:reporting', 'aws_hostname:c2mxq8vh41ze'])
  tt.same(found('host=pool.proxy-c2mxq8vh41ze.us-east-1.rds.amazonaws.com'), ['rds_instance:pool', 'aws_hostname:c2mxq8vh41ze'])
  tt.same(found('docs.cluster-ro-c2mxq8vh41ze.us-east-1.docdb.amazonaws.com'), ['rds_cluster:docs', 'aws_hostname:c2mxq8vh41ze'])
  tt.same(found('graph.cluster-ro-c2mxq8vh41ze.us-east-1.neptune.amazonaws.com:8182'), ['aws_hostname:graph', 'aws_hostname:c2mxq8vh41ze'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('ledger.cluster-ro-c2mxq8vh41ze.us-east-1.rds.amazonaws.com canonical name = ledger-2.c2mxq8vh41ze.us-east-1.rds.amazonaws.com.'),
    'RDS_CLUSTER_1.cluster-ro-AWS_HOSTNAME_1.us-east-1.rds.amazonaws.com canonical name = RDS_INSTANCE_1.AWS_HOSTNAME_1.us-east-1.rds.amazonaws.com.')
})

t.test('labels that only look like a role are masked whole', async tt => {
  tt.same(found('db.cluster-abc.us-east-1.rds.amazonaws.com'), ['rds_cluster:db', 'aws_hostname:cluster-abc'], 'too short for an id')
  tt.same(found('my-db.clusterx9k2m4q7zz.us-east-1.rds.amazonaws.com'), ['rds_instance:my-db', 'aws_hostname:clusterx9k2m4q7zz'])
  tt.same(found('a.cluster-ro-c2mxq8vh41ze.example.com'), [], 'not an AWS host')
})
