// Restores a non-streamed Messages answer: text, thinking, tool inputs, citations and the
// matched stop sequence. Ids, signatures and usage are left as the API sent them.
import { restoreBlock, type RestoreScope } from './stream-restorer.js'

export function restoreMessage (scope: Pick<RestoreScope, 'unmaskText' | 'unmaskJson'>, message: unknown): unknown {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return message
  const copy: Record<string, any> = { ...message }
  if (Array.isArray(copy.content)) copy.content = copy.content.map((block: any) => restoreBlock(scope, block))
  if (typeof copy.stop_sequence === 'string') copy.stop_sequence = scope.unmaskText(copy.stop_sequence)
  return copy
}
