// EMR on EKS names a job run's Spark pods and their log folders after the run's id:
// `containers/spark-<jobRunId>/spark-<jobRunId>-driver/stderr.gz`, pods `spark-<jobRunId>-driver`,
// `spark-<jobRunId>-exec-1` (EMR Serverless' `00f…` ids the same way). The id is masked as in
// the job run's ARN; `spark-` and the pod's role stay readable. A run id starts `00` and holds a
// letter: `spark-application-1764480012345` (an event log) and `spark-3.5.1` stay.
import type { MatchSink } from './detect-sink.js'

/** `-` and a job run id (EMR on EKS: 19 chars, EMR Serverless: 16), a whole word. */
const RUN_ID = /-(00(?=[0-9a-z]{0,17}[a-z])[0-9a-z]{14,17})(?![0-9A-Za-z_])/yd

/** At `spark` (text[i, i + 5), `-` after it): masks the job run id it names; the id's end, or -1. */
export function handleSparkPod (text: string, i: number, sink: MatchSink): number {
  RUN_ID.lastIndex = i + 5
  const span = RUN_ID.exec(text)?.indices?.[1]
  if (span === undefined) return -1
  sink.push(span[0], span[1], 'resource_name')
  return span[1]
}
