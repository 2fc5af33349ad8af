// We ask upstream for identity encoding, but a proxy on the way may compress anyway: decode
// gzip/deflate/br here (streaming for SSE) so restoration always sees plain bytes.
import type { Readable } from 'node:stream'
import { brotliDecompressSync, createBrotliDecompress, createGunzip, createInflate, gunzipSync, inflateSync } from 'node:zlib'

type Headers = Record<string, string | string[] | undefined>

function encodingOf (headers: Headers): string {
  const value = headers['content-encoding']
  return (Array.isArray(value) ? value.join(',') : value ?? '').trim().toLowerCase()
}

export function decodeBuffer (headers: Headers, body: Buffer): Buffer {
  switch (encodingOf(headers)) {
    case 'gzip': case 'x-gzip': return gunzipSync(body)
    case 'deflate': return inflateSync(body)
    case 'br': return brotliDecompressSync(body)
    default: return body
  }
}

export function decodeStream (headers: Headers, body: Readable): Readable {
  const encoding = encodingOf(headers)
  const decoder = encoding === 'gzip' || encoding === 'x-gzip'
    ? createGunzip()
    : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined
  if (decoder === undefined) return body
  body.on('error', (err) => decoder.destroy(err))
  decoder.on('close', () => { if (!body.destroyed) body.destroy() }) // a client abort reaches the socket
  return body.pipe(decoder)
}
