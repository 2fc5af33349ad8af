// Red team round 9 (test/fixtures/blackbox-8/): OpenSearch writes to `/aws/OpenSearchService/
// domains/<domain>/...`, a capitalised service segment the log group reader did not take (the
// domain went out in clear); log groups AWS names itself (`/aws/sagemaker/TrainingJobs`,
// `/aws-glue/crawlers`, `/aws/batch/job`) were masked as customer names.
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'

t.test('the domain of an OpenSearch log group is masked, the rest stays', async tt => {
  tt.same(found('# audit log from /aws/OpenSearchService/domains/halvard-search-prod/audit-logs'), ['resource_name:halvard-search-prod'], 'in a line')
  tt.same(found('aws logs filter-log-events --log-group-name /aws/OpenSearchService/domains/halvard-search-prod/search-logs --start-time 1'),
    ['resource_name:halvard-search-prod'], 'a flag value')
  tt.same(found('"logGroupName": "/aws/sagemaker/Endpoints/fraud-ep-1"'), ['resource_name:fraud-ep-1'], 'a SageMaker endpoint')
})

t.test('log groups AWS names itself stay', async tt => {
  tt.same(found('aws logs tail /aws/sagemaker/TrainingJobs --log-stream-name-prefix x'), [], 'SageMaker training jobs')
  tt.same(found('"LogGroup": "/aws-glue/crawlers", "logGroupName": "/aws-glue/jobs/output"'), [], 'Glue fields')
  tt.same(found('awslogs-group: /aws/batch/job'), [], 'Batch')
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = { LastCrawl: { LogGroup: '/aws-glue/crawlers' }, logGroupName: '/aws/sagemaker/ProcessingJobs' }
  tt.strictSame(await scope.maskJson(value), value, 'parsed JSON')
})

t.test('customer log groups are still masked', async tt => {
  tt.same(found('"LogGroup": "/ecs/halvard-x-1"'), ['log_group:/ecs/halvard-x-1'])
  tt.same(found('"logGroupName": "/aws-glue/jobs/halvard-custom"'), ['log_group:/aws-glue/jobs/halvard-custom'])
})
