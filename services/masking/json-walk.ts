// Walks a JSON-able value string by string: every string value (with the field name that gives
// it context), every object key, and long integers (a 12-digit account id can be a JSON
// number). Collect and rebuild visit the sites in the same order, so a batch of masked strings
// can be put back in place. Inputs are never mutated; `__proto__` keys stay plain own keys.
import type { DetectContext } from './types.js'
import { MEASURE_KEY } from './catalogue.js' // a measure (`storedBytes`) holds no identifier; `account` is no `count`
import { parentNameContext, terraformTypeField } from './detect-parent.js'
import { TYPED_STRING_KEYS } from './detect-typed-value.js'

export interface StringSite {
  text: string
  context?: DetectContext
  /** The site is a JSON number (its masked form, a token, is a string). */
  number?: true
  /**
   * A metric array's string, whose context is the dimension name before it: the field the array
   * stands in (undefined at the top), which types its token as for the array's numbers and as a
   * streamed restorer, which sees only keys, reads it.
   */
  metricArrayOf?: { field: string | undefined }
}

/** Integers this long may be identifiers; shorter numbers are kept without a detector call. */
const MIN_NUMBER_DIGITS = 12

function isRecord (value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The tag key of `{ Key: 'Name', Value: ... }` objects (AWS tags), if any. */
/** The name a `Value` belongs to: tags ({Key, Value}) and name/value pairs (k8s env, ECS, SSM, dimensions). */
function tagKeyOf (record: Record<string, unknown>): string | undefined {
  if (record.Type === 'SecureString' && 'Value' in record) return SECURE_STRING_KEY // an SSM parameter read with decryption
  const key = record.Key ?? record.key ?? record.Name ?? record.name
  return typeof key === 'string' && ('Value' in record || 'value' in record) ? key : undefined
}

/** The pair key a SecureString parameter's value is read under: a secret's. */
const SECURE_STRING_KEY = 'SecretString'

/** Pulumi's mark of a secret in a stack export: `{"4dabf...": "1b47...", "plaintext": ...}`. */
const PULUMI_SECRET_SIG = '4dabf18193072939515e22adb298388d'

/**
 * Terraform's JSON wraps a variable or output in `{"value": ...}` under its name, Pulumi a secret
 * in `{<sig>, "plaintext": ...}`: the name says what the value is.
 */
function wrappedBy (record: Record<string, unknown>, field: string | undefined): string | undefined {
  return field !== undefined && !Array.isArray(record) && ('value' in record || (PULUMI_SECRET_SIG in record && 'plaintext' in record)) ? field : undefined
}

/** The CloudFormation/Config resource type beside a physical id (`AWS::Lambda::Function`), if any. */
function resourceTypeOf (record: Record<string, unknown>): string | undefined {
  const type = record.ResourceType ?? record.resourceType
  return typeof type === 'string' && type.startsWith('AWS::') && ('PhysicalResourceId' in record || 'resourceId' in record) ? type : undefined
}

/**
 * An EC2 filter (`{Name: 'instance-type', Values: [...]}`): its name, AWS's, says what its values
 * are. Only a name of a filter's shape: the answer is read again masked, and a token standing
 * there (a number or a name masked under `Name`) must not make a filter of what was none.
 */
function filterNameOf (record: Record<string, unknown>): string | undefined {
  return typeof record.Name === 'string' && Array.isArray(record.Values) && FILTER_NAME.test(record.Name) ? record.Name : undefined
}
const FILTER_NAME = /^(?:tag:[^\s]{1,128}|[a-z][a-z0-9-]{0,63}(?:[.:][a-z][a-z0-9-]{0,63}){0,4})$/

/** A filter's name is scanned like any text (no name field); its values have it as their pair's key. */
function filterContext (key: string, filter: string): DetectContext | undefined {
  return key === 'Values' ? { field: key, tagKey: filter } : key === 'Name' ? undefined : { field: key }
}

function contextFor (key: string, tagKey: string | undefined, resourceType: string | undefined): DetectContext {
  if (resourceType !== undefined && (key === 'PhysicalResourceId' || key === 'resourceId')) return { field: key, resourceType }
  return tagKey !== undefined && (key === 'Value' || key === 'value' || key === 'plaintext') ? { field: key, tagKey } : { field: key }
}


/**
 * A CloudWatch metric array (dashboards, metric queries): `["AWS/Lambda", "Errors", "FunctionName",
 * "<name>", ...]`, or a row repeating the one above with `"..."`/`"."`. Only its strings get a
 * context (numbers keep the array's, as rebuildWithStrings sees them).
 */
function isMetricArray (node: unknown[]): boolean {
  const first = node[0]
  return node.length >= 3 && typeof first === 'string' && (first.startsWith('AWS/') || first === '...' || first === '.')
}

function numberSite (value: number, field: string | undefined): string | undefined {
  if (!Number.isInteger(value) || (field !== undefined && MEASURE_KEY.test(field))) return undefined
  const text = String(value)
  return text.length >= MIN_NUMBER_DIGITS ? text : undefined
}

/** Contexts of a Terraform JSON resource's body (`{"aws_iam_role": {"<label>": <body>}}`): its `name` is the type's. */
const LABELLED = new WeakSet<DetectContext>()
function labelledContext (type: string): DetectContext {
  const context = { field: type }
  LABELLED.add(context)
  return context
}

/** A typed value (`{"string": "x"}` of Verified Permissions, `{"S": "x"}` of DynamoDB): read under the field holding it (`bucket`). */
function typedValueContext (record: Record<string, unknown>, context: DetectContext | undefined): DetectContext | undefined {
  if (context?.field === undefined || Array.isArray(record) || (typeof record.string !== 'string' && typeof record.S !== 'string')) return undefined // most objects: no key list made
  const keys = Object.keys(record)
  return keys.length === 1 && TYPED_STRING_KEYS.has(keys[0]) && typeof record[keys[0]] === 'string' ? { field: context.field } : undefined
}

export function collectStrings (value: unknown): StringSite[] {
  const sites: StringSite[] = []
  const visit = (node: unknown, context: DetectContext | undefined, outer?: Record<string, unknown>): void => {
    if (typeof node === 'string') { sites.push({ text: node, context }); return }
    if (typeof node === 'number') {
      const text = numberSite(node, context?.field)
      if (text !== undefined) sites.push({ text, context, number: true })
      return
    }
    if (!isRecord(node)) return
    if (Array.isArray(node)) {
      if (!isMetricArray(node)) { for (const item of node) visit(item, context); return }
      for (let k = 0; k < node.length; k++) { // a dimension value has its dimension name for context
        const item = node[k]
        const name = k >= 2 ? node[k - 1] : undefined
        if (typeof item === 'string' && typeof name === 'string') sites.push({ text: item, context: { field: name }, metricArrayOf: { field: context?.field } })
        else visit(item, context)
      }
      return
    }
    const filter = filterNameOf(node)
    const tagKey = tagKeyOf(node) ?? wrappedBy(node, context?.field)
    const resourceType = resourceTypeOf(node)
    const metric = typeof node.Name === 'string' && typeof node.Unit === 'string' // `{"Name": "ColdStart", "Unit": "Count"}`: a metric, no resource
    // the map of a resource type's labels (not a labelled resource's own body, whose blocks keep their keys)
    const terraformType = context === undefined || LABELLED.has(context) || terraformTypeField(context.field) === undefined ? undefined : context.field
    const nameField = filter === undefined && tagKey === undefined ? parentNameContext(context?.field, node, outer) : undefined // `"cluster": {"name": "x"}`
    const typed = typedValueContext(node, context)
    for (const key of Object.keys(node)) {
      sites.push({ text: key })
      const keyContext = typed ?? (metric && key === 'Name' ? undefined : nameField !== undefined && key === 'name' ? { field: nameField } : filter === undefined ? contextFor(key, tagKey, resourceType) : filterContext(key, filter))
      const labelled = terraformType !== undefined && isRecord(node[key]) && !Array.isArray(node[key]) // `{"aws_iam_role": {"<label>": {...}}}`
      visit(node[key], labelled ? labelledContext(terraformType) : keyContext, node)
    }
  }
  visit(value, undefined)
  return sites
}

function setOwn (target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/**
 * Rebuilds `value` with the sites of collectStrings(value), in order, replaced by `replaced`
 * (a value may become a non-string, e.g. a restored number; keys stay strings).
 */
export function rebuildWithStrings (value: unknown, replaced: readonly unknown[]): unknown {
  let next = 0
  const rebuild = (node: unknown, field: string | undefined): unknown => {
    if (typeof node === 'string') return replaced[next++]
    if (typeof node === 'number') {
      const text = numberSite(node, field)
      if (text === undefined) return node
      const out = replaced[next++]
      return out === text ? node : out
    }
    if (!isRecord(node)) return node
    if (Array.isArray(node)) return node.map((item) => rebuild(item, field))
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(node)) {
      const newKey = String(replaced[next++])
      setOwn(out, newKey, rebuild(node[key], key))
    }
    return out
  }
  return rebuild(value, undefined)
}

/** Applies `fn` to every string and key (for restoration, which needs no batching). */
export function mapStrings (value: unknown, fn: (text: string, site: StringSite) => unknown): unknown {
  const sites = collectStrings(value)
  return rebuildWithStrings(value, sites.map((site) => fn(site.text, site)))
}
