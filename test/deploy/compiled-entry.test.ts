// The image runs `node dist/server.js`: compile as the build stage does and start the result
// (own file: the compile takes tens of seconds on a busy machine).
import t from 'tap'
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { spawnServer } from '../helpers/spawn-server.js'
import { repoRoot } from './deploy-files.js'

t.test('the compiled image entry point starts and answers /health', async (t) => {
  // What the image's build stage does, minus type checking (npm run typecheck covers that), into a
  // scratch dir under the repository (its package.json makes dist/*.js ESM, as in /app).
  const out = t.testdir({})
  execFileSync(process.execPath, [`${repoRoot}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--noCheck', '--outDir', out],
    { cwd: repoRoot, stdio: 'pipe' })
  t.ok(readdirSync(out).includes('server.js'), 'server.js where CMD expects it')

  const { child: server, port, exited } = await spawnServer(t, [join(out, 'server.js')], { ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' })
  t.ok(port > 0, 'compiled server listens')
  const res = await fetch(`http://127.0.0.1:${port}/health`)
  t.equal(res.status, 200, 'the HEALTHCHECK request succeeds')
  server.kill('SIGTERM')
  t.equal(await exited, 0, 'exits 0 on SIGTERM')
})
