import t from 'tap'
import { createThinkingCache } from '../../../services/proxy/thinking-cache.js'

t.test('remembers per scope and signature, evicts least recently used by characters', async t => {
  const cache = createThinkingCache({ maxChars: 10 })
  cache.remember('s1', 'sig', 'abcd')
  t.equal(cache.recall('s1', 'sig'), 'abcd')
  t.equal(cache.recall('s2', 'sig'), undefined, 'another scope never sees it')
  cache.remember('s1', 'sig2', 'efgh')
  t.equal(cache.recall('s1', 'sig'), 'abcd', 'touch: sig is now most recent')
  cache.remember('s1', 'sig3', 'ijkl') // 12 chars > 10: the least recent (sig2) goes
  t.equal(cache.recall('s1', 'sig2'), undefined)
  t.equal(cache.recall('s1', 'sig'), 'abcd')
  t.equal(cache.recall('s1', 'sig3'), 'ijkl')
  cache.remember('s1', 'sig', 'xy')
  t.equal(cache.recall('s1', 'sig'), 'xy', 'replaced')
  cache.remember('s1', 'big', 'x'.repeat(11))
  t.equal(cache.recall('s1', 'big'), undefined, 'larger than the whole cache: not kept')
  cache.remember('s1', '', 'abc')
  t.equal(cache.recall('s1', ''), undefined, 'no signature: nothing to bind to')
})
