// npm run bench: the service vs a bare pass-through proxy on the same local mock Messages API,
// measured side by side in one run (alternating order, several rounds, medians). It runs the
// compiled JavaScript, as the container image does (tsx would time its own esbuild helpers too).
// The fourth process is the service with MASK_RESULT_CACHE_BYTES=0 and MASK_DETECT_WORKERS=0.
// Each server runs in its own process (this file, started with a role) so neither shares an
// event loop with autocannon. Env: ROUNDS (3), DURATION_S (5), CONNECTIONS (16), BIG_MB (5),
// BIG_TIMEOUT_S (60: a slower big request is reported as over the limit, not waited for again),
// TURNS (30: length of the growing conversation).
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { request } from 'undici'
import autocannon from 'autocannon'
import { startBareProxy } from './bare-proxy.js'
import { codingAgentBody } from './coding-agent-body.js'
import { awsPrompt, messagesBody } from '../test/load/aws-prompt.js'
import { MESSAGE_REPLY, startMockMessagesApi } from '../test/load/mock-messages-api.js'

const ROUNDS = Number(process.env.ROUNDS ?? 3)
const DURATION_S = Number(process.env.DURATION_S ?? 5)
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16)
const BIG_MB = Number(process.env.BIG_MB ?? 5)
const BIG_TIMEOUT_MS = Number(process.env.BIG_TIMEOUT_S ?? 60) * 1000
const TURNS = Number(process.env.TURNS ?? 30)
const HEADERS = { 'content-type': 'application/json', 'x-api-key': 'bench-key', 'anthropic-version': '2023-06-01' }
const PATH = '/v1/messages'

// ---- child roles: print "READY <url>" and serve until killed ----
async function serveRole (role: string, target: string): Promise<string> {
  if (role === 'mock') return (await startMockMessagesApi({ streamGapMs: 5 })).url
  if (role === 'bare') return (await startBareProxy(target)).url
  const { buildApp } = await import('../app.js')
  const { loadConfig } = await import('../config.js')
  const app = await buildApp(loadConfig({
    ANTHROPIC_BASE_URL: target, ANTHROPIC_API_KEY: 'bench-key', LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '1000000000', RATE_LIMIT_ANALYZE_MAX: '1000000000', PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
    ...(role === 'app-nocache' ? { MASK_RESULT_CACHE_BYTES: '0', MASK_DETECT_WORKERS: '0' } : {})
  }))
  return await app.listen({ port: 0, host: '127.0.0.1' })
}

async function spawnRole (role: string, target = ''): Promise<{ url: string, child: ChildProcess }> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), role, target],
    { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  for await (const line of lines) if (line.startsWith('READY ')) return { url: line.slice(6), child }
  throw new Error(`${role} exited before it was ready`)
}

// ---- measurements ----
interface Load { rps: number, p50: number, p99: number, bad: number }
let sessions = 0
/** Headers starting a new conversation (a new masking scope: every identifier gets a fresh token). */
const freshConversation = (): Record<string, string> => ({ ...HEADERS, 'x-mask-session': `bench-${process.pid}-${++sessions}` })

let prompts = 0
/** A ~8 KB prompt no request sent before (identifiers, so its text and its masked text are new). */
const newPrompt = (stream = false): string => messagesBody(awsPrompt(8 * 1024, 1_000_000 + 16 * ++prompts).text, stream)

/** New prompts per second of load made ready before it starts: more than a new-conversation run serves here (~800/s). */
const NEW_PROMPTS_PER_S = 1500

async function load (url: string, body: string, fresh = false): Promise<Load> {
  // a new conversation with a new text: nothing the service read before (no result, no matches);
  // made before the run, so autocannon's process spends its time sending
  const bodies = fresh ? Array.from({ length: NEW_PROMPTS_PER_S * DURATION_S }, () => newPrompt()) : []
  let sent = 0
  const requests: autocannon.Request[] | undefined = fresh ? [{ setupRequest: (req) => ({ ...req, headers: freshConversation(), body: bodies[sent++ % bodies.length] }) }] : undefined
  const r = await autocannon({ url: url + PATH, method: 'POST', headers: HEADERS, body, requests, connections: CONNECTIONS, duration: DURATION_S })
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts }
}

/** One request: total ms and ms to the first body byte; checks the answer is a real one. */
async function timeOne (url: string, body: string, timeoutMs = 30_000, headers: Record<string, string> = HEADERS): Promise<{ total: number, ttfb: number }> {
  const t0 = performance.now()
  const res = await request(url + PATH, { method: 'POST', headers, body, headersTimeout: timeoutMs, bodyTimeout: timeoutMs })
  let ttfb = 0
  const chunks: Buffer[] = []
  for await (const chunk of res.body) { if (ttfb === 0) ttfb = performance.now() - t0; chunks.push(chunk as Buffer) }
  if (res.statusCode !== 200) throw new Error(`${url}: status ${res.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 200)}`)
  return { total: performance.now() - t0, ttfb }
}

/** Body of turn `n` (from 1): n user prompts of ~8 KB, each with new identifiers, and the answers between. */
function turnBody (n: number): string {
  const messages: object[] = []
  for (let i = 0; i < n; i++) {
    if (i > 0) messages.push({ role: 'assistant', content: [{ type: 'text', text: JSON.parse(MESSAGE_REPLY).content[0].text }] })
    messages.push({ role: 'user', content: [{ type: 'text', text: awsPrompt(8 * 1024, 500_000 + i * 40).text }] })
  }
  return JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 512, system: 'You are an AWS operations assistant.', messages })
}

/** Each server plays the same conversation, turn by turn (its own session), alternating servers per turn. */
async function conversation (turns: number, servers: Record<'bare' | 'app' | 'nocache', string>) {
  const total = { bare: 0, app: 0, nocache: 0 }
  const last = { bare: 0, app: 0, nocache: 0 }
  const sessions = { bare: freshConversation(), app: freshConversation(), nocache: freshConversation() }
  let lastBytes = 0
  for (let n = 1; n <= turns; n++) {
    const body = turnBody(n)
    lastBytes = Buffer.byteLength(body)
    const order = (['bare', 'app', 'nocache'] as const).slice()
    if (n % 2 === 0) order.reverse()
    for (const which of order) {
      const ms = (await timeOne(servers[which], body, 30_000, sessions[which])).total
      total[which] += ms
      last[which] = ms
    }
  }
  return { bare: total.bare, app: total.app, nocache: total.nocache, lastBare: last.bare, lastApp: last.app, lastNoCache: last.nocache, lastBytes }
}

/** The slowest /health answer while one big new-conversation request is served. */
async function healthDuring (url: string, body: string): Promise<number> {
  let done = false
  let worst = 0
  const big = timeOne(url, body, BIG_TIMEOUT_MS, freshConversation()).finally(() => { done = true })
  while (!done) {
    const t0 = performance.now()
    await (await request(url + '/health')).body.dump()
    worst = Math.max(worst, performance.now() - t0)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await big
  return worst
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const pick = <T>(round: number, a: T, b: T): [T, T] => (round % 2 === 0 ? [a, b] : [b, a])

/** Alternates bare/service `n` times and returns the medians of `measure`. */
async function sideBySide (n: number, urls: { bare: string, app: string }, measure: (url: string) => Promise<number>) {
  const out = { bare: [] as number[], app: [] as number[] }
  for (let i = 0; i < n; i++) {
    for (const which of pick(i, 'bare' as const, 'app' as const)) out[which].push(await measure(urls[which]))
  }
  return { bare: median(out.bare), app: median(out.app) }
}

const times = (r: { bare: number, app: number }): string => Number.isFinite(r.app) ? `${(r.app / r.bare).toFixed(2)}x` : `>${(BIG_TIMEOUT_MS / r.bare).toFixed(0)}x`
const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : `>${BIG_TIMEOUT_MS}`).padStart(9)

function report (label: string, bare: number, app: number, unit: string, goal: string, ok: boolean): void {
  console.log(`${label.padEnd(34)} bare ${fmt(bare)} ${unit}   service ${fmt(app)} ${unit}   ${goal.padEnd(22)} ${ok ? 'MET' : 'MISSED'}`)
}

async function main (): Promise<void> {
  const mock = await spawnRole('mock')
  const bare = await spawnRole('bare', mock.url)
  const app = await spawnRole('app', mock.url)
  const appNoCache = await spawnRole('app-nocache', mock.url)
  const children = [mock.child, bare.child, app.child, appNoCache.child]
  const urls = { bare: bare.url, app: app.url }
  try {
    const small = messagesBody(awsPrompt(8 * 1024).text)
    const probe = await request(app.url + PATH, { method: 'POST', headers: HEADERS, body: small })
    const probeBody = await probe.body.text()
    if (probe.statusCode !== 200 || JSON.parse(probeBody).content?.[0]?.text !== JSON.parse(MESSAGE_REPLY).content[0].text) {
      throw new Error(`service is not proxying ${PATH} yet: ${probe.statusCode} ${probeBody.slice(0, 200)}`)
    }
    console.log(`prompt ${Buffer.byteLength(small)} B, ${ROUNDS} rounds x ${DURATION_S} s, ${CONNECTIONS} connections, node ${process.version}`)
    await load(urls.bare, small); await load(urls.app, small) // warm-up (JIT, pools)

    // Same conversation resent (the service knows every value) and a new conversation per request
    // (every identifier gets a fresh token): a client's real traffic is a mix of the two.
    const runs = { bare: [] as Load[], app: [] as Load[], appFresh: [] as Load[] }
    for (let i = 0; i < ROUNDS; i++) {
      for (const which of pick(i, 'bare' as const, 'app' as const)) runs[which].push(await load(urls[which], small))
      runs.appFresh.push(await load(urls.app, small, true))
    }
    const med = (which: 'bare' | 'app' | 'appFresh', k: keyof Load): number => median(runs[which].map((r) => r[k]))
    const bad = [...runs.app, ...runs.bare, ...runs.appFresh].reduce((n, r) => n + r.bad, 0)
    report('8 KB requests/s', med('bare', 'rps'), med('app', 'rps'), 'rps', '>= 0.8x bare', med('app', 'rps') >= 0.8 * med('bare', 'rps'))
    report('8 KB requests/s, new conversations', med('bare', 'rps'), med('appFresh', 'rps'), 'rps', '>= 0.8x bare', med('appFresh', 'rps') >= 0.8 * med('bare', 'rps'))
    report('8 KB p50 under load', med('bare', 'p50'), med('app', 'p50'), 'ms', 'info (1 ms resolution)', true)
    report('8 KB p99 under load', med('bare', 'p99'), med('app', 'p99'), 'ms', 'info (1 ms resolution)', true)
    const seq = await sideBySide(301, urls, async (url) => (await timeOne(url, small)).total)
    report('8 KB p50 one at a time', seq.bare, seq.app, 'ms', '< 1 ms added', seq.app - seq.bare < 1)
    const seqFresh = await sideBySide(301, urls, async (url) => (await timeOne(url, newPrompt(), 30_000, freshConversation())).total)
    report('8 KB p50, new conversations', seqFresh.bare, seqFresh.app, 'ms', '< 1 ms added', seqFresh.app - seqFresh.bare < 1)
    // a text other conversations sent before (a shared system prompt, tool definitions, a paste)
    const seqSeen = await sideBySide(301, urls, async (url) => (await timeOne(url, small, 30_000, freshConversation())).total)
    report('  same, a text sent before', seqSeen.bare, seqSeen.app, 'ms', 'info', true)
    // a coding agent's request (66 KB of system prompt and tools that every conversation repeats)
    // starting a new conversation with a ~2 KB turn of its own
    const agent = await sideBySide(301, urls, async (url) => (await timeOne(url, codingAgentBody(awsPrompt(2048, 3_000_000 + 16 * ++prompts).text), 30_000, freshConversation())).total)
    report('66 KB coding-agent request, new', agent.bare, agent.app, 'ms', 'info', true)

    // a new big text for each new conversation (the service remembers what it detected in a text)
    let bigs = 0
    const newBigBody = (): string => messagesBody(awsPrompt(BIG_MB * 1024 * 1024, 2_000_000 + 100_000 * ++bigs).text)
    const bigBody = newBigBody()
    const overLimit = new Set<string>() // a big request over the limit is not retried: Infinity
    // A new conversation each time (all masked afresh), then the same conversation resent (the
    // service reuses what it masked and verified for it on the turn before).
    const bigOnce = async (url: string, headers: Record<string, string>, body = bigBody): Promise<number> => {
      if (overLimit.has(url)) return Infinity
      try { return (await timeOne(url, body, BIG_TIMEOUT_MS, headers)).total } catch { overLimit.add(url); return Infinity }
    }
    const bigBodies = new Map<string, string>() // the same new text for bare and service in a round
    let bigRound = 0
    const big = await sideBySide(3, urls, async (url) => {
      const round = Math.floor(bigRound++ / 2)
      const body = bigBodies.get(String(round)) ?? newBigBody()
      bigBodies.set(String(round), body)
      return await bigOnce(url, freshConversation(), body)
    })
    bigBodies.clear()
    report(`${BIG_MB} MB prompt end to end`, big.bare, big.app, 'ms', '< 2x bare', big.app < 2 * big.bare)
    const bigSession = freshConversation()
    for (const url of [urls.bare, urls.app]) await bigOnce(url, bigSession) // its first turn, not timed
    const bigResent = await sideBySide(7, urls, async (url) => await bigOnce(url, bigSession))
    report(`${BIG_MB} MB prompt resent`, bigResent.bare, bigResent.app, 'ms', '< 2x bare', bigResent.app < 2 * bigResent.bare)
    // Probes and other requests while a big prompt is masked: detection in a worker thread (the
    // service) against the same service detecting inline (MASK_DETECT_WORKERS=0).
    const stall = { worker: await healthDuring(urls.app, newBigBody()), inline: await healthDuring(appNoCache.url, bigBody) }
    console.log(`/health during a ${BIG_MB} MB prompt, slowest answer: ${stall.worker.toFixed(1)} ms (detected inline: ${stall.inline.toFixed(1)} ms)`)

    // A conversation growing turn by turn, resent whole each turn as clients do: the service with
    // results kept for the next turn, and the same service with MASK_RESULT_CACHE_BYTES=0.
    const chat = await conversation(TURNS, { bare: urls.bare, app: urls.app, nocache: appNoCache.url })
    report(`${TURNS}-turn conversation, total`, chat.bare, chat.app, 'ms', 'info', true)
    report(`  same, results not kept`, chat.bare, chat.nocache, 'ms', 'info', true)
    report(`  its last turn (${(chat.lastBytes / 1024).toFixed(0)} KB)`, chat.lastBare, chat.lastApp, 'ms', 'info', true)
    report(`  same, results not kept`, chat.lastBare, chat.lastNoCache, 'ms', 'info', true)

    const streamBody = messagesBody(awsPrompt(8 * 1024).text, true)
    const ttfb = await sideBySide(51, urls, async (url) => (await timeOne(url, streamBody)).ttfb)
    report('stream time to first byte', ttfb.bare, ttfb.app, 'ms', 'info', true)
    console.log(`ratios: rps ${(med('app', 'rps') / med('bare', 'rps')).toFixed(3)} (new conversations ${(med('appFresh', 'rps') / med('bare', 'rps')).toFixed(3)}), ` +
      `added p50 ${(seq.app - seq.bare).toFixed(3)} ms (new conversations ${(seqFresh.app - seqFresh.bare).toFixed(3)} ms), ` +
      `${BIG_MB} MB ${times(big)} (resent ${times(bigResent)}), TTFB +${(ttfb.app - ttfb.bare).toFixed(2)} ms; failed requests: ${bad}`)
    if (bad > 0) process.exitCode = 1
  } finally {
    for (const child of children) child.kill('SIGTERM')
  }
}

const [role, target] = process.argv.slice(2)
if (role !== undefined) {
  serveRole(role, target).then((url) => console.log(`READY ${url}`), (err: unknown) => { console.error(err); process.exit(1) })
} else {
  main().catch((err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exitCode = 1 })
}
