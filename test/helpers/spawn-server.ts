// Starts a real server process (server.ts through tsx, or a compiled entry) on a free port and
// waits for its "listening" log line; killed at teardown if the test did not stop it.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface SpawnedServer {
  child: ChildProcess
  port: number
  /** Resolves with the exit code. */
  exited: Promise<number | null>
}

export async function spawnServer (
  t: { teardown: (fn: () => void) => void },
  args: string[],
  env: Record<string, string>
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  let port = 0
  for await (const line of createInterface({ input: child.stdout! })) {
    const m = /"port":(\d+)/.exec(line)
    if (m !== null && line.includes('listening')) { port = Number(m[1]); break }
  }
  child.stdout!.resume()
  return { child, port, exited }
}
