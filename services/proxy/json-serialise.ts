// JSON.stringify for parsed request data, with long strings quoted by the caller: a resent
// conversation turn's masked texts are the same strings every request, and quoting (escaping)
// them is most of what serialising a message costs (~20 us per 8 KB of CLI output).

/** Strings at least this long are handed to `quote`; shorter ones are quoted natively. */
export const MIN_QUOTED_CHARS = 512

/** Adds to `holders` every object and array of `value` holding a long string, however deep; whether `value` holds one. */
function collectHolders (value: unknown, holders: Set<object>): boolean {
  if (typeof value === 'string') return value.length >= MIN_QUOTED_CHARS
  if (value === null || typeof value !== 'object') return false
  let holds = false
  if (Array.isArray(value)) {
    for (const item of value) if (collectHolders(item, holders)) holds = true
  } else {
    for (const key in value) if (collectHolders((value as Record<string, unknown>)[key], holders)) holds = true // parsed data: own keys only
  }
  if (holds) holders.add(value)
  return holds
}

/**
 * Exactly JSON.stringify(value) for JSON-shaped data (what JSON.parse makes, changed in place),
 * with `quote(s)` standing for JSON.stringify(s) on long strings. Parts without a long string
 * are serialised natively (a walk in JS is ~3x slower); anything unusual (toJSON) too.
 */
export function serialiseJson (value: unknown, quote: (text: string) => string): string | undefined {
  const holders = new Set<object>()
  if (!collectHolders(value, holders)) return JSON.stringify(value)
  return serialise(value, quote, holders)
}

function serialise (value: unknown, quote: (text: string) => string, holders: Set<object>): string | undefined {
  if (typeof value === 'string') return value.length >= MIN_QUOTED_CHARS ? quote(value) : JSON.stringify(value)
  if (value === null || typeof value !== 'object' || !holders.has(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value)
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (serialise(value[i], quote, holders) ?? 'null')
    return out + ']'
  }
  let out = '{'
  let first = true
  for (const key of Object.keys(value)) {
    const inner = serialise((value as Record<string, unknown>)[key], quote, holders)
    if (inner === undefined) continue // as JSON.stringify leaves out undefined, functions and symbols
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + inner
    first = false
  }
  return out + '}'
}
