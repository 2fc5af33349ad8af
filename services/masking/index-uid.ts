/** Uids of scope indexes, unique in the process: a result cache may serve the scopes of several
 * stores, and a scope begun again must never be taken for the one before it. */
let uids = 0

export function nextIndexUid (): number {
  return ++uids
}
