// Probes. GET /health is liveness: cheap, no dependency calls. GET /health/ready runs the
// registered checks; a critical check that is not 'ok' makes it 503. Later plugins add their
// own checks with app.readiness.addCheck(name, fn).
import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Gauge } from 'prom-client'
import { OPERATIONAL_ROUTE } from './metrics.js'

export type ReadinessCheck = () => Promise<string> | string

export interface Readiness {
  /** Registers a check; `critical: false` reports it without making readiness fail. */
  addCheck (name: string, check: ReadinessCheck, opts?: { critical?: boolean }): void
  /** Readiness turns 503 from now on (first shutdown signal). */
  markShuttingDown (): void
  readonly shuttingDown: boolean
  evaluate (): Promise<{ ready: boolean, checks: Record<string, string> }>
}

declare module 'fastify' {
  interface FastifyInstance {
    readiness: Readiness
  }
}

const CHECK_TIMEOUT_MS = 2000 // a hung dependency must not hang the probe

function readVersion (): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }).version
    } catch { /* try the next layout (source vs dist) */ }
  }
  return 'unknown'
}

async function runCheck (check: ReadinessCheck): Promise<string> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<string>((resolve) => { timer = setTimeout(() => resolve('timeout'), CHECK_TIMEOUT_MS) })
  try {
    return await Promise.race([Promise.resolve().then(check), timeout])
  } catch {
    return 'error'
  } finally {
    clearTimeout(timer)
  }
}

async function health (app: FastifyInstance) {
  const version = readVersion()
  const checks = new Map<string, { check: ReadinessCheck, critical: boolean }>()
  let shuttingDown = false

  const readiness: Readiness = {
    addCheck (name, check, opts = {}) { checks.set(name, { check, critical: opts.critical ?? true }) },
    markShuttingDown () { shuttingDown = true },
    get shuttingDown () { return shuttingDown },
    async evaluate () {
      const entries = [...checks.entries()]
      const states = await Promise.all(entries.map(([, c]) => runCheck(c.check)))
      const result: Record<string, string> = {}
      let ready = true
      entries.forEach(([name, c], i) => {
        result[name] = states[i]
        if (c.critical && states[i] !== 'ok') ready = false
      })
      return { ready, checks: result }
    }
  }
  app.decorate('readiness', readiness)

  // A missing server key is reported but not fatal: clients may bring their own key.
  readiness.addCheck('environment', () => (app.config.ANTHROPIC_API_KEY ? 'ok' : 'missing'), { critical: false })
  readiness.addCheck('pressure', () => (app.isUnderPressure() ? 'under_pressure' : 'ok'))
  readiness.addCheck('shutdown', () => (shuttingDown ? 'shutting_down' : 'ok'))

  new Gauge({
    name: 'aws_masker_ready',
    help: '1 when /health/ready would answer 200, else 0',
    registers: [app.metrics.registry],
    async collect () { this.set((await readiness.evaluate()).ready ? 1 : 0) }
  })

  app.get('/health', { config: OPERATIONAL_ROUTE }, async () =>
    ({ status: 'healthy', timestamp: new Date().toISOString(), service: 'aws-masker', version }))

  app.get('/health/ready', { config: OPERATIONAL_ROUTE }, async (_request, reply) => {
    const { ready, checks: states } = await readiness.evaluate()
    if (!ready) reply.code(503)
    return { status: ready ? 'ready' : 'not ready', checks: states, timestamp: new Date().toISOString() }
  })
}

export default fp(health, { name: 'health', fastify: '5.x', dependencies: ['metrics', 'under-pressure'] })
