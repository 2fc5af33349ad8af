// Contracts between the masking pieces: the detector, the scope/token layer and the stores.
// Everything here is Fastify-free.
import type { KnownValues } from './known-values.js'

/** One identifier found in a text. Offsets are UTF-16 indices into the scanned string. */
export interface Match {
  start: number
  end: number
  /** Kind name from the spec, e.g. 'account_id', 'ec2_instance', 'ipv4_private', 's3_bucket'. */
  kind: string
}

/** Finds every identifier in a text in one pass; matches are sorted and never overlap. */
export type Detector = (text: string, context?: DetectContext) => Match[]

/** What the surrounding structure says about a string (e.g. the JSON field name it is the value of). */
export interface DetectContext {
  /** Name of the JSON/YAML field whose value this string is, e.g. 'BucketName'. */
  field?: string
  /** For a tag's `Value`, the tag's `Key` (e.g. 'Name'). */
  tagKey?: string
  /** For a `PhysicalResourceId` or `resourceId`, its sibling resource type (`AWS::Lambda::Function`). */
  resourceType?: string
}

/** A key telling contexts apart (every field counts: results are shared by it). */
export function contextKey (context: DetectContext): string {
  return keyPart(context.field) + keyPart(context.tagKey) + keyPart(context.resourceType) // no array: asked for on every cache lookup
}

const keyPart = (part: string | undefined): string => part === undefined ? '-' : `${part.length}:${part}`

/** What a store keeps for one token. */
export interface MappingValue {
  kind: string
  value: string
}

/** A scope's mappings both ways, and its values indexed for finding them in text. */
export interface LiveScopeIndex {
  readonly byToken: ReadonlyMap<string, MappingValue>
  readonly byValue: ReadonlyMap<string, string>
  readonly known: KnownValues
  /** Set by an in-process store: tells this index apart from any later one of the same scope id
   * (a scope evicted and begun again), so results cached for it are never used for another. */
  readonly uid?: number
  /** Records a token the store gave, when the store does not record it in this index itself. */
  readonly learn?: (value: string, token: string, kind: string) => void
}

/** One value to be given a token inside a scope. */
export interface TokenRequest {
  /** Upper-case label the token starts with, e.g. 'SECURITY_GROUP'. */
  label: string
  kind: string
  value: string
}

/** Thrown when a request would push the store past MASK_MAX_MAPPINGS. */
export class MappingLimitError extends Error {
  readonly code = 'MASK_MAPPING_LIMIT'
  constructor (message = 'Mapping limit reached: the request has too many distinct identifiers to mask safely') {
    super(message)
    this.name = 'MappingLimitError'
  }
}

/** Thrown when the store needed for masking cannot be reached (fail closed). */
export class StoreUnavailableError extends Error {
  readonly code = 'MASK_STORE_UNAVAILABLE'
  constructor (message = 'Mapping store unavailable', options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreUnavailableError'
  }
}

/** Thrown by the verification pass when an outgoing payload still holds a detectable identifier. */
export class LeakDetectedError extends Error {
  readonly code = 'MASK_LEAK_DETECTED'
  /** where: the part of the request that held them (`messages.3`), when the caller knows it. */
  constructor (readonly kinds: string[], readonly where?: string) {
    super(`Outgoing payload still holds unmasked identifiers of kind ${kinds.join(', ')}${where === undefined ? '' : ` in ${where}`}`)
    this.name = 'LeakDetectedError'
  }
}

/**
 * Where token mappings live. The in-memory store is the embedded default; a Redis store
 * implements the same contract for multi-replica deployments.
 *
 * Tokens are `${label}_${n}`, n counting from 1 per (scope, label). A value keeps the token
 * it first got in its scope (the key is the value alone, whatever kind asked again).
 */
export interface MappingStore {
  /**
   * Returns one token per request, in order; allocates atomically per scope.
   * Creates the scope when absent, refreshes its TTL (ms) and last use.
   * Throws MappingLimitError when the total number of entries would exceed the cap after
   * evicting idle (unpinned) scopes; throws StoreUnavailableError when the backend is down.
   */
  resolve (scopeId: string, requests: TokenRequest[], ttlMs: number): Promise<string[]>
  /**
   * Optional, for in-process stores: the scope's own index, created when absent and kept current
   * by resolve, so a scope handle neither copies nor re-indexes it per request. Only for a pinned
   * scope (acquire first): an unpinned one may be evicted and replaced by a new index.
   */
  attach?: (scopeId: string, ttlMs: number) => LiveScopeIndex
  /** A copy of the scope kept up to date between requests (fetches only what it lacks), or every
   * token of it when no copy is kept; refreshes last use. */
  sync?: (scopeId: string) => Promise<LiveScopeIndex | Map<string, MappingValue>>
  /** Every token of the scope (empty when unknown); refreshes last use. */
  load (scopeId: string): Promise<Map<string, MappingValue>>
  /** Pins a scope while a request uses it: a pinned scope is never evicted. Counted (re-entrant). */
  acquire (scopeId: string): Promise<void>
  release (scopeId: string): Promise<void>
  delete (scopeId: string): Promise<void>
  stats (): Promise<{ entries: number, scopes: number }>
  /** Resolves when the backend answers; rejects otherwise (readiness). */
  ping (): Promise<void>
  close (): Promise<void>
}
