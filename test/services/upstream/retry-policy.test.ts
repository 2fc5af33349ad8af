import t from 'tap'
import {
  backoffMs, isConnectionError, isRetryableStatus, isTimeoutError, retryHintMs, shouldRetryResponse
} from '../../../services/upstream/retry-policy.js'

t.test('retryable statuses follow the SDKs', async (t) => {
  for (const status of [408, 409, 429, 500, 502, 503, 504, 529]) t.ok(isRetryableStatus(status), String(status))
  for (const status of [200, 400, 401, 403, 404, 413, 422]) t.notOk(isRetryableStatus(status), String(status))
})

t.test('x-should-retry overrides the status', async (t) => {
  t.equal(shouldRetryResponse(500, { 'x-should-retry': 'false' }), false)
  t.equal(shouldRetryResponse(400, { 'x-should-retry': 'true' }), true)
  t.equal(shouldRetryResponse(400, { 'x-should-retry': 'maybe' }), false)
})

t.test('retry hints: retry-after-ms wins, then seconds, then HTTP date', async (t) => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  t.equal(retryHintMs({ 'retry-after-ms': '250', 'retry-after': '9' }, now), 250)
  t.equal(retryHintMs({ 'retry-after': '2' }, now), 2_000)
  t.equal(retryHintMs({ 'retry-after': '1.5' }, now), 1_500)
  t.equal(retryHintMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, now), 3_000)
  t.equal(retryHintMs({ 'retry-after': 'Wed, 31 Dec 2025 00:00:00 GMT' }, now), 0, 'a past date means now')
  t.equal(retryHintMs({ 'retry-after': 'soon' }, now), undefined)
  t.equal(retryHintMs({ 'retry-after-ms': 'x', 'retry-after': '1' }, now), 1_000, 'bad ms falls back')
  t.equal(retryHintMs({}, now), undefined)
})

t.test('backoff doubles up to the cap, with at most 25% jitter off', async (t) => {
  t.equal(backoffMs(0, 500, 8_000, () => 0), 500)
  t.equal(backoffMs(3, 500, 8_000, () => 0), 4_000)
  t.equal(backoffMs(10, 500, 8_000, () => 0), 8_000)
  t.equal(backoffMs(1, 500, 8_000, () => 1), 750)
  for (let i = 0; i < 100; i++) {
    const wait = backoffMs(2)
    t.ok(wait >= 1_500 && wait <= 2_000)
  }
})

t.test('error classes by code, including a wrapped cause', async (t) => {
  t.ok(isConnectionError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })))
  t.ok(isConnectionError(new Error('x', { cause: Object.assign(new Error('y'), { code: 'ECONNRESET' }) })))
  t.ok(isConnectionError({ code: 'UND_ERR_SOCKET' }))
  t.notOk(isConnectionError(new Error('plain')))
  t.ok(isTimeoutError({ code: 'UND_ERR_HEADERS_TIMEOUT' }))
  t.ok(isTimeoutError({ code: 'UND_ERR_BODY_TIMEOUT' }))
  t.notOk(isTimeoutError({ code: 'ECONNRESET' }))
})
