import t from 'tap'
import { alignDocument, createCitationMapper, withCitationOffsets } from '../../../services/proxy/citations.js'
import { createStreamRestorer } from '../../../services/proxy/stream-restorer.js'
import { fakeScope } from './fake-scope.js'

const TABLE = { EC2_INSTANCE_1: 'i-0a1b2c3d4e5f67890', ACCOUNT_ID_1: '123456789012', IPV4_PRIVATE_1: '10.0.1.23' }
const scope = fakeScope(TABLE)
const ORIGINAL = 'i-0a1b2c3d4e5f67890 in 123456789012 talks to 10.0.1.23; done.'
const MASKED = 'EC2_INSTANCE_1 in ACCOUNT_ID_1 talks to IPV4_PRIVATE_1; done.'

const cite = (text: string, cited: string, index = 0) => {
  const start = text.indexOf(cited)
  return { type: 'char_location', cited_text: cited, document_index: index, document_title: null, start_char_index: start, end_char_index: start + cited.length }
}

t.test('alignment: literal runs and token runs cover both texts', async t => {
  const segments = alignDocument({ original: ORIGINAL, masked: MASKED }, scope.unmaskText)
  t.ok(segments)
  t.same(segments?.filter((s) => s.token).map((s) => ORIGINAL.slice(s.oStart, s.oEnd)), ['i-0a1b2c3d4e5f67890', '123456789012', '10.0.1.23'])
  t.same(segments?.filter((s) => !s.token).map((s) => MASKED.slice(s.mStart, s.mEnd)), [' in ', ' talks to ', '; done.'])
  t.equal(alignDocument({ original: 'abc', masked: 'abd' }, scope.unmaskText), undefined, 'not the original with spans replaced: no alignment')
  t.equal(alignDocument({ original: 'x 123456789012', masked: 'x ACCOUNT_ID_1 y' }, scope.unmaskText), undefined, 'a tail that differs: no alignment')
  t.same(alignDocument({ original: '', masked: '' }, scope.unmaskText), [])
})

t.test('a token that does not restore (one-way secret) ends where the next literal run starts', async t => {
  const original = 'key wJalrXUtnFEMI/K7MDENG.bPxRfiCYEXAMPLEKEY; then 123456789012.'
  const masked = 'key SECRET_ACCESS_KEY_1; then ACCOUNT_ID_1.'
  const mapper = createCitationMapper([{ original, masked }], scope.unmaskText)
  const out = mapper.toClient(cite(masked, 'then ACCOUNT_ID_1.'), { ...cite(masked, 'then ACCOUNT_ID_1.'), cited_text: 'then 123456789012.' }) as any
  t.equal(original.slice(out.start_char_index, out.end_char_index), 'then 123456789012.')
  t.equal(out.cited_text, 'then 123456789012.')
  t.equal(alignDocument({ original: 'ab', masked: 'SECRET_ACCESS_KEY_1SECRET_ACCESS_KEY_2' }, scope.unmaskText), undefined, 'two one-way tokens side by side cannot be split')
})

t.test('toClient and toApi are inverse; offsets inside a token widen to the whole value', async t => {
  const mapper = createCitationMapper([undefined, { original: ORIGINAL, masked: MASKED }], scope.unmaskText)
  const masked = cite(MASKED, 'ACCOUNT_ID_1 talks to IPV4_PRIVATE_1', 1)
  const client = mapper.toClient(masked, { ...masked, cited_text: scope.unmaskText(masked.cited_text) }) as any
  t.equal(client.cited_text, '123456789012 talks to 10.0.1.23')
  t.equal(ORIGINAL.slice(client.start_char_index, client.end_char_index), client.cited_text)
  t.same(mapper.toApi(client, { ...client, cited_text: masked.cited_text }), masked, 'back to exactly what the API wrote')
  const inside = { ...masked, start_char_index: masked.start_char_index + 3, end_char_index: masked.end_char_index - 2, cited_text: 'OUNT_ID_1 talks to IPV4_PRIVATE' }
  const widened = mapper.toClient(inside, inside) as any
  t.same([widened.start_char_index, widened.end_char_index], [client.start_char_index, client.end_char_index], 'cut tokens widen to their whole original')
  t.equal(widened.cited_text, '123456789012 talks to 10.0.1.23')
})

t.test('what is left alone: other location types, unknown or non-text documents, bad offsets, text that no longer matches', async t => {
  const mapper = createCitationMapper([{ original: ORIGINAL, masked: MASKED }, undefined], scope.unmaskText)
  const page = { type: 'page_location', cited_text: 'x', document_index: 0, start_page_number: 1, end_page_number: 2 }
  t.equal(mapper.toClient(page, page), page)
  const c = cite(MASKED, 'talks to')
  for (const odd of [{ ...c, document_index: 1 }, { ...c, document_index: 7 }, { ...c, document_index: -1 }, { ...c, start_char_index: '3' }, { ...c, end_char_index: 1.5 }]) {
    t.equal(mapper.toClient(odd, odd), odd, JSON.stringify(odd))
  }
  t.equal(mapper.toClient(c, null), null)
  const edited = { ...c, cited_text: 'something else' }
  const out = mapper.toClient(edited, edited) as any
  t.equal(out.cited_text, 'something else', 'cited text that the offsets do not delimit is kept as it came')
  t.equal(ORIGINAL.slice(out.start_char_index, out.end_char_index), 'talks to', 'offsets still mapped (as UTF-16)')
})

t.test('stream wrapper: citations_delta and a block start with citations get client offsets; other frames untouched', async t => {
  const mapper = createCitationMapper([{ original: ORIGINAL, masked: MASKED }], scope.unmaskText)
  const restorer = withCitationOffsets(createStreamRestorer(scope), mapper)
  const masked = cite(MASKED, 'talks to IPV4_PRIVATE_1')
  const ev = (data: object) => ({ event: (data as { type: string }).type, data: JSON.stringify(data), raw: '' })
  const out = [
    ...restorer.push(ev({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', citations: [] } })),
    ...restorer.push(ev({ type: 'content_block_delta', index: 0, delta: { type: 'citations_delta', citation: masked } })),
    ...restorer.push(ev({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'see EC2_INSTANCE_1' } })),
    ...restorer.push(ev({ type: 'content_block_stop', index: 0 })),
    ...restorer.push(ev({ type: 'content_block_start', index: 1, content_block: { type: 'text', text: 'x', citations: [masked] } })),
    ...restorer.end()
  ].map((f) => JSON.parse(f.data))
  const citation = out[1].delta.citation
  t.equal(citation.cited_text, 'talks to 10.0.1.23')
  t.equal(ORIGINAL.slice(citation.start_char_index, citation.end_char_index), citation.cited_text)
  t.same(out.find((b) => b.type === 'content_block_start' && b.index === 1)?.content_block.citations, [citation], 'citations of a block start too')
  t.equal(out.filter((b) => b.index === 0 && b.delta?.type === 'text_delta').map((b) => b.delta.text).join(''), 'see i-0a1b2c3d4e5f67890')
})
