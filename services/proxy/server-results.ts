// Results of the API's own tools (web search titles and URLs, fetched pages, code execution
// output) and of MCP servers, as content blocks. They are free text the API wrote into the
// conversation: an identifier in them (a forum title quoting 10.0.0.5, an AWS docs page's example
// ARN) made the leak check refuse every later turn, so they are masked when resent and restored
// when answered, like text. Ids, encrypted and binary fields are the API's bytes and stay.

type Json = Record<string, unknown>

/** String fields a result block carries that are not free text. */
const KEPT_KEYS = new Set(['type', 'tool_use_id', 'file_id', 'media_type', 'error_code', 'retrieved_at', 'page_age'])

/** `web_search_tool_result`, `web_fetch_tool_result`, `code_execution_tool_result`, ... and `mcp_tool_result`. */
export function isToolResultOfTheApi (type: unknown): boolean {
  return typeof type === 'string' && type !== 'tool_result' && type.endsWith('_tool_result')
}

function isFreeText (owner: Json, key: string): boolean {
  return !KEPT_KEYS.has(key) && !key.startsWith('encrypted_') && !(key === 'data' && owner.type === 'base64')
}

/** Calls `visit(owner, key)` for every free-text string in a result block, however deep. */
export function forEachResultText (node: Json, visit: (owner: Json, key: string) => void): void {
  for (const key of Object.keys(node)) {
    const value = node[key]
    if (typeof value === 'string') { if (isFreeText(node, key)) visit(node, key) } else if (value !== null && typeof value === 'object') forEachResultText(value as Json, visit)
  }
}

/** A copy of a result block with its free text restored. */
export function restoreResult (node: Json, unmaskText: (text: string) => string): Json {
  const copy: Json = Array.isArray(node) ? [...node] as unknown as Json : { ...node }
  for (const key of Object.keys(copy)) {
    const value = copy[key]
    if (typeof value === 'string') { if (isFreeText(copy, key)) copy[key] = unmaskText(value) } else if (value !== null && typeof value === 'object') copy[key] = restoreResult(value as Json, unmaskText)
  }
  return copy
}
