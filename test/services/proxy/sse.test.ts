import t from 'tap'
import fc from 'fast-check'
import { createSseFramer, writeSseFrame, type SseEvent } from '../../../services/proxy/sse.js'

const enc = new TextEncoder()
const strip = (events: SseEvent[]): Array<{ event: string | null, data: string }> => events.map(({ event, data }) => ({ event, data }))

function frameAll (chunks: Uint8Array[]): SseEvent[] {
  const framer = createSseFramer()
  const out: SseEvent[] = []
  for (const chunk of chunks) out.push(...framer.push(chunk))
  out.push(...framer.end())
  return out
}

const STREAM = 'event: message_start\ndata: {"type":"message_start"}\n\n' +
  ': a comment\nevent: ping\r\ndata: {"type": "ping"}\r\n\r\n' +
  'event: content_block_delta\rdata: {"type":"content_block_delta","delta":{"text":"é日本🙂 ¢"}}\r\r' +
  'event: multi\ndata: line one\ndata:line two\n\n' +
  'data: {"type":"nameless"}\n\n' +
  'event: message_stop\r\ndata: {"type":"message_stop"}\n\r\n'

const EXPECTED = [
  { event: 'message_start', data: '{"type":"message_start"}' },
  { event: 'ping', data: '{"type": "ping"}' },
  { event: 'content_block_delta', data: '{"type":"content_block_delta","delta":{"text":"é日本🙂 ¢"}}' },
  { event: 'multi', data: 'line one\nline two' },
  { event: null, data: '{"type":"nameless"}' },
  { event: 'message_stop', data: '{"type":"message_stop"}' }
]

t.test('frames LF, CRLF, CR and mixed separators; skips comments; joins data lines', async t => {
  t.same(strip(frameAll([enc.encode(STREAM)])), EXPECTED)
})

t.test('a stream cut at every byte position gives the same frames (multibyte chars split too)', async t => {
  const bytes = enc.encode(STREAM)
  for (let cut = 0; cut <= bytes.length; cut++) {
    const got = strip(frameAll([bytes.slice(0, cut), bytes.slice(cut)]))
    if (JSON.stringify(got) !== JSON.stringify(EXPECTED)) { t.fail(`differs when cut at byte ${cut}`); return }
  }
  t.pass(`all ${bytes.length + 1} cuts agree`)
})

t.test('random multi-cuts and one-byte chunks agree (property)', async t => {
  const bytes = enc.encode(STREAM)
  t.same(strip(frameAll([...bytes].map(b => Uint8Array.of(b)))), EXPECTED)
  fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 20 }), cuts => {
    const sorted = [...cuts].sort((a, b) => a - b)
    const chunks: Uint8Array[] = []
    let last = 0
    for (const c of [...sorted, bytes.length]) { chunks.push(bytes.slice(last, c)); last = c }
    return JSON.stringify(strip(frameAll(chunks))) === JSON.stringify(EXPECTED)
  }), { numRuns: 300 })
})

t.test('an unterminated last frame is dropped at end', async t => {
  const events = frameAll([enc.encode('event: a\ndata: 1\n\nevent: b\ndata: 2\n')])
  t.same(strip(events), [{ event: 'a', data: '1' }])
})

t.test('the framer copies what it keeps, so callers may reuse buffers', async t => {
  const framer = createSseFramer()
  const buf = Buffer.from('event: a\ndata: xy')
  t.same(framer.push(buf), [])
  buf.fill(0x20)
  t.same(strip(framer.push(enc.encode('z\n\n'))), [{ event: 'a', data: 'xyz' }])
})

t.test('writer always emits event and data lines and round-trips through the framer', async t => {
  t.equal(writeSseFrame({ event: 'ping', data: '{"type":"ping"}' }), 'event: ping\ndata: {"type":"ping"}\n\n')
  const written = writeSseFrame({ event: 'x', data: 'a\nb' })
  t.equal(written, 'event: x\ndata: a\ndata: b\n\n')
  t.same(strip(frameAll([enc.encode(written)])), [{ event: 'x', data: 'a\nb' }])
})
