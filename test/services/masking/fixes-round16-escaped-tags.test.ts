// Round 16: an agent transcript's tool_result holds pretty-printed CLI JSON inside a JSON string: a
// tag's `\"Key\": \"Name\",\n    \"Value\": \"x\"` has escaped line breaks between key and value, and
// the Name tag's value went out in clear. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a Name tag in escaped pretty-printed JSON', async (tt) => {
  const keyFirst = '"content":"{\\n  \\"Tags\\": [\\n                {\\n                    \\"Key\\": \\"Name\\",\\n                    \\"Value\\": \\"veltrix-batch-nat-a\\"\\n                }\\n  ]\\n}"'
  tt.same(found(keyFirst), ['resource_name:veltrix-batch-nat-a'])
  const valueFirst = '"{\\n  \\"Value\\": \\"web-1\\",\\n  \\"Key\\": \\"Name\\"\\n}"'
  tt.same(found(valueFirst), ['resource_name:web-1'])
  tt.same(found('"{\\n  \\"Key\\": \\"team\\",\\n  \\"Value\\": \\"search\\"\\n}"'), [], 'another tag\'s value stays')
})
