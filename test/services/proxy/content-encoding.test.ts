import { Readable } from 'node:stream'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import t from 'tap'
import { decodeBuffer, decodeStream } from '../../../services/proxy/content-encoding.js'

const TEXT = 'event: ping\ndata: {"type":"ping","x":"日本🙂"}\n\n'.repeat(50)
const ENCODERS: Record<string, (b: Buffer) => Buffer> = { gzip: gzipSync, 'x-gzip': gzipSync, deflate: deflateSync, br: brotliCompressSync }

t.test('buffers and streams decode for every supported encoding; identity passes through', async t => {
  for (const [name, encode] of Object.entries(ENCODERS)) {
    const packed = encode(Buffer.from(TEXT))
    t.equal(decodeBuffer({ 'content-encoding': name.toUpperCase() }, packed).toString(), TEXT, `${name} buffer`)
    const chunks: Buffer[] = []
    const pieces = Array.from({ length: Math.ceil(packed.length / 7) }, (_, i) => packed.subarray(i * 7, i * 7 + 7))
    for await (const chunk of decodeStream({ 'content-encoding': name }, Readable.from(pieces))) chunks.push(chunk as Buffer)
    t.equal(Buffer.concat(chunks).toString(), TEXT, `${name} stream in 7-byte chunks`)
  }
  const plain = Buffer.from(TEXT)
  t.equal(decodeBuffer({}, plain), plain)
  const stream = Readable.from([plain])
  t.equal(decodeStream({ 'content-encoding': 'identity' }, stream), stream)
})

t.test('a broken upstream body fails the decoded stream', async t => {
  const source = new Readable({ read () {} })
  const decoded = decodeStream({ 'content-encoding': 'gzip' }, source)
  source.push(gzipSync(Buffer.from(TEXT)).subarray(0, 20))
  source.destroy(new Error('socket reset'))
  await t.rejects(async () => { for await (const _ of decoded) { /* drain */ } })
})
