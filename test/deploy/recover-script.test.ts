// scripts/recover.sh: valid bash, shellcheck-clean when shellcheck is installed, and every compose
// service it drives exists in deploy/docker-compose.yml.
import t from 'tap'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readText, readYaml, repoRoot } from './deploy-files.js'

const script = join(repoRoot, 'scripts/recover.sh')

t.test('bash -n accepts it', async (t) => {
  t.doesNotThrow(() => execFileSync('bash', ['-n', script], { stdio: 'pipe' }))
})

const shellcheck = ['/usr/bin/shellcheck', '/usr/local/bin/shellcheck'].find((p) => existsSync(p))
t.test('shellcheck finds nothing', { skip: shellcheck === undefined ? 'shellcheck not installed' : false }, async (t) => {
  t.doesNotThrow(() => execFileSync(shellcheck!, [script], { stdio: 'pipe' }))
})

t.test('it drives the compose stack that exists', async (t) => {
  const text = readText('scripts/recover.sh')
  t.match(text, /^set -euo pipefail$/m, 'fails fast')
  t.match(text, /deploy\/docker-compose\.yml/)
  const services = Object.keys(readYaml('deploy/docker-compose.yml').services)
  for (const m of text.matchAll(/compose (?:exec -T|build --pull) (\S+)/g)) t.ok(services.includes(m[1]), `${m[1]} is a compose service`)
  for (const step of ['down --remove-orphans', 'image prune', 'build --pull', 'up -d', '/health/ready', 'kong health']) {
    t.ok(text.includes(step), `does: ${step}`)
  }
})
