// npm run bench:redis: a growing conversation through the app with the in-process store, with
// Redis (each replica keeping copies of its conversations), and with Redis copying each scope
// whole per request (MASK_REDIS_REPLICA_ENTRIES=0, as before the copies), turn by turn
// side by side on one mock Messages API. Needs a Redis at REDIS_URL (default 127.0.0.1:6379);
// its scopes expire a minute after the run (MASK_SCOPE_TTL_MS). Env: TURNS (30), RESENDS (9).
import { request } from 'undici'
import { buildApp, type App } from '../app.js'
import { loadConfig } from '../config.js'
import { awsPrompt } from '../test/load/aws-prompt.js'
import { MESSAGE_REPLY, startMockMessagesApi } from '../test/load/mock-messages-api.js'

const TURNS = Number(process.env.TURNS ?? 30)
const RESENDS = Number(process.env.RESENDS ?? 9)
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const REPLY = JSON.parse(MESSAGE_REPLY).content[0].text as string

/** Body of turn `n` (from 1): n user prompts of ~8 KB, each with new identifiers, and the answers between. */
function turnBody (n: number): string {
  const messages: object[] = []
  for (let i = 0; i < n; i++) {
    if (i > 0) messages.push({ role: 'assistant', content: [{ type: 'text', text: REPLY }] })
    messages.push({ role: 'user', content: [{ type: 'text', text: awsPrompt(8 * 1024, 500_000 + i * 40).text }] })
  }
  return JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 512, system: 'You are an AWS operations assistant.', messages })
}

async function timeTurn (url: string, session: string, body: string): Promise<number> {
  const t0 = performance.now()
  const res = await request(url + '/v1/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'bench-key', 'anthropic-version': '2023-06-01', 'x-mask-session': session },
    body
  })
  const text = await res.body.text()
  if (res.statusCode !== 200) throw new Error(`${res.statusCode}: ${text.slice(0, 200)}`)
  return performance.now() - t0
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main (): Promise<void> {
  const mock = await startMockMessagesApi({ streamGapMs: 5 })
  const base = {
    ANTHROPIC_BASE_URL: mock.url, ANTHROPIC_API_KEY: 'bench-key', LOG_LEVEL: 'warn', MASK_SCOPE_TTL_MS: '60000',
    RATE_LIMIT_MAX: '1000000000', RATE_LIMIT_ANALYZE_MAX: '1000000000', PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0'
  }
  const variants: Array<[string, Record<string, string>]> = [
    ['memory', {}],
    ['redis, copies', { REDIS_URL }],
    ['redis, whole scope', { REDIS_URL, MASK_REDIS_REPLICA_ENTRIES: '0' }]
  ]
  const apps: App[] = []
  try {
    const urls: string[] = []
    for (const [, env] of variants) {
      const app = await buildApp(loadConfig({ ...base, ...env }))
      apps.push(app)
      urls.push(await app.listen({ port: 0, host: '127.0.0.1' }))
    }
    const probe = await request(urls[1] + '/health/ready')
    if (probe.statusCode !== 200) throw new Error(`no Redis ready at ${REDIS_URL}: ${await probe.body.text()}`)
    const sessions = variants.map((_, i) => `bench-redis-${process.pid}-${i}`)
    const totals = variants.map(() => 0)
    const lastTurn = variants.map(() => 0)
    const resent = variants.map((): number[] => [])
    let body = ''
    for (let n = 1; n <= TURNS; n++) {
      body = turnBody(n)
      const order = n % 2 === 0 ? [2, 1, 0] : [0, 1, 2]
      for (const i of order) { lastTurn[i] = await timeTurn(urls[i], sessions[i], body); totals[i] += lastTurn[i] }
    }
    for (let k = 0; k < RESENDS; k++) {
      for (const i of k % 2 === 0 ? [0, 1, 2] : [2, 1, 0]) resent[i].push(await timeTurn(urls[i], sessions[i], body))
    }
    console.log(`${TURNS}-turn conversation (last body ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB), node ${process.version}, ${REDIS_URL}`)
    console.log(`${'store'.padEnd(20)} ${'all turns'.padStart(10)} ${'last turn'.padStart(10)} ${'last resent (median)'.padStart(22)}`)
    variants.forEach(([label], i) => {
      console.log(`${label.padEnd(20)} ${totals[i].toFixed(1).padStart(7)} ms ${lastTurn[i].toFixed(2).padStart(7)} ms ${median(resent[i]).toFixed(2).padStart(19)} ms`)
    })
    console.log(`ratios to memory: copies ${(totals[1] / totals[0]).toFixed(2)}x all turns, ${(median(resent[1]) / median(resent[0])).toFixed(2)}x resent; whole scope ${(totals[2] / totals[0]).toFixed(2)}x, ${(median(resent[2]) / median(resent[0])).toFixed(2)}x`)
  } finally {
    for (const app of apps) await app.close()
    await mock.close()
  }
}

main().catch((err: unknown) => { console.error(err); process.exitCode = 1 })
