// A request shaped like a coding agent's (Claude Code's): a billing line and an identity line as
// system blocks, ~14 KB of instructions with a cache marker, 18 tools with ~1.5 KB descriptions
// and JSON schemas; ~66 KB in all, the same in every conversation, around the user's turn.
// Deterministic prose: the same bytes every run.

const WORDS = ('the of and to a in is you that it for are as with be on not this by or use when tool file ' +
  'run command output should must will your can').split(' ')

function prose (chars: number, seed: number): string {
  let state = seed
  let text = ''
  while (text.length < chars) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff
    text += WORDS[state % WORDS.length] + (state % 13 === 0 ? '.\n' : ' ')
  }
  return text
}

const SYSTEM = [
  { type: 'text', text: 'x-anthropic-billing-header: cc_version=2.0.50; cc_entrypoint=cli' },
  { type: 'text', text: "You are Claude Code, Anthropic's official CLI for Claude." },
  { type: 'text', text: prose(14_000, 1), cache_control: { type: 'ephemeral' } }
]

const TOOLS = Array.from({ length: 18 }, (_, i) => ({
  name: `Tool${i}`,
  description: prose(1500, 100 + i),
  input_schema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`param_${k}`, { type: 'string', description: prose(200, 1000 + 10 * i + k) }])),
    required: ['param_0'],
    additionalProperties: false
  }
}))

export function codingAgentBody (userText: string): string {
  return JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 512, system: SYSTEM, tools: TOOLS, messages: [{ role: 'user', content: [{ type: 'text', text: userText }] }] })
}
