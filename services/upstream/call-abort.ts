// One call's abort, fired by its deadline or by the caller's signal. An EventEmitter, which
// undici takes as a signal, costs a fraction of an AbortController and its EventTarget
// listeners, and a call makes one on every request.
import { EventEmitter } from 'node:events'

/** What outcome classification reads from a signal. */
export interface AbortState { readonly aborted: boolean, readonly reason?: unknown }

export class CallAbort extends EventEmitter implements AbortState {
  aborted = false
  reason: unknown = undefined
  private readonly caller: AbortSignal | undefined

  /** Follows `caller` (aborted with its reason) until unlink(). */
  constructor (caller?: AbortSignal) {
    super()
    this.caller = caller
    if (caller === undefined) return
    if (caller.aborted) this.abort(caller.reason)
    else caller.addEventListener('abort', this, { once: true })
  }

  abort (reason: unknown): void {
    if (this.aborted) return
    this.aborted = true
    this.reason = reason
    this.emit('abort')
  }

  /** The caller's signal fired (EventTarget listener object). */
  handleEvent (): void {
    this.abort(this.caller?.reason)
  }

  unlink (): void {
    this.caller?.removeEventListener('abort', this)
  }

  /** Waits `ms`, or rejects with the reason as soon as the call is aborted. */
  async pause (ms: number): Promise<void> {
    if (this.aborted) throw this.reason
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(this.reason)
      }
      const timer = setTimeout(() => {
        this.off('abort', onAbort)
        resolve()
      }, ms)
      this.once('abort', onAbort)
    })
  }
}
