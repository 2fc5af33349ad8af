// Restores a non-streamed Messages answer: text, thinking, tool inputs, citations, the
// matched stop sequence and a refusal's explanation. Ids, signatures and usage are left as the API sent them. With the
// request's documents, citation offsets are mapped to the client's original documents.
import { restoreBlock, type RestoreScope } from './stream-restorer.js'
import { citationsToClient, createCitationMapper, type CitationMapper, type RequestDocuments } from './citations.js'

export function restoreMessage (scope: Pick<RestoreScope, 'unmaskText' | 'unmaskJson'>, message: unknown, documents?: RequestDocuments): unknown {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return message
  const copy: Record<string, any> = { ...message }
  let mapper: CitationMapper | undefined
  if (Array.isArray(copy.content)) {
    copy.content = copy.content.map((block: any) => {
      const restored = restoreBlock(scope, block)
      if (documents === undefined || block?.type !== 'text' || !Array.isArray(block.citations)) return restored
      mapper ??= createCitationMapper(documents, scope.unmaskText)
      return { ...restored, citations: citationsToClient(mapper, block.citations, restored.citations) }
    })
  }
  if (typeof copy.stop_sequence === 'string') copy.stop_sequence = scope.unmaskText(copy.stop_sequence)
  if (typeof copy.stop_details?.explanation === 'string') copy.stop_details = { ...copy.stop_details, explanation: scope.unmaskText(copy.stop_details.explanation) }
  return copy
}
