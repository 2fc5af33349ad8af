// server.ts as a real process: bad config exits 1, and SIGTERM drains an in-flight request.
// The in-flight request is a POST whose body arrives slowly (any route reads the body first).
import t from 'tap'
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const root = fileURLToPath(new URL('..', import.meta.url))
const STARTUP_MS = 60_000 // tsx compiles on start; a busy 2-core machine can take many seconds

interface Server { child: ChildProcess, port: number, lines: Array<Record<string, unknown>>, stderr: () => string, exited: Promise<number | null> }

function start (env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root,
    // Load shedding off: on a busy CI machine the loop delay of start-up alone can trip it.
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9', PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const lines: Array<Record<string, unknown>> = []
  let err = ''
  let buffered = ''
  const exited = once(child, 'exit').then(([code]) => code as number | null)
  child.stderr?.on('data', (d: Buffer) => { err += d.toString() })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), STARTUP_MS)
    child.stdout?.on('data', (d: Buffer) => {
      buffered += d.toString()
      const parts = buffered.split('\n')
      buffered = parts.pop() ?? ''
      for (const part of parts) {
        if (!part.startsWith('{')) continue
        const line = JSON.parse(part) as Record<string, unknown>
        lines.push(line)
        if (line.msg === 'aws-masker listening') {
          clearTimeout(timer)
          resolve({ child, port: line.port as number, lines, stderr: () => err, exited })
        }
      }
    })
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${err}`)) })
  })
}

async function waitForLine (server: Server, msg: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!server.lines.some((l) => l.msg === msg)) {
    if (Date.now() > deadline) throw new Error(`no log line "${msg}"`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const ready = async (port: number) => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status

/** Polls (bounded) until readiness answers 200. */
async function becomesReady (port: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await ready(port) === 200) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

const CONTINUE = 'HTTP/1.1 100 Continue\r\n\r\n'

/**
 * Sends headers (with `Expect: 100-continue`) and the first part of a JSON body; `finish()` sends
 * the rest and resolves with the raw response after the interim 100. `accepted` resolves once the
 * server has parsed the headers and made the request (Node answers 100 Continue at that point):
 * from then on the request is in flight, not an idle connection that close() may drop. A fixed
 * sleep instead raced the child process on a loaded machine.
 */
function slowRequest (port: number) {
  const body = '{"question":"still uploading"}'
  const socket = net.connect(port, '127.0.0.1')
  let response = ''
  let onContinue: () => void = () => {}
  const continued = new Promise<void>((resolve) => { onContinue = resolve })
  socket.on('data', (d) => {
    response += d.toString()
    if (response.startsWith(CONTINUE)) onContinue()
  })
  socket.on('error', () => {})
  const closed = once(socket, 'close')
  socket.write(`POST /slow-upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`)
  return {
    /** Bounded: false when no 100 Continue came within 20 s. */
    accepted: async () => await Promise.race([continued.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000).unref())]),
    finish: async () => { socket.write(body.slice(10)); await closed; return response.startsWith(CONTINUE) ? response.slice(CONTINUE.length) : response },
    destroy: () => socket.destroy()
  }
}

const refused = (port: number) => new Promise<boolean>((resolve) => {
  const s = net.connect(port, '127.0.0.1')
  s.on('connect', () => { s.destroy(); resolve(false) })
  s.on('error', () => resolve(true))
})

/**
 * Polls (bounded, 5 s) until connections are refused. The server logs "stopped accepting" just
 * before app.close() closes the listener a few ticks later: a connect right after the line could
 * still be accepted. Called while the in-flight request is held open, so it still checks that the
 * listener closes during the drain, not after it.
 */
async function becomesRefused (port: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await refused(port)) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

t.test('bad config: one line naming the variable, exit code 1', async (t) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root, env: { PATH: process.env.PATH ?? '', RATE_LIMIT_MAX: 'lots', ANTHROPIC_API_KEY: 'sk-never-printed' }, stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
  const [code] = await once(child, 'exit')
  t.equal(code, 1)
  t.equal(stderr.trim(), 'Invalid configuration: RATE_LIMIT_MAX must be an integer >= 1')
  t.notMatch(stderr, /sk-never-printed/)
})

t.test('SIGTERM: readiness 503 at once, no new connections, in-flight request completes, exit 0', async (t) => {
  const server = await start({ SHUTDOWN_DELAY_MS: '4000', SHUTDOWN_TIMEOUT_MS: '30000' })
  t.teardown(() => { server.child.kill('SIGKILL') })
  t.ok(await becomesReady(server.port), 'ready before the signal')
  const inFlight = slowRequest(server.port)
  t.ok(await inFlight.accepted(), 'the server has the request in flight (100 Continue)')
  server.child.kill('SIGTERM')
  await waitForLine(server, 'shutting down: readiness is now 503')
  t.equal(await ready(server.port), 503, 'readiness 503 during the delay')
  await waitForLine(server, 'stopped accepting connections: draining in-flight requests')
  t.ok(await becomesRefused(server.port), 'new connections refused while draining')
  const response = await inFlight.finish()
  t.match(response, /^HTTP\/1\.1 404 /, 'the in-flight request got its full answer')
  t.match(response, /"error":"Route not found"/)
  t.equal(await server.exited, 0)
  t.ok(server.lines.some((l) => l.msg === 'drained: exiting'))
})

/** A local stand-in for the Anthropic API that holds every answer until release(). */
async function holdingUpstream () {
  const held: ServerResponse[] = []
  let arrived: () => void = () => {}
  const firstArrival = new Promise<void>((resolve) => { arrived = resolve })
  const server = createServer((req: IncomingMessage, res) => {
    req.resume()
    req.on('end', () => { held.push(res); arrived() })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const message = { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-mock', content: [{ type: 'text', text: 'drained fine' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 2 } }
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    firstArrival,
    release: () => { for (const res of held) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message)) },
    close: () => { server.closeAllConnections(); server.close() }
  }
}

t.test('SIGTERM while /v1/messages waits on a slow upstream: the answer still arrives, exit 0', async (t) => {
  const upstream = await holdingUpstream()
  t.teardown(() => upstream.close())
  const server = await start({ SHUTDOWN_DELAY_MS: '500', SHUTDOWN_TIMEOUT_MS: '30000', ANTHROPIC_BASE_URL: upstream.url, ANTHROPIC_API_KEY: 'sk-ant-test' })
  t.teardown(() => { server.child.kill('SIGKILL') })
  const answer = fetch(`http://127.0.0.1:${server.port}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'hello' }] })
  })
  await upstream.firstArrival
  server.child.kill('SIGTERM')
  await waitForLine(server, 'stopped accepting connections: draining in-flight requests')
  t.ok(await becomesRefused(server.port), 'no new connections')
  upstream.release()
  const res = await answer
  t.equal(res.status, 200)
  t.match(await res.json(), { content: [{ text: 'drained fine' }] })
  t.equal(await server.exited, 0)
})

t.test('a second signal exits at once without waiting for the drain', async (t) => {
  const server = await start({ SHUTDOWN_TIMEOUT_MS: '60000' })
  t.teardown(() => { server.child.kill('SIGKILL') })
  const inFlight = slowRequest(server.port)
  t.teardown(() => inFlight.destroy())
  t.ok(await inFlight.accepted(), 'the server has the request in flight (100 Continue)')
  server.child.kill('SIGTERM')
  await waitForLine(server, 'stopped accepting connections: draining in-flight requests')
  const started = Date.now()
  server.child.kill('SIGINT')
  t.equal(await server.exited, 1)
  t.ok(Date.now() - started < 10_000, 'exited promptly')
})

t.test('a drain longer than SHUTDOWN_TIMEOUT_MS is cut off with exit 1', async (t) => {
  const server = await start({ SHUTDOWN_TIMEOUT_MS: '1000' })
  t.teardown(() => { server.child.kill('SIGKILL') })
  const inFlight = slowRequest(server.port)
  t.teardown(() => inFlight.destroy())
  t.ok(await inFlight.accepted(), 'the server has the request in flight (100 Continue)')
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 1)
  t.ok(server.lines.some((l) => l.msg === 'forced exit'))
})
