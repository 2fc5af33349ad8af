// A client that closes its connection while the service waits for the API: the upstream call is
// aborted, and the log says so at info level (status 499, as nginx has it), not as a server error
// with a stack trace that would page an SRE for every impatient client.
import { createServer, type IncomingMessage } from 'node:http'
import { once } from 'node:events'
import t from 'tap'
import { buildLoggedApp } from '../../helpers/build-app.js'
import { listenLocal } from '../../helpers/listen-local.js'

t.test('a client gone before the answer is logged once at info as 499; the upstream call is aborted', async (t) => {
  const arrived: IncomingMessage[] = []
  const upstream = createServer((req) => { arrived.push(req) }) // never answers
  const listening = await listenLocal(upstream)
  t.teardown(async () => { upstream.closeAllConnections(); await listening.close() })
  const { app, logs } = await buildLoggedApp(t, { ANTHROPIC_BASE_URL: listening.url, UPSTREAM_MAX_RETRIES: '0', UPSTREAM_TIMEOUT_MS: '60000' })
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' })

  const client = new AbortController()
  const sent = fetch(`${baseURL}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'why is i-0a1b2c3d4e5f67890 down?' }] }),
    signal: client.signal
  }).catch(() => 'aborted')
  const [upstreamRequest] = await once(upstream, 'request') as [IncomingMessage]
  client.abort()
  t.equal(await sent, 'aborted')
  await once(upstreamRequest.socket, 'close') // the service aborted its upstream call
  for (let i = 0; i < 100 && !logs.lines.some((line) => line.msg === 'Client closed the request before the answer'); i++) await new Promise((resolve) => setTimeout(resolve, 10))

  const closed = logs.lines.filter((line) => line.msg === 'Client closed the request before the answer')
  t.equal(closed.length, 1, 'logged once')
  t.match(closed[0], { level: 'info', statusCode: 499, route: '/v1/messages' })
  t.same(logs.lines.filter((line) => line.level === 'error' || line.level === 'fatal').map((line) => line.msg), [], 'no error line')
  t.notOk(logs.text().includes('i-0a1b2c3d4e5f67890'), 'nothing of the body in the logs')
  t.equal(arrived.length, 1, 'one upstream call')
})
