// Test helpers: build Anthropic-style SSE streams and fold restored events back into a message.
import type { SseOut } from '../../../services/proxy/sse.js'

export const frame = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`

export interface Folded { content: any[], events: string[], stopSequence: string | null }

/** Folds events the way the SDK's MessageStream does (enough for text, thinking and tool_use). */
export function fold (events: SseOut[]): Folded {
  const content: any[] = []
  const json: string[] = []
  let stopSequence: string | null = null
  const closed = new Set<number>()
  for (const { event, data } of events) {
    const body = JSON.parse(data) // every frame we write must be valid JSON
    if (event !== body.type) throw new Error(`event name ${event} differs from data.type ${String(body.type)}`)
    if (event === 'content_block_start') { content[body.index] = structuredClone(body.content_block); json[body.index] = '' }
    if (event === 'content_block_delta') {
      if (closed.has(body.index)) throw new Error(`delta after content_block_stop of block ${String(body.index)}`)
      const block = content[body.index]
      const d = body.delta
      if (d.type === 'text_delta') block.text += d.text
      if (d.type === 'thinking_delta') block.thinking += d.thinking
      if (d.type === 'signature_delta') block.signature = d.signature
      if (d.type === 'input_json_delta') json[body.index] += d.partial_json
    }
    if (event === 'content_block_stop') closed.add(body.index)
    if (event === 'content_block_stop' && json[body.index] !== '' && content[body.index].type === 'tool_use') {
      content[body.index].input = JSON.parse(json[body.index])
    }
    if (event === 'message_delta') stopSequence = body.delta.stop_sequence ?? null
  }
  return { content, events: events.map(e => e.event), stopSequence }
}

/** Splits text into pieces at the given sorted cut positions. */
export function cutAt (text: string, cuts: number[]): string[] {
  const pieces: string[] = []
  let last = 0
  for (const c of cuts) { pieces.push(text.slice(last, c)); last = c }
  pieces.push(text.slice(last))
  return pieces
}
