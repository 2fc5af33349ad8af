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

async function answers (port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('PING\r\n'))
    socket.once('data', (data) => { socket.destroy(); resolve(data.toString().startsWith('+PONG')) })
    socket.once('error', () => resolve(false))
    socket.setTimeout(500, () => { socket.destroy(); resolve(false) })
  })
}

export async function startPrivateRedis (): Promise<PrivateRedis> {
  const port = await freePort()
  let child: ChildProcess | undefined

  async function start (): Promise<void> {
    const spawned = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' })
    child = spawned
    // A test that dies half-way must not leave its Redis behind.
    const reap = (): void => { spawned.kill('SIGKILL') }
    process.once('exit', reap)
    spawned.once('exit', () => process.removeListener('exit', reap))
    for (let i = 0; i < 100; i++) { // up to 10 s on a slow machine
      if (await answers(port)) return
      await sleep(100)
    }
    throw new Error(`redis-server did not start on port ${port}`)
  }

  async function stop (): Promise<void> {
    const running = child
    child = undefined
    if (running === undefined || running.exitCode !== null) return
    running.kill('SIGCONT')
    running.kill('SIGKILL')
    await once(running, 'exit')
  }

  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    pause () { child?.kill('SIGSTOP') },
    resume () { child?.kill('SIGCONT') }
  }
}
