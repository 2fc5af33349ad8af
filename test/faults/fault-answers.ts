// Handlers for the fault server: the healthy echo answer (JSON or SSE, quoting the tokens it got
// so restoration is checked) and each way an upstream can misbehave.
import type { ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { assistantMessage, messageToSse } from '../helpers/mock-anthropic.js'
import type { Handler, Received } from './fault-server.js'

/** The last user message's text, as the upstream received it (masked). */
export function userText (req: Received): string {
  const content = req.json?.messages?.at(-1)?.content
  if (typeof content === 'string') return content
  return Array.isArray(content) ? content.map((b: { text?: string }) => b.text ?? '').join('') : ''
}

export const echoMessage = (req: Received): Record<string, any> => assistantMessage([{ type: 'text', text: userText(req) }])

/** The SSE frames of the echo answer, small deltas so tokens are cut across frames. */
export const echoFrames = (req: Received, deltaSize = 9): string[] => messageToSse(echoMessage(req), deltaSize)

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'request-id': 'req_fault' }

export function sendJson (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), 'request-id': 'req_fault', ...headers })
  res.end(text)
}

export function anthropicError (status: number, type: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => { sendJson(res, status, { type: 'error', error: { type, message: `mock ${type}` }, request_id: 'req_fault' }, headers) }
}

/** The healthy upstream: echoes the user text, streamed when asked. */
export const echo: Handler = (req, res) => {
  if (req.json?.stream !== true) { sendJson(res, 200, echoMessage(req)); return }
  res.writeHead(200, SSE_HEADERS)
  res.end(echoFrames(req).join(''))
}

/** Status, headers and raw body bytes exactly as given (garbage, HTML, truncated JSON). */
export function raw (status: number, contentType: string, body: string): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) })
    res.end(body)
  }
}

/** Reset the connection before any answer. */
export const resetAtOnce: Handler = (_req, res) => { res.socket?.resetAndDestroy() }

/** A JSON answer announced in full (content-length), cut in the middle, then reset. */
export const jsonCutMidBody: Handler = async (req, res) => {
  const text = JSON.stringify(echoMessage(req))
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) })
  res.write(text.slice(0, Math.floor(text.length / 2)))
  await sleep(30)
  res.socket?.resetAndDestroy()
}

/** Headers after `ms` (beyond the per-attempt timeout), then the echo. */
export const slowHeaders = (ms: number): Handler => async (req, res) => {
  await sleep(ms)
  if (!res.destroyed) echo(req, res)
}

/** Headers and part of the body at once, then silence until the client gives up. */
export const stalledJsonBody: Handler = (req, res) => {
  const text = JSON.stringify(echoMessage(req))
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) })
  res.write(text.slice(0, 40))
}

/** SSE: `frames` written, then `after`: reset the socket, stall, or end cleanly. */
export function sseThen (frames: number, after: 'reset' | 'stall' | 'end'): Handler {
  return async (req, res) => {
    res.writeHead(200, SSE_HEADERS)
    res.flushHeaders() // the 200 goes out even when no frame follows
    for (const f of echoFrames(req).slice(0, frames)) res.write(f)
    if (after === 'stall') return
    await sleep(30) // let the frames reach the service first
    if (after === 'reset') res.socket?.resetAndDestroy()
    else res.end()
  }
}

/** SSE bytes written in the given pieces, yielding between them so reads see the cuts. */
export function ssePieces (pieces: (req: Received) => Array<string | Buffer>): Handler {
  return async (req, res) => {
    res.writeHead(200, SSE_HEADERS)
    for (const [i, piece] of pieces(req).entries()) {
      if (res.destroyed) return
      res.write(piece)
      if (i % 16 === 0) await sleep(1)
      else await new Promise((resolve) => setImmediate(resolve))
    }
    res.end()
  }
}
