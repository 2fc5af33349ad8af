// TypeBox schemas of POST /analyze: body, query, and a response for 200 and every error status
// (they also feed the OpenAPI document at /docs/json).
import Type, { type Static } from 'typebox'

export const ANALYSIS_TYPES = ['security_and_optimization', 'security_only', 'cost_only'] as const
export type AnalysisType = typeof ANALYSIS_TYPES[number]
export const DEFAULT_MAX_TOKENS = 2048

export const MaskingSummarySchema = Type.Object({
  total: Type.Integer({ description: 'identifiers replaced by tokens' }),
  byKind: Type.Record(Type.String(), Type.Integer(), { description: 'count per kind, e.g. {"ec2_instance": 3}' })
})

export const ErrorSchema = Type.Object({
  success: Type.Literal(false),
  error: Type.String(),
  requestId: Type.String(),
  details: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() })))
}, { description: 'The service error shape' })

export const MessagesRequestSchema = Type.Object({
  model: Type.String(),
  max_tokens: Type.Integer(),
  system: Type.String(),
  messages: Type.Array(Type.Object({ role: Type.Literal('user'), content: Type.String() }))
}, { description: 'The exact (masked) Messages API body sent upstream' })

export const AnalyzeQuerySchema = Type.Object({
  dryRun: Type.Optional(Type.Boolean({ default: false, description: 'return the masked request instead of sending it' }))
})

export function analyzeBodySchema (maxContextChars: number, defaultModel: string) {
  return Type.Object({
    contextText: Type.Optional(Type.String({ minLength: 1, maxLength: maxContextChars, description: 'free text: logs, configs, prose' })),
    resources: Type.Optional(Type.Unknown({ description: 'any JSON, e.g. raw AWS CLI output' })),
    options: Type.Optional(Type.Object({
      analysisType: Type.Optional(Type.Enum(ANALYSIS_TYPES, { default: ANALYSIS_TYPES[0] })),
      maxTokens: Type.Optional(Type.Integer({ minimum: 10, maximum: 8192, default: DEFAULT_MAX_TOKENS })),
      model: Type.Optional(Type.String({ minLength: 1, maxLength: 200, default: defaultModel }))
    }, { additionalProperties: false }))
  }, {
    additionalProperties: false,
    anyOf: [{ required: ['contextText'] }, { required: ['resources'] }],
    description: 'contextText and/or resources (at least one)'
  })
}

export type AnalyzeBody = Static<ReturnType<typeof analyzeBodySchema>>

export const AnalyzeResultSchema = Type.Object({
  success: Type.Literal(true),
  analysis: Type.Object({
    text: Type.String({ description: 'the answer, identifiers restored' }),
    model: Type.String(),
    stopReason: Type.Union([Type.String(), Type.Null()]),
    usage: Type.Record(Type.String(), Type.Unknown(), { description: "the upstream's token usage" })
  }),
  masking: MaskingSummarySchema,
  requestId: Type.String(),
  timestamp: Type.String({ format: 'date-time' }),
  durationMs: Type.Number()
})

export const DryRunResultSchema = Type.Object({
  success: Type.Literal(true),
  dryRun: Type.Literal(true),
  request: MessagesRequestSchema,
  masking: MaskingSummarySchema,
  requestId: Type.String()
})

export function analyzeSchema (maxContextChars: number, defaultModel: string) {
  return {
    summary: 'Mask AWS material, ask Claude for an analysis, restore the identifiers in the answer',
    tags: ['analyze'],
    querystring: AnalyzeQuerySchema,
    body: analyzeBodySchema(maxContextChars, defaultModel),
    response: {
      200: Type.Union([AnalyzeResultSchema, DryRunResultSchema]),
      400: ErrorSchema,
      '4xx': ErrorSchema,
      429: ErrorSchema,
      500: ErrorSchema,
      502: ErrorSchema,
      503: ErrorSchema,
      504: ErrorSchema
    }
  }
}
