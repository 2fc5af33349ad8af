// Server-sent events on bytes: frames are cut on blank lines (LF, CRLF or CR, mixed), and a
// line is decoded only once complete, so a UTF-8 character split across chunks never breaks.

/** One SSE frame as received. `data` joins multiple data lines with '\n'. */
export interface SseEvent {
  event: string | null
  data: string
  /** The frame's decoded lines joined with '\n' (for diagnostics; never logged with bodies). */
  raw: string
}

/** One frame to write: the SDKs dispatch on `event`, so it is always present. */
export interface SseOut {
  event: string
  data: string
}

const LF = 0x0a
const CR = 0x0d

/** Incremental byte framer: push chunks, get every frame completed by them. */
export interface SseFramer {
  push (chunk: Uint8Array): SseEvent[]
  /** End of input: an unterminated last frame is dropped, as the SSE spec says. */
  end (): SseEvent[]
}

export function createSseFramer (): SseFramer {
  const decoder = new TextDecoder('utf-8')
  let pending: Uint8Array[] = [] // bytes of the current, unterminated line
  let afterCr = false // last byte seen was CR: a following LF belongs to it
  let lines: string[] = []

  function takeLine (): string {
    const bytes = pending.length === 1 ? pending[0] : Buffer.concat(pending)
    pending = []
    return decoder.decode(bytes)
  }

  function endLine (out: SseEvent[]): void {
    const line = takeLine()
    if (line.length > 0) {
      lines.push(line)
      return
    }
    if (lines.length > 0) {
      const event = parseFrame(lines)
      lines = []
      if (event !== null) out.push(event)
    }
  }

  return {
    push (chunk) {
      const out: SseEvent[] = []
      let start = 0
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i]
        if (byte !== LF && byte !== CR) continue
        if (byte === LF && afterCr && i === start) {
          // the LF of a CRLF whose CR ended the previous line
          afterCr = false
          start = i + 1
          continue
        }
        if (i > start) pending.push(chunk.subarray(start, i))
        endLine(out)
        afterCr = byte === CR
        start = i + 1
      }
      if (start < chunk.length) {
        pending.push(new Uint8Array(chunk.subarray(start))) // a copy (Buffer#slice is not): callers reuse buffers
        afterCr = false
      }
      return out
    },
    end () {
      pending = []
      lines = []
      return []
    }
  }
}

function parseFrame (lines: string[]): SseEvent | null {
  let event: string | null = null
  const data: string[] = []
  let sawData = false
  for (const line of lines) {
    if (line.startsWith(':')) continue // comment
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') event = value
    else if (field === 'data') {
      data.push(value)
      sawData = true
    }
  }
  if (event === null && !sawData) return null
  return { event, data: data.join('\n'), raw: lines.join('\n') }
}

/** `event: <type>\ndata: <json>\n\n`; a data value with newlines becomes several data lines. */
export function writeSseFrame (frame: SseOut): string {
  const data = frame.data.split(/\r\n|\r|\n/).map(line => `data: ${line}\n`).join('')
  return `event: ${frame.event}\n${data}\n`
}
