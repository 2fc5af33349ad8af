// Reads the config, builds the app, listens, and shuts down gracefully: on SIGTERM/SIGINT
// readiness turns 503 at once, the listener stays open SHUTDOWN_DELAY_MS (so load balancers
// see it), then stops accepting and drains in-flight requests for up to SHUTDOWN_TIMEOUT_MS;
// exit 0 when drained, 1 on timeout. A second signal exits at once.
import closeWithGrace from 'close-with-grace'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, type Config } from './config.js'

function readConfig (): Config {
  try {
    return loadConfig(process.env)
  } catch (err) {
    // One line naming the variable and what it accepts; nothing else (values may be secrets).
    process.stderr.write(`${err instanceof ConfigError ? err.message : 'Invalid configuration'}\n`)
    process.exit(1)
  }
}

async function main (): Promise<void> {
  const config = readConfig()
  const app = await buildApp(config)

  closeWithGrace({
    delay: config.SHUTDOWN_DELAY_MS + config.SHUTDOWN_TIMEOUT_MS,
    logger: { error: (msg: unknown) => app.log.error({ reason: String(msg) }, 'forced exit') },
    onSecondSignal: (signal) => app.log.warn({ signal }, 'second signal: exiting at once')
  }, async ({ signal, err }) => {
    app.readiness.markShuttingDown()
    if (err) app.log.error({ err }, 'fatal error: shutting down')
    else app.log.info({ signal, delayMs: config.SHUTDOWN_DELAY_MS }, 'shutting down: readiness is now 503')
    if (config.SHUTDOWN_DELAY_MS > 0) await sleep(config.SHUTDOWN_DELAY_MS)
    app.log.info('stopped accepting connections: draining in-flight requests')
    await app.close()
    app.log.info('drained: exiting')
  })

  const address = await app.listen({ port: config.PORT, host: config.HOST })
  const bound = app.server.address()
  app.log.info({ address, port: typeof bound === 'object' && bound ? bound.port : config.PORT }, 'aws-masker listening')
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
