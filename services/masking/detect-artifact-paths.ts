// Paths tools print that carry a customer's name with no field naming it: Terraform's lock
// `Path:` (the state's `bucket/key`, when a plan or apply finds the state locked) and the prefix
// CloudWatch Synthetics writes a canary's artifacts under (`canary/<region>/<canary>-<id>/...`).
import { pushCapture, type MatchSink } from './detect-sink.js'

/** `Path:      acme-tfstate/env/prod/terraform.tfstate`: the bucket of an S3 state (the key ends in `.tfstate`). */
const LOCK_PATH = /Path:[ \t]{1,24}([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(?:[A-Za-z0-9_.=+:-]{1,200}\/){0,20}[A-Za-z0-9_.=+-]{0,200}\.tfstate(?:-md5)?(?![A-Za-z0-9_.-])/yd

/** `canary/eu-west-1/checkout-flow-5c1e-7d2b9a41f3c8/`: the canary's name, then the 4 + 12 hex digits Synthetics adds. */
const CANARY_PREFIX = /canary\/(?:[a-z]{2}(?:-gov)?-[a-z]{4,9}-[0-9])\/([0-9a-z_-]{1,255}?)-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9A-Za-z_-])/yd

/** At `Path` followed by `:`: masks the state's bucket; returns where scanning continues, or -1. */
export function handleTfLockPath (text: string, i: number, sink: MatchSink): number {
  return pushCapture(LOCK_PATH, text, i, 's3_bucket', sink)
}

/** At `canary` followed by `/`: masks the canary's name in an artifact prefix; returns where scanning continues, or -1. */
export function handleCanaryArtifacts (text: string, i: number, sink: MatchSink): number {
  return pushCapture(CANARY_PREFIX, text, i, 'resource_name', sink)
}

