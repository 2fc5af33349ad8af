// The Messages request /analyze sends. The system prompt tells the model that LABEL_n tokens
// are placeholders: quoting them verbatim is what lets us restore the answer exactly.
import type { AnalysisType } from './analyze-schema.js'

const FOCUS: Record<AnalysisType, string> = {
  security_and_optimization: 'Review security risks (exposure, IAM, encryption, network paths) and cost/performance optimisation opportunities.',
  security_only: 'Review security risks only: public exposure, IAM privileges, encryption, network paths, logging gaps.',
  cost_only: 'Review cost only: idle or oversized resources, pricing models, storage tiers, data transfer.'
}

const PLACEHOLDER_RULES = [
  'Identifiers in the material were replaced by placeholder tokens of the form LABEL_n: an upper-case kind',
  'label, an underscore and a number (ARNs and hostnames keep their readable AWS parts around the tokens).',
  'Treat each token as the real identifier it stands for. When you refer to a resource, quote its token exactly',
  'as written: never alter, abbreviate, translate, reformat or invent tokens, and never guess the original values.'
].join(' ')

export function systemPrompt (analysisType: AnalysisType): string {
  return `You are an AWS solutions architect reviewing infrastructure. ${FOCUS[analysisType]} ` +
    `Give concrete, prioritised findings with the affected resources and a fix for each. ${PLACEHOLDER_RULES}`
}

export function userContent (maskedText: string | undefined, maskedResources: unknown): string {
  const parts: string[] = []
  if (maskedText !== undefined) parts.push(`## Context\n\n${maskedText}`)
  if (maskedResources !== undefined) parts.push(`## AWS resources (JSON)\n\n${JSON.stringify(maskedResources, null, 2)}`)
  return parts.join('\n\n')
}

export interface MessagesRequest {
  model: string
  max_tokens: number
  system: string
  messages: Array<{ role: 'user', content: string }>
}

export function buildMessagesRequest (opts: {
  model: string, maxTokens: number, analysisType: AnalysisType, maskedText?: string, maskedResources?: unknown
}): MessagesRequest {
  return {
    model: opts.model,
    max_tokens: opts.maxTokens,
    system: systemPrompt(opts.analysisType),
    messages: [{ role: 'user', content: userContent(opts.maskedText, opts.maskedResources) }]
  }
}
