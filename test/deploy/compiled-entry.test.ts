// The image runs `node dist/server.js`: compile as the build stage does and start the result
// (own file: the compile takes tens of seconds on a busy machine).
import t from 'tap'
import { execFileSync, spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { repoRoot } from './deploy-files.js'

t.test('the compiled image entry point starts and answers /health', async (t) => {
  // What the image's build stage does, minus type checking (npm run typecheck covers that), into a
  // scratch dir under the repository (its package.json makes dist/*.js ESM, as in /app).
  const out = t.testdir({})
  execFileSync(process.execPath, [`${repoRoot}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--noCheck', '--outDir', out],
    { cwd: repoRoot, stdio: 'pipe' })
  t.ok(readdirSync(out).includes('server.js'), 'server.js where CMD expects it')

  const server = spawn(process.execPath, [join(out, 'server.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)))
  t.teardown(() => { if (server.exitCode === null) server.kill('SIGKILL') })
  let port = 0
  for await (const line of createInterface({ input: server.stdout! })) {
    const m = /"port":(\d+)/.exec(line)
    if (m !== null && line.includes('listening')) { port = Number(m[1]); break }
  }
  server.stdout!.resume()
  t.ok(port > 0, 'compiled server listens')
  const res = await fetch(`http://127.0.0.1:${port}/health`)
  t.equal(res.status, 200, 'the HEALTHCHECK request succeeds')
  server.kill('SIGTERM')
  t.equal(await exited, 0, 'exits 0 on SIGTERM')
})
