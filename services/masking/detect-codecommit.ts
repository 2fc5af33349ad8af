// A CodeCommit repository in its Git path `v1/repos/<name>` where no URL host stands glued to it:
// the credential helper's `path=v1/repos/x` (`git credential fill` input), a SigV4 canonical
// request's `/v1/repos/x` (method `GIT`), a log's `path=v1/repos/x`. CodeCommit must be named
// near it (its host, `codecommit`, or the `GIT` method line), so other APIs' `/v1/repos/` stay.
import { indexWithin, isAlnum, type MatchSink } from './detect-sink.js'

/** The repository name after `repos/`: CodeCommit allows letters, digits, `.`, `_`, `-` (100 chars). */
const REPO_NAME = /[A-Za-z0-9._-]{1,100}(?![A-Za-z0-9._-])/y
/** How far around the path `codecommit` is looked for. */
const CONTEXT = 512

function nearCodeCommit (text: string, i: number): boolean {
  const from = Math.max(0, i - CONTEXT)
  if (indexWithin(text, 'codecommit', from, i + CONTEXT) >= 0) return true
  return text.startsWith('GIT\n/', i - 8) || text.startsWith('GIT\\n/', i - 9) // a canonical request, raw or JSON-escaped
}

/** At `repos` (text[i, i + 5)) after `v1/` with `/` after it: masks the repository's name; -1 when none. */
export function handleCodeCommitRepo (text: string, i: number, sink: MatchSink): number {
  if (!text.startsWith('v1/', i - 3) || !nearCodeCommit(text, i)) return -1
  if (text.charCodeAt(i - 4) === 47 && isAlnum(text.charCodeAt(i - 5))) return -1 // a URL's path (`amazonaws.com/v1/repos/x`): the URL reader's
  REPO_NAME.lastIndex = i + 6
  if (!REPO_NAME.test(text)) return -1
  sink.push(i + 6, REPO_NAME.lastIndex, 'resource_name')
  return REPO_NAME.lastIndex
}
