// An ECS task named by its id after `--task` / `--tasks` of an `aws ecs` command
// (`aws ecs execute-command --task 5f1c…`, `describe-tasks --tasks a b`): 32 hex digits, or the
// UUID older tasks had. Task ARNs are the ARN reader's; other tools' `--task` flags say nothing.
import type { MatchSink } from './detect-sink.js'

/** The line's command before the flag: `aws [options] ecs ...` or `ecs-cli ...` (512 chars back at most). */
const ECS_COMMAND = /(?:^|[\s;|&(`])(?:aws(?:[ \t]+--?[a-z][a-z-]*(?:[ \t]+[^\s-]\S*)?)*[ \t]+ecs|ecs-cli)[ \t]/
/** One task id and what may follow it: a blank, a quote, the line's end. */
const TASK_ID = /["']?([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["']?(?=[\s;|&)\\]|$)/dy
/** Ids read after `--tasks`. */
const TASKS_MAX = 16

/** The line holding `start`, from its start (512 chars back at most) to `start`. */
function lineBefore (text: string, start: number): string {
  let s = start
  while (s > 0 && start - s < 512 && text.charCodeAt(s - 1) !== 10) s--
  return text.slice(s, start)
}

/** At `task` / `tasks` (text[i, j)) after `--`: masks the task ids after it; returns where the scan goes on, or -1. */
export function handleEcsTaskFlag (text: string, i: number, j: number, sink: MatchSink): number {
  const sep = text.charCodeAt(j)
  if ((sep !== 32 && sep !== 61 && sep !== 9) || !ECS_COMMAND.test(lineBefore(text, i - 2))) return -1
  let p = j + 1
  let end = -1
  for (let n = 0; n < (j - i === 5 ? TASKS_MAX : 1); n++) {
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++
    TASK_ID.lastIndex = p
    const span = TASK_ID.exec(text)?.indices?.[1]
    if (span === undefined) break
    sink.push(span[0], span[1], 'resource_name')
    p = end = TASK_ID.lastIndex
  }
  return end
}
