// Round 20: AWS Organizations lists delegated administrators by service principal; the StackSets
// principal `member.org.stacksets.cloudformation.amazonaws.com` had its head labels masked as
// customer host labels (and so did other principals whose head labels are AWS's). Regression test,
// failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('service principals with AWS head labels stay readable', async (tt) => {
  for (const principal of ['member.org.stacksets.cloudformation.amazonaws.com', 'stacksets.cloudformation.amazonaws.com',
    'ecs.application-autoscaling.amazonaws.com', 'custom-resource.application-autoscaling.amazonaws.com',
    'replication.dynamodb.amazonaws.com', 'ops.apigateway.amazonaws.com', 'malware-protection-plan.guardduty.amazonaws.com']) {
    tt.same(found(`"ServicePrincipal": "${principal}",`), [], principal)
    tt.same(found(`{"Principal": {"Service": ["${principal}"]}}`), [], `${principal} in a trust policy`)
  }
})

t.test('a customer label before those heads is still masked', async (tt) => {
  tt.same(found('acme-x.stacksets.cloudformation.amazonaws.com'), ['aws_hostname:acme-x'])
  tt.same(found('https://acme-uploads.s3.amazonaws.com/a.txt'), ['s3_bucket:acme-uploads'])
})
