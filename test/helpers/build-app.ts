// Builds the real app for a test from the default config plus overrides, closes it in
// t.teardown, and can capture every log line (parsed JSON) for log assertions.
import { Writable } from 'node:stream'
import { buildApp, type App, type BuildOverrides } from '../../app.js'
import { loadConfig } from '../../config.js'

interface Teardown { teardown (fn: () => unknown): void }

/** Env every test starts from: quiet logs, no real upstream reachable by accident. */
export const TEST_ENV: Record<string, string> = {
  LOG_LEVEL: 'silent',
  ANTHROPIC_BASE_URL: 'http://127.0.0.1:9', // discard port: nothing listens there
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0' // a noisy CI machine must not shed test traffic
}

export type LogLine = Record<string, unknown> & { level: string, msg?: string }

/** A writable stream that keeps every JSON log line. */
export function logCapture (): { stream: Writable, lines: LogLine[], text: () => string } {
  const lines: LogLine[] = []
  const raw: string[] = []
  const stream = new Writable({
    write (chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue
        raw.push(line)
        lines.push(JSON.parse(line) as LogLine)
      }
      done()
    }
  })
  return { stream, lines, text: () => raw.join('\n') }
}

export async function buildTestApp (t: Teardown, env: Record<string, string> = {}, overrides: BuildOverrides = {}): Promise<App> {
  const app = await buildApp(loadConfig({ ...TEST_ENV, ...env }), overrides)
  t.teardown(() => app.close())
  return app
}

/** Builds the app with log lines captured at `level` (default info). */
export async function buildLoggedApp (t: Teardown, env: Record<string, string> = {}, level = 'info') {
  const logs = logCapture()
  const app = await buildTestApp(t, { ...env, LOG_LEVEL: level }, { stream: logs.stream })
  return { app, logs }
}
