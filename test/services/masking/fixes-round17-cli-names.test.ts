// Round 17: names under keys and CLI flags of services no field list knew: AWS Batch compute
// environments and job queues (`--compute-environments x`), EventBridge archives and replays
// (`ArchiveName`, `ReplayName`), Security Lake subscribers (`--subscriber-name x`).
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Batch, EventBridge archive and Security Lake names are masked', async (tt) => {
  tt.same(found('aws batch describe-compute-environments --compute-environments kestrel-fargate-ce --query x'), ['resource_name:kestrel-fargate-ce'])
  tt.same(found('aws batch submit-job --job-queue kestrel-spot-queue'), ['resource_name:kestrel-spot-queue'])
  tt.same(found('aws securitylake create-subscriber --subscriber-name kestrel-soc-splunk --access-types S3'), ['resource_name:kestrel-soc-splunk'])
  tt.same(found('{"ArchiveName": "orders-archive", "ReplayName": "orders-2026-12-01-outage"}'),
    ['resource_name:orders-archive', 'resource_name:orders-2026-12-01-outage'])
  tt.same(found('"computeEnvironment": "arn:aws:batch:eu-central-1:731845209964:compute-environment/ce-a"'),
    ['account_id:731845209964', 'arn:ce-a'], 'an ARN there is read as an ARN')
})
