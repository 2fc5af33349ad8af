// Masks every field of a Messages (or count_tokens) request that can carry customer text, with
// one batched maskStrings call for the free text and one maskJson call for all tool inputs (field
// names give the detector context). Everything the API must see unchanged is left alone: model,
// params, tool names and schema keywords, images, ids, signatures, encrypted fields, cache_control.
// Thinking text is re-masked: the client holds the restored text, the API signed the masked one,
// and masking is deterministic per scope, so the API gets back exactly the bytes it produced.
// Likewise a resent citation gets back the offsets the API wrote, counted in the masked document.
import { createCitationMapper, type RequestDocuments } from './citations.js'
import { forEachResultText, isToolResultOfTheApi } from './server-results.js'

export interface MaskingScope {
  maskStrings (texts: string[]): Promise<string[]>
  maskJson (value: unknown): Promise<unknown>
}

export interface MaskRequestOptions {
  /** The exact masked text the API produced for a signed thinking block, when known. */
  recallThinking?: (block: { thinking: string, signature: string }) => string | undefined
  /** Receives the thinking blocks sent as the API wrote them (the leak check skips their text). */
  apiOwned?: Set<object>
  /** Mask the request itself instead of a copy (a 5 MB body is not cloned); the caller drops the original. */
  inPlace?: boolean
  /** Receives the request's documents in order (original and masked text; undefined for a non-text one). */
  documents?: RequestDocuments
  /** The scope's restore, used to align a document around its tokens for citation offsets. */
  unmaskText?: (text: string) => string
}

type Json = Record<string, any>
interface Slot { get: () => unknown, set: (value: any) => void }

const slotOf = (owner: Json, key: string | number): Slot => ({ get: () => owner[key], set: (value) => { owner[key] = value } })

class Collector {
  readonly texts: Slot[] = []
  readonly toolInputs: Slot[] = []
  /** Per document block in order: the index in `texts` of its text source, if it has one. */
  readonly documents: Array<number | undefined> = []
  /** char_location citations of resent answers, with a copy of each as the client sent it. */
  readonly citations: Array<{ citation: Json, original: Json }> = []
  constructor (private readonly options: MaskRequestOptions) {}

  text (owner: Json | undefined, key: string | number): void {
    if (owner !== undefined && owner !== null && typeof owner[key] === 'string' && owner[key] !== '') this.texts.push(slotOf(owner, key))
  }

  /** A string, or an array of content blocks. */
  content (owner: Json, key: string): void {
    const value = owner[key]
    if (typeof value === 'string') this.text(owner, key)
    else if (Array.isArray(value)) for (const block of value) this.block(block)
  }

  block (block: Json): void {
    if (block === null || typeof block !== 'object') return
    switch (block.type) {
      case 'text':
        this.text(block, 'text')
        if (Array.isArray(block.citations)) {
          for (const citation of block.citations) {
            if (citation?.type === 'char_location') this.citations.push({ citation, original: { ...citation } })
            this.text(citation, 'cited_text')
            this.text(citation, 'document_title')
            this.text(citation, 'title')
            this.text(citation, 'source') // a search_result_location quotes the search result's source (customer text)
            this.text(citation, 'url') // a web_search_result_location: restored on the way back, so masked again
          }
        }
        break
      case 'thinking':
        this.signedText(block, 'thinking')
        break
      case 'compaction': // the API's summary of earlier turns (signed, like thinking), and the tool changes of that range
        if (typeof block.content === 'string' && block.content !== '') this.signedText(block, 'content')
        if (Array.isArray(block.tool_changes)) for (const change of block.tool_changes) this.block(change)
        break
      case 'tool_addition': // a tool defined mid-conversation, by value: masked as a `tools` entry
        if (block.tool?.type === 'tool_definition') this.tool(block.tool.definition)
        break
      case 'mcp_tool_listing': // an MCP server's tools as the API fetched them (descriptions quote ARNs as examples)
        if (Array.isArray(block.tools)) for (const tool of block.tools) this.tool(tool)
        break
      case 'tool_use': case 'server_tool_use': case 'mcp_tool_use':
        if (block.input !== undefined) this.toolInputs.push(slotOf(block, 'input'))
        break
      case 'tool_result': case 'mcp_tool_result': this.content(block, 'content'); break
      case 'document': {
        const at = this.texts.length
        if (block.source?.type === 'text') this.text(block.source, 'data')
        this.documents.push(this.texts.length > at ? at : undefined)
        if (block.source?.type === 'content') this.content(block.source, 'content')
        this.text(block, 'title')
        this.text(block, 'context')
        break
      }
      case 'search_result':
        this.text(block, 'title')
        this.text(block, 'source')
        this.content(block, 'content')
        break
      default: // images, redacted_thinking, unknown blocks: API-owned bytes
        if (isToolResultOfTheApi(block.type)) forEachResultText(block, (owner, key) => { this.text(owner, key) })
    }
  }

  /** Signed text (thinking, a compaction summary): the exact masked text the API signed when known, else masked as text. */
  signedText (block: Json, key: 'thinking' | 'content'): void {
    const recalled = typeof block[key] === 'string' && typeof block.signature === 'string'
      ? this.options.recallThinking?.({ thinking: block[key], signature: block.signature })
      : undefined
    if (recalled === undefined) { this.text(block, key); return }
    block[key] = recalled
    this.options.apiOwned?.add(block)
  }

  /**
   * A client tool's description, the free text of its input schema (an MCP server's tools quote
   * ARNs as examples) and its input examples, masked as the calls they show are.
   */
  tool (tool: Json): void {
    if (tool === null || typeof tool !== 'object') return
    this.text(tool, 'description')
    if (tool.input_schema !== null && typeof tool.input_schema === 'object') this.schema(tool.input_schema)
    if (Array.isArray(tool.input_examples)) tool.input_examples.forEach((_: unknown, i: number) => this.toolInputs.push(slotOf(tool.input_examples, i)))
  }

  /** A structured output's JSON schema (`output_config.format`, the beta's `output_format`): read as a tool's input schema. */
  outputFormat (format: Json | null | undefined): void {
    if (format?.schema !== null && typeof format?.schema === 'object') this.schema(format.schema)
  }

  /** Schema keywords stay as they are (names, types, patterns, refs); descriptions and example values are text. */
  schema (node: Json): void {
    for (const key of Object.keys(node)) {
      const value = node[key]
      if (typeof value === 'string' && (SCHEMA_TEXT_KEYS.has(key) || SCHEMA_VALUE_KEYS.has(key))) this.text(node, key)
      else if (value !== null && typeof value === 'object' && SCHEMA_VALUE_KEYS.has(key)) this.leaves(value)
      else if (value !== null && typeof value === 'object') this.schema(value)
    }
  }

  /** Every string inside an example, default, const or enum value. */
  leaves (value: Json): void {
    for (const key of Object.keys(value)) {
      if (typeof value[key] === 'string') this.text(value, key)
      else if (value[key] !== null && typeof value[key] === 'object') this.leaves(value[key])
    }
  }
}

const SCHEMA_TEXT_KEYS = new Set(['description', 'title', '$comment'])
const SCHEMA_VALUE_KEYS = new Set(['default', 'const', 'examples', 'example', 'enum'])

/** Returns the masked request body: a copy unless options.inPlace (then the input itself). */
export async function maskAnthropicRequest (scope: MaskingScope, request: Json, options: MaskRequestOptions = {}): Promise<Json> {
  const body = options.inPlace === true ? request : structuredClone(request)
  const collect = new Collector(options)
  collect.content(body, 'system')
  if (Array.isArray(body.messages)) for (const message of body.messages) if (message !== null && typeof message === 'object') collect.content(message, 'content')
  if (Array.isArray(body.stop_sequences)) body.stop_sequences.forEach((_: unknown, i: number) => collect.text(body.stop_sequences, i))
  collect.text(body.metadata, 'user_id')
  if (Array.isArray(body.tools)) for (const tool of body.tools) collect.tool(tool)
  collect.outputFormat(body.output_config?.format)
  collect.outputFormat(body.output_format)
  collect.text(body.compaction, 'instructions') // summarisation instructions: the client's text
  if (Array.isArray(body.context_management?.edits)) for (const edit of body.context_management.edits) collect.text(edit, 'instructions')

  const keys = new Set<string>()
  for (const slot of collect.toolInputs) collectKeys(slot.get(), keys)
  const keyList = [...keys]
  const texts = collect.texts.map(slot => slot.get() as string)
  const masked = texts.length + keyList.length > 0 ? await scope.maskStrings([...texts, ...keyList]) : []
  collect.texts.forEach((slot, i) => slot.set(masked[i]))
  if (options.documents !== undefined || collect.citations.length > 0) {
    const documents: RequestDocuments = collect.documents.map(i => i === undefined ? undefined : { original: texts[i], masked: masked[i] })
    options.documents?.push(...documents)
    if (collect.citations.length > 0) {
      const mapper = createCitationMapper(documents, options.unmaskText ?? (text => text))
      for (const { citation, original } of collect.citations) Object.assign(citation, mapper.toApi(original, citation))
    }
  }

  if (collect.toolInputs.length > 0) {
    const inputs = await scope.maskJson(collect.toolInputs.map(slot => slot.get())) as unknown[]
    const renamed = new Map<string, string>()
    keyList.forEach((key, i) => { if (masked[texts.length + i] !== key) renamed.set(key, masked[texts.length + i]) })
    collect.toolInputs.forEach((slot, i) => slot.set(renamed.size > 0 ? renameKeys(inputs[i], renamed) : inputs[i]))
  }
  return body
}

function collectKeys (value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) { for (const item of value) collectKeys(item, into); return }
  if (value === null || typeof value !== 'object') return
  for (const [key, inner] of Object.entries(value)) { into.add(key); collectKeys(inner, into) }
}

function renameKeys (value: unknown, renamed: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map(item => renameKeys(item, renamed))
  if (value === null || typeof value !== 'object') return value
  const out: Json = {}
  for (const [key, inner] of Object.entries(value)) out[renamed.get(key) ?? key] = renameKeys(inner, renamed)
  return out
}
