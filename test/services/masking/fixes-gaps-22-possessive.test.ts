// Red team round 21, left over (a name with no noun before it): `looked at invoice-renderer's role`
// kept the function's short name. A name-shaped word before `'s` and a resource noun owns a
// resource, so is one; only a word shaped as a name after `is` would be (no English compound).
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a name owning a resource', async tt => {
  tt.same(found("- looked at invoice-renderer's role (fw-invoice-renderer-exec) - it has s3:PutObject"),
    ['resource_name:invoice-renderer', 'iam_role:fw-invoice-renderer-exec'])
  tt.same(found("`orders-api`'s queue is slow; payments_v2’s table is big"), ['resource_name:orders-api', 'resource_name:payments_v2'])
  tt.same(found(JSON.stringify({ text: "check billing-worker-2's role\n" })), ['resource_name:billing-worker-2'], 'in a JSON string')
})

t.test('English possessives stay', async tt => {
  for (const text of ["the co-founder's role", "the follow-up's table", "my mother-in-law's bucket", "the write-heavy's table", "AWS's role",
    "the team's bucket", "the read-only's user", "the cross-account's role", "invoice-renderer's key", "the low-latency's queue",
    "invoice-renderer's favourite"]) tt.same(found(text), [], text)
})
