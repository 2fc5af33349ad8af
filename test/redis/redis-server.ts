// A private redis-server child for tests that stop and restart Redis (never the shared 6379 one).
// Redis cannot listen on port 0, so a free port is found by binding a throwaway server first.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createConnection, createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

export interface PrivateRedis {
  url: string
  port: number
  /** Kills the server (SIGKILL: like a crash, nothing flushed). */
  stop (): Promise<void>
  /** Starts it again on the same port, empty. */
  start (): Promise<void>
  /** Freezes / thaws it: connections stay open but nothing answers. */
  pause (): void
  resume (): void
}

async function freePort (): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')
  return port
}

/** Whether the Redis answering on `port` is the process `pid` (not another test's server). */
async function answersAs (port: number, pid: number): Promise<boolean> {
  return await new Promise((resolve) => {
    let reply = ''
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('INFO server\r\n'))
    socket.on('data', (data) => {
      reply += data.toString()
      if (/process_id:\d+\r\n/.test(reply)) { socket.destroy(); resolve(reply.includes(`process_id:${pid}\r\n`)) }
    })
    socket.once('error', () => resolve(false))
    socket.setTimeout(500, () => { socket.destroy(); resolve(false) })
  })
}

// The port is free when freePort() returns, but another process (a parallel test file's listener,
// or an outgoing connection between stop() and start()) may take it before redis-server binds it:
// redis-server then exits, and a plain PING could even be answered by someone else's Redis. So
// the answer must come from our own pid, and a server that exited is started again (bounded).
export async function startPrivateRedis (): Promise<PrivateRedis> {
  let child: ChildProcess | undefined

  /** Spawns redis-server on `port`; true once it answers, false if it exited (port taken). */
  async function launch (port: number): Promise<boolean> {
    const spawned = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' })
    child = spawned
    // A test that dies half-way must not leave its Redis behind.
    const reap = (): void => { spawned.kill('SIGKILL') }
    process.once('exit', reap)
    spawned.once('exit', () => process.removeListener('exit', reap))
    for (let i = 0; i < 100 && spawned.exitCode === null && spawned.signalCode === null; i++) { // up to 10 s on a slow machine
      if (spawned.pid !== undefined && await answersAs(port, spawned.pid)) return true
      await sleep(100)
    }
    if (spawned.exitCode === null && spawned.signalCode === null) throw new Error(`redis-server did not start on port ${port}`)
    return false
  }

  let port = 0
  for (let i = 0; i < 5 && port === 0; i++) {
    const candidate = await freePort()
    if (await launch(candidate)) port = candidate
  }
  if (port === 0) throw new Error('redis-server could not bind a free port in five tries')

  async function start (): Promise<void> {
    for (let i = 0; i < 10; i++) { // the same port (the URL is fixed): wait for whoever holds it to let go
      if (await launch(port)) return
      await sleep(200)
    }
    throw new Error(`redis-server could not bind port ${port} again`)
  }

  async function stop (): Promise<void> {
    const running = child
    child = undefined
    if (running === undefined || running.exitCode !== null) return
    running.kill('SIGCONT')
    running.kill('SIGKILL')
    await once(running, 'exit')
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    pause () { child?.kill('SIGSTOP') },
    resume () { child?.kill('SIGCONT') }
  }
}
