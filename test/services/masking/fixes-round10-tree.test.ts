// A name the scope learned (an EC2 `Name` tag) is replaced wherever it stands alone, but not after
// an ASCII tree's branch: `ansible-inventory --graph` draws `|  |--tessaro-genomics-worker-03`, and
// the run of name characters starting at `--` was no known value, so the name went out in clear.
// The dashes of a branch after `|`, `` ` `` or `+` are no part of the name now. Regression test.
import t from 'tap'
import { cutsAroundTokens, openScope, streamed } from './blackbox-helpers.js'

const TEXT = '"tags": {"Name": "tessaro-genomics-worker-03", "Role": "genomics"}\n' +
  '$ ansible-inventory -i inventory/aws_ec2.yml --graph\n@all:\n  |--@role_genomics:\n  |  |--tessaro-genomics-worker-03\n  `--tessaro-genomics-worker-03\n  +--tessaro-genomics-worker-03\n'

t.test('a learned name after a tree branch is hidden, and restored', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const masked = await scope.maskText(TEXT)
  tt.notOk(masked.includes('tessaro-genomics-worker-03'), masked)
  tt.ok(masked.includes('|  |--') && masked.includes('|--@role_genomics:'), 'the tree stays drawn')
  tt.equal(scope.unmaskText(masked), TEXT, 'restored')
  tt.equal(cutsAroundTokens(masked).find(c => streamed(scope, [masked.slice(0, c), masked.slice(c)], false) !== TEXT), undefined, 'streamed, every cut')
  const other = 'x--tessaro-genomics-worker-03 and --tessaro-genomics-worker-03-old'
  tt.equal(await scope.maskText(other), other, 'glued to a word, or a longer name: not the value')
})
