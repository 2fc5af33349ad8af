// Readers shared by the deploy tests: the deploy/ files, and the contracts in docs/architecture.md
// (metric names, config vars) they must agree with.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, parseAllDocuments } from 'yaml'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const deployDir = join(repoRoot, 'deploy')

export function readText (path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8')
}

export type Doc = any

export function readYaml (path: string): Doc {
  return parse(readText(path), { merge: true }) // compose uses << merge keys
}

/** Every file under a directory, relative to the repository root. */
export function listFiles (dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...listFiles(full))
    else out.push(relative(repoRoot, full))
  }
  return out.sort()
}

/** Parses every document of a YAML file; throws on the first error (parse() would only warn on some). */
export function parseYamlStrict (text: string): Doc[] {
  return parseAllDocuments(text, { merge: true }).map((doc) => {
    if (doc.errors.length > 0) throw doc.errors[0]
    return doc.toJS()
  })
}

/** The section of docs/architecture.md that starts with the given `## ` heading. */
function architectureSection (heading: string): string {
  const text = readText('docs/architecture.md')
  const start = text.indexOf(`## ${heading}`)
  if (start < 0) throw new Error(`docs/architecture.md has no "## ${heading}" section`)
  const end = text.indexOf('\n## ', start + 3)
  return text.slice(start, end < 0 ? undefined : end)
}

/** Metric names the architecture promises, plus Prometheus' own `up`. */
export function knownMetricNames (): Set<string> {
  const names = new Set<string>(['up'])
  for (const m of architectureSection('Metric names').matchAll(/`([a-z_:][a-z0-9_:]*)[`{]/g)) names.add(m[1])
  return names
}

/** Config variables of the architecture's Config table, with their documented defaults. */
export function documentedConfig (): Map<string, string> {
  const vars = new Map<string, string>()
  for (const m of architectureSection('Config').matchAll(/^\| ([A-Z][A-Z0-9_]+) \| ([^|]*) \|/gm)) {
    vars.set(m[1], m[2].trim())
  }
  return vars
}

const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right',
  'and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan'])

/** Metric names a PromQL expression reads (histogram suffixes kept). */
export function metricNamesInPromQL (expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // label values
    .replace(/\{[^}]*\}/g, ' ') // label matchers
    .replace(/\[[^\]]*\]/g, ' ') // range selectors
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ') // grouping labels
  const names = new Set<string>()
  for (const m of stripped.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?/g)) {
    if (m[2] !== undefined) continue // a function call
    if (PROMQL_WORDS.has(m[1].toLowerCase())) continue
    names.add(m[1])
  }
  return [...names].sort()
}

/** A histogram's series name without _bucket/_sum/_count, when the base is a known metric. */
export function baseMetricName (name: string, known: Set<string>): string {
  const base = name.replace(/_(bucket|sum|count)$/, '')
  return known.has(base) ? base : name
}
