// Slow-loris style clients over a real port: stalled bodies, dribbled headers and trickled
// bytes are cut off with 408 once the request timeout passes, while other clients are served.
import t from 'tap'
import net from 'node:net'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { buildTestApp } from '../helpers/build-app.js'
import { createMockAnthropic } from '../helpers/mock-anthropic.js'

const REQUEST_TIMEOUT_MS = 1500
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function listeningApp (t: Parameters<typeof buildTestApp>[0], env: Record<string, string> = {}) {
  const upstream = await createMockAnthropic()
  t.teardown(() => upstream.close())
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream.url, ANTHROPIC_API_KEY: 'sk-ant-test', RATE_LIMIT_MAX: '100000', RATE_LIMIT_ANALYZE_MAX: '100000', ...env },
    { requestTimeoutMs: REQUEST_TIMEOUT_MS, connectionsCheckingIntervalMs: 100 })
  await app.listen({ port: 0, host: '127.0.0.1' })
  return { app, upstream, port: (app.server.address() as AddressInfo).port }
}

/** Opens a raw connection; resolves with everything received once the server closes it (bounded). */
function rawClient (port: number) {
  const socket = net.connect(port, '127.0.0.1')
  let received = ''
  socket.on('data', (d) => { received += d.toString() })
  socket.on('error', () => {})
  const closed = once(socket, 'close').then(() => received)
  return {
    socket,
    write: (s: string) => { if (!socket.destroyed) socket.write(s) },
    closedWithin: async (ms: number) => await Promise.race([closed, pause(ms).then(() => { socket.destroy(); return 'STILL OPEN' })])
  }
}

const path = (port: number) => `POST /analyze HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n`

t.test('a stalled body is cut off with 408 after the request timeout', async (t) => {
  const { port, upstream } = await listeningApp(t)
  const client = rawClient(port)
  client.write(`${path(port)}Content-Length: 100\r\n\r\n{"contextText":"`)
  const started = Date.now()
  const answer = await client.closedWithin(15_000)
  t.match(answer, /^HTTP\/1\.1 408 /)
  t.ok(Date.now() - started >= REQUEST_TIMEOUT_MS - 200, 'not before the timeout')
  t.equal(upstream.requests.length, 0)
})

t.test('headers dribbled a byte at a time are cut off too', async (t) => {
  const { port } = await listeningApp(t)
  const client = rawClient(port)
  const head = path(port)
  let stop = false
  void (async () => { for (let i = 0; i < head.length && !stop; i++) { client.write(head[i]); await pause(150) } })()
  const answer = await client.closedWithin(15_000)
  stop = true
  t.match(answer, /^HTTP\/1\.1 408 /)
})

t.test('a body trickled slower than the timeout allows is cut off', async (t) => {
  const { port, upstream } = await listeningApp(t)
  const client = rawClient(port)
  const body = JSON.stringify({ contextText: 'x'.repeat(200) })
  client.write(`${path(port)}Content-Length: ${body.length}\r\n\r\n`)
  let stop = false
  void (async () => { for (let i = 0; i < body.length && !stop; i++) { client.write(body[i]); await pause(50) } })()
  const answer = await client.closedWithin(15_000)
  stop = true
  t.match(answer, /^HTTP\/1\.1 408 /)
  t.equal(upstream.requests.length, 0)
})

t.test('while 30 slow clients hang, others are served and the process stays healthy', async (t) => {
  const { port, app } = await listeningApp(t)
  const slow = Array.from({ length: 30 }, () => {
    const c = rawClient(port)
    c.write(`${path(port)}Content-Length: 1000\r\n\r\n{`)
    return c
  })
  t.teardown(() => slow.forEach((c) => c.socket.destroy()))
  await pause(200)
  const started = Date.now()
  const res = await fetch(`http://127.0.0.1:${port}/health`)
  t.equal(res.status, 200)
  t.ok(Date.now() - started < 5000, 'health answered promptly')
  const answers = await Promise.all(slow.map((c) => c.closedWithin(15_000)))
  t.equal(answers.filter((a) => a.startsWith('HTTP/1.1 408')).length, 30, 'every slow client got 408: ' + JSON.stringify([...new Set(answers.map((a) => a.slice(0, 40)))]))
  t.equal((await app.inject({ url: '/health/ready' })).statusCode, 200)
})

t.test('a chunked body over the limit gets 413 without a Content-Length to trust', async (t) => {
  const { port, upstream } = await listeningApp(t, { BODY_LIMIT_BYTES: String(64 * 1024) })
  const client = rawClient(port)
  client.write(`${path(port)}Transfer-Encoding: chunked\r\n\r\n`)
  const chunk = 'x'.repeat(16 * 1024)
  client.write(`${(1).toString(16)}\r\n{\r\n`)
  for (let i = 0; i < 8; i++) client.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
  const answer = await client.closedWithin(15_000)
  t.match(answer, /^HTTP\/1\.1 413 /)
  t.match(answer, /Request body too large/)
  t.equal(upstream.requests.length, 0)
})
