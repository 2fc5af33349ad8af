// Known gap closed (round 26, from round 24): EMR on EKS names a job run's Spark pods and their
// log folders after the run's id (`containers/spark-<jobRunId>/spark-<jobRunId>-driver/stderr.gz`,
// `kubectl logs spark-<jobRunId>-driver`): the id went out there. It is masked as in the run's
// ARN; `spark-` and the pod's role stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("a job run's id in Spark pod names is masked", async tt => {
  tt.same(found('kubectl logs spark-0000000337c8kd1r2nq-driver -n emr'), ['resource_name:0000000337c8kd1r2nq'])
  tt.same(found('spark-0000000337c8kd1r2nq-exec-1   1/1   Running'), ['resource_name:0000000337c8kd1r2nq'])
  tt.same(found('pod spark-00fn8d3r1kq7a20m-driver failed'), ['resource_name:00fn8d3r1kq7a20m'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('containers/spark-0000000337c8kd1r2nq/spark-0000000337c8kd1r2nq-driver/stderr.gz'),
    'containers/spark-RESOURCE_NAME_1/spark-RESOURCE_NAME_1-driver/stderr.gz')
})

t.test('Spark names without a run id stay', async tt => {
  for (const text of ['spark-application-1764480012345', 'image spark-3.5.1', 'spark-00000000000000000', 'spark-operator-7d9f']) tt.same(found(text), [], text)
})
