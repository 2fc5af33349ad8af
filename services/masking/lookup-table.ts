// Lookup tables indexed by words read from the user's text. A plain object literal answers
// `constructor`, `toString` or `__proto__` from Object.prototype (a function where a kind was
// expected: masking threw); these tables have no prototype, nested ones neither.
type Table<T> = Readonly<Record<string, T>>

export function lookupTable<T> (entries: Record<string, T>): Table<T> {
  const table = Object.create(null) as Record<string, T>
  for (const [key, value] of Object.entries(entries)) {
    table[key] = isPlainObject(value) ? lookupTable(value as Record<string, unknown>) as T : value
  }
  return Object.freeze(table)
}

function isPlainObject (value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
}
